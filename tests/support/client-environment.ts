/**
 * Vitest environment for client modules: plain Node globals, but modules are transformed as for
 * the browser, so Svelte compiles runes for its client runtime and effects really run.
 */
import type { Environment } from 'vitest/environments';

export default {
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup: () => ({ teardown: () => {} }),
} satisfies Environment;
