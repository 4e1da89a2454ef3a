/**
 * The newcomer's path, as the README gives it: `npm start` (the compiled server, a real process,
 * an SQLite file in DATA_DIR), a board created on the home page and opened in two browsers, the
 * server killed and started again — and everything still there; then what the compiled server
 * loads only on first use (metrics, the PDF, Excel and Word writers).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openBoard } from './support/fixtures.ts';
import { freePort } from '../support/free-port.ts';
import { HomePage } from './pages/home-page.ts';
import { BoardPage } from './pages/board-page.ts';

class NpmStart {
  child: ChildProcess | null = null;
  output = '';
  constructor(readonly port: number, readonly dataDir: string) {}

  get url(): string { return `http://127.0.0.1:${this.port}`; }

  async start(): Promise<void> {
    const child = spawn('npm', ['start'], {
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir },
      stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    });
    this.child = child;
    child.stdout!.on('data', (d) => { this.output += d; });
    child.stderr!.on('data', (d) => { this.output += d; });
    await expect.poll(async () => {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${this.output}`);
      return fetch(`${this.url}/healthz`).then((r) => r.status, () => 0);
    }, { timeout: 120_000, intervals: [250] }).toBe(200);
  }

  /** SIGTERM to npm and everything it started, as Ctrl-C in a terminal would. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
    await expect.poll(() => fetch(`${this.url}/healthz`).then(() => 'up', () => 'down'), { timeout: 15_000 }).toBe('down');
    this.child = null;
  }
}

test('npm start serves a board to two browsers and keeps it across a restart', async ({ browser }) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'leverboard-npm-start-'));
  const app = new NpmStart(await freePort(), dataDir);
  try {
    await app.start();
    expect(app.output).toContain(`Leverboard is running at http://localhost:${app.port}`);

    const anaContext = await browser.newContext();
    const ana = await anaContext.newPage();
    const home = new HomePage(ana, app.url);
    await home.goto();
    await home.createBoard('Climate-neutral Kranj', 'Kranj', /blank/i);
    const a = new BoardPage(ana);
    await a.enterName('Ana');
    await a.expectConnection('online');
    await a.openShare();
    const [editorLink, viewerLink] = [await a.shareLink('editor'), await a.shareLink('viewer')];
    await a.closeShare();
    const id = new URL(editorLink).pathname.split('/').pop()!;
    const tokenOf = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get('token')!;

    const bojan = await (await browser.newContext()).newPage();
    await openBoard(bojan, app.url, id, tokenOf(editorLink), 'Bojan');
    const b = new BoardPage(bojan);
    await expect(a.presenceList).toContainText('Bojan');
    await expect(b.presenceList).toContainText('Ana');
    await b.rename('Climate-neutral Kranj 2030');
    await expect(a.title).toHaveText('Climate-neutral Kranj 2030');

    await app.stop();
    await a.expectConnection('offline', 20_000);
    await app.start();
    await a.expectConnection('online', 30_000);
    const fresh = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await openBoard(fresh, app.url, id, tokenOf(viewerLink), 'Vera');
    await expect(new BoardPage(fresh).title).toHaveText('Climate-neutral Kranj 2030');
    await expect(b.presenceList).toContainText('Vera');

    // what the compiled server loads only when first asked: prom-client, the document writers
    await expect.poll(async () => (await (await fetch(`${app.url}/metrics`)).text()).match(/^leverboard_connections (\d+)$/m)?.[1]).toBe('3');
    const exported = async (format: string) => {
      const res = await fetch(`${app.url}/api/boards/${id}/export?format=${format}`, { headers: { authorization: `Bearer ${tokenOf(viewerLink)}` } });
      expect(res.status, format).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    expect((await exported('pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    for (const format of ['xlsx', 'docx']) expect((await exported(format)).subarray(0, 2).toString()).toBe('PK');
    expect((await exported('interventions.csv')).toString()).toContain('code');
    for (const context of browser.contexts()) await context.close();
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
