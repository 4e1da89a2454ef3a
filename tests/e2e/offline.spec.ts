/**
 * Working through outages in a real browser: edits made offline are kept and merge when the
 * network returns; with the server down a reload still shows the board (service worker for the
 * page, IndexedDB for the board) and its edits reach the server once it is back on the same port;
 * a server restart keeps every change.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openBoard, type Board } from './support/fixtures.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import { BoardPage } from './pages/board-page.ts';

/** A server of this test's own, so it can be stopped and started again on the same port. */
class OwnServer {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'leverboard-offline-'));
  running: RunningServer | null = null;
  port = 0;

  async start(): Promise<string> {
    this.running = await startServer({ port: this.port, host: '127.0.0.1', dataDir: this.dataDir, clientDist: resolve('client/dist') });
    this.port = this.running.port;
    return this.running.url;
  }

  get url(): string { return `http://127.0.0.1:${this.port}`; }

  async stop(): Promise<void> {
    await this.running?.close();
    this.running = null;
  }

  async createBoard(title: string): Promise<Board> {
    const res = await fetch(`${this.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title }) });
    expect(res.status).toBe(201);
    return (await res.json()) as Board;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** The service worker controls the page and holds the page and its scripts. */
async function expectOfflineReady(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return 'no controller';
    const cache = await caches.open('leverboard-shell-v1');
    const paths = (await cache.keys()).map((r) => new URL(r.url).pathname);
    return paths.includes('/index.html') && paths.some((p) => p.endsWith('.js')) ? 'ready' : paths.join(',');
  }), { timeout: 15_000 }).toBe('ready');
}

test('edits made offline are kept and reach the others when the network returns', async ({ browser, server, createBoard }) => {
  const created = await createBoard('Offline workshop');
  const anaContext = await browser.newContext();
  const ana = await anaContext.newPage();
  const bojan = await (await browser.newContext()).newPage();
  await openBoard(ana, server.url, created.id, created.tokens.facilitator, 'Ana');
  await openBoard(bojan, server.url, created.id, created.tokens.editor, 'Bojan');
  const a = new BoardPage(ana);
  const b = new BoardPage(bojan);
  await a.expectConnection('online');
  await expect(b.presenceList).toContainText('Ana');

  await anaContext.setOffline(true);
  await a.expectConnection('offline');
  await expect(a.connection).toContainText('changes are kept');
  await a.rename('Renamed on the train');
  await expect(a.title).toHaveText('Renamed on the train');
  await expect(b.title).toHaveText('Offline workshop');

  await anaContext.setOffline(false);
  await a.expectConnection('online', 20_000);
  await expect(b.title).toHaveText('Renamed on the train');
  await expect(b.presenceList).toContainText('Ana');
  await anaContext.close();
  await bojan.context().close();
});

test('with the server down a reload still shows the board, and its edits merge when the server is back', async ({ browser }) => {
  const own = new OwnServer();
  await own.start();
  try {
    const created = await own.createBoard('Outage drill');
    const context = await browser.newContext();
    const page = await context.newPage();
    await openBoard(page, own.url, created.id, created.tokens.facilitator, 'Ana');
    const board = new BoardPage(page);
    await board.expectConnection('online');
    await board.rename('Before the outage');
    await expectOfflineReady(page);

    await own.stop();
    await board.expectConnection('offline');
    await page.reload();
    await board.waitReady();
    await expect(board.title).toHaveText('Before the outage');
    await expect(board.role).toContainText('Facilitator');
    await board.expectConnection('offline');
    await board.rename('Edited while the server was down');

    await own.start();
    await board.expectConnection('online', 20_000);
    const other = await (await browser.newContext()).newPage();
    await openBoard(other, own.url, created.id, created.tokens.viewer, 'Vera');
    await expect(new BoardPage(other).title).toHaveText('Edited while the server was down');
    await other.context().close();
    await context.close();
  } finally {
    await own.dispose();
  }
});

test('a server restart keeps every change', async ({ browser }) => {
  const own = new OwnServer();
  await own.start();
  try {
    const created = await own.createBoard('Restart drill');
    const page = await (await browser.newContext()).newPage();
    await openBoard(page, own.url, created.id, created.tokens.editor, 'Bojan');
    const board = new BoardPage(page);
    await board.expectConnection('online');
    await board.rename('Kept across restarts');

    await own.stop();
    await own.start();
    await page.reload();
    await board.waitReady();
    await board.expectConnection('online', 20_000);
    await expect(board.title).toHaveText('Kept across restarts');
    // A browser with no offline copy gets it from the server alone.
    const fresh = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await openBoard(fresh, own.url, created.id, created.tokens.viewer, 'Vera');
    await expect(new BoardPage(fresh).title).toHaveText('Kept across restarts');
    await fresh.context().close();
    await page.context().close();
  } finally {
    await own.dispose();
  }
});
