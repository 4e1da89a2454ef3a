/** Browser tests need a built client and a Chromium; say in one line what is missing. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../../support/chromium.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) { if (entry.name !== 'dist') newest = Math.max(newest, newestMtime(p)); }
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

export default function globalSetup(): void {
  if (!findChromium()) {
    // Neither CHROMIUM_PATH nor a system Chromium: fetch Playwright's own where the network allows.
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: 300_000 });
    if (!findChromium()) {
      console.error(NO_CHROMIUM_MESSAGE);
      process.exit(1);
    }
  }
  const index = 'client/dist/index.html';
  const stale = !existsSync(index) || Math.max(newestMtime('client'), newestMtime('shared')) > statSync(index).mtimeMs;
  if (stale || process.env.CI) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
