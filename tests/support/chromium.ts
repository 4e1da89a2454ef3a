/**
 * Which Chromium the browser tests (and the bench) use, as the contract says: CHROMIUM_PATH, else
 * the system's /usr/bin/chromium, else Playwright's own (fetched where the network allows it).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run',
];

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch { /* Playwright has no browser of its own */ }
  return undefined;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: set CHROMIUM_PATH, or `apt-get install -y chromium`, or `npx playwright install chromium`.';
