// `npm run bench:room`: compiles bench/room/measure.ts the way the server is compiled (vite, packages
// left to node_modules) into .bench/, then runs it on plain Node.
import { spawnSync } from 'node:child_process';
import { build } from 'vite';

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: 'bench/room/measure.ts', outDir: '.bench/room', emptyOutDir: true, target: 'node20',
    rollupOptions: { output: { entryFileNames: 'measure.mjs' } },
  },
});
const { status } = spawnSync(process.execPath, ['.bench/room/measure.mjs'], { stdio: 'inherit' });
process.exit(status ?? 1);
