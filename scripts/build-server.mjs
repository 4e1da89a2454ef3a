// Compiles the server (TypeScript) into plain ES modules in dist/, with every package left to
// node_modules, so production runs on Node alone: no transpiler in memory, faster start.
// dist/ sits beside client/, so the server finds client/dist the same way from source and build.
import { build } from 'vite';

export async function buildServer() {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: 'server/main.ts',
      outDir: 'dist',
      emptyOutDir: true,
      target: 'node20',
      sourcemap: true,
      rollupOptions: { output: { entryFileNames: 'server.js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
