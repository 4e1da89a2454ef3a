/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The client lives in client/; the server (server/main.ts) serves client/dist in production
// and proxies nothing: in dev, Vite proxies /api, /sync and /healthz to the server.
const serverPort = Number(process.env.LEVERBOARD_DEV_SERVER_PORT ?? 8788);

export default defineConfig({
  root: 'client',
  plugins: [svelte({ configFile: false })],
  resolve: { alias: { $shared: new URL('./shared', import.meta.url).pathname } },
  build: {
    outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500,
    // The graph library is one chunk, loaded with the stakeholder map or the canvas (its modules
    // import each other in a circle, which rollup must not cut across chunks). Svelte's runtime is
    // named too, or rollup would put it in the graph chunk and every page would load that.
    rollupOptions: {
      output: {
        manualChunks: (id) => (id.includes('/node_modules/@xyflow/') ? 'xyflow' : id.includes('/node_modules/svelte/') ? 'svelte' : undefined),
      },
    },
  },
  server: {
    proxy: {
      '/api': `http://127.0.0.1:${serverPort}`,
      '/healthz': `http://127.0.0.1:${serverPort}`,
      '/sync': { target: `ws://127.0.0.1:${serverPort}`, ws: true },
    },
  },
  test: {
    root: '.',
    environment: 'node',
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'node', include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'tests/integration/**/*.test.ts', 'bench/**/*.test.ts'] } },
      // client modules run with Svelte's browser runtime, so runes ($effect, createSubscriber) react
      { extends: true, resolve: { conditions: ['browser'] }, test: {
        name: 'client', include: ['client/**/*.test.ts'], environment: './tests/support/client-environment.ts',
        server: { deps: { inline: [/\/svelte\//] } },
      } },
    ],
  },
});
