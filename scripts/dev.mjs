// `npm run dev`: the server restarts on change (port 8788) and Vite serves the client with hot
// reload on http://localhost:8787, proxying /api and /sync to the server.
import { spawn } from 'node:child_process';

const serverPort = process.env.LEVERBOARD_DEV_SERVER_PORT ?? '8788';
const env = { ...process.env, PORT: serverPort, HOST: '127.0.0.1', LEVERBOARD_DEV_SERVER_PORT: serverPort };
const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts'], { stdio: 'inherit', env }),
  spawn('npx', ['vite', '--port', process.env.PORT ?? '8787', '--strictPort'], { stdio: 'inherit', env }),
];
const stop = () => { for (const c of children) c.kill('SIGTERM'); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => { stop(); process.exitCode = code ?? 0; });
