/**
 * Playwright fixtures: a real Leverboard server per worker (its own port and temporary data
 * directory, serving the built client), helpers to create and open boards, and an axe check.
 */
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { startServer, type RunningServer } from '../../../server/server.ts';

export interface Board { id: string; title: string; tokens: Record<'facilitator' | 'editor' | 'commenter' | 'viewer', string> }

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const test = base.extend<
  { createBoard: (title?: string, extra?: { city?: string; template?: string }) => Promise<Board> },
  { server: RunningServer & { dataDir: string } }
>({
  server: [async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'leverboard-e2e-'));
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, clientDist: resolve('client/dist') });
    await use(Object.assign(server, { dataDir }));
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, { scope: 'worker' }],
  createBoard: async ({ server }, use) => {
    await use(async (title = 'Workshop board', extra = {}) => {
      const res = await fetch(`${server.url}/api/boards`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title, ...extra }),
      });
      expect(res.status).toBe(201);
      return (await res.json()) as Board;
    });
  },
});

/** Open a board as a named person (the name is preset, so no prompt appears). */
export async function openBoard(page: Page, serverUrl: string, id: string, token: string, name = 'Ana', lang = 'en'): Promise<void> {
  await page.addInitScript(([n, l]) => {
    if (!localStorage.getItem('leverboard:identity')) {
      localStorage.setItem('leverboard:identity', JSON.stringify({ id: crypto.randomUUID(), name: n, color: '#1d4ed8' }));
    }
    if (!localStorage.getItem('leverboard:locale')) localStorage.setItem('leverboard:locale', l!);
  }, [name, lang]);
  await page.goto(`${serverUrl}/b/${id}#token=${token}`);
  await expect(page.getByTestId('board-ready')).toBeVisible();
}

/** A person in a browser of their own (a new context) on the board, with a role's link. */
export async function person(browser: Browser, serverUrl: string, board: Board, role: keyof Board['tokens'], name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await openBoard(page, serverUrl, board.id, board.tokens[role], name);
  return page;
}

/** Import a CSV through the API as the editor. */
export async function importCsv(serverUrl: string, board: Board, format: 'interventions.csv' | 'stakeholders.csv', csv: string) {
  const res = await fetch(`${serverUrl}/api/boards/${board.id}/import?format=${format}`, {
    method: 'POST', headers: { authorization: `Bearer ${board.tokens.editor}`, 'content-type': 'text/csv' }, body: csv,
  });
  expect(res.status).toBe(200);
  return res.json();
}

export const KRANJ = resolve('..', 'shared', 'fixtures', 'kranj');

/** Run axe-core in the page and fail on serious or critical violations. */
export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(selector ?? document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, context ?? null);
  expect(violations, 'axe violations').toEqual([]);
}

export { expect };
