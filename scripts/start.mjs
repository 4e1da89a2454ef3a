// `npm start`: build the client and the server when they are missing or older than their
// sources, then run the compiled server (plain Node, no transpiler).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stale = (output, ...sources) => !existsSync(output) || Math.max(...sources.map(newest)) > statSync(output).mtimeMs;

if (stale('client/dist/index.html', 'client', 'shared')) {
  console.log('Building the client…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (stale('dist/server.js', 'server', 'shared')) {
  console.log('Building the server…');
  // Vite is needed only to build: a deployment that ships dist/ runs without dev dependencies
  const { buildServer } = await import('./build-server.mjs');
  await buildServer();
}
const server = spawn(process.execPath, ['--enable-source-maps', 'dist/server.js'], { stdio: 'inherit' });
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => server.kill(s));
server.on('exit', (code) => process.exit(code ?? 0));
