/** CSV import through the HTTP API into a live board, with the City of Kranj's published plan. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../server/server.ts';
import { listRecords } from '../../shared/board/index.ts';
import { connect, createBoard, synced, until } from '../support/board-client.ts';

const KRANJ = new URL('../../../shared/fixtures/kranj/', import.meta.url);
let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'leverboard-import-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir });
});
afterAll(async () => { await server.close(); rmSync(dataDir, { recursive: true, force: true }); });

async function post(board: { id: string }, token: string, format: string, body: string) {
  return fetch(`${server.url}/api/boards/${board.id}/import?format=${format}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body });
}

describe('CSV import API', () => {
  it('imports the Kranj plan into a live board, and re-importing updates instead of duplicating', async () => {
    const board = await createBoard(server.url, { title: 'Kranj', city: 'Kranj' });
    const watcher = connect(server.url, board.id, board.tokens.viewer);
    await synced(watcher);

    const s = await post(board, board.tokens.editor, 'stakeholders.csv', readFileSync(new URL('stakeholders.csv', KRANJ), 'utf8'));
    expect(s.status).toBe(200);
    const sr = await s.json();
    expect(sr.added).toBe(64);
    expect(sr.skipped).toEqual([]);

    const csv = readFileSync(new URL('interventions.csv', KRANJ), 'utf8');
    const res = await post(board, board.tokens.editor, 'interventions.csv', csv);
    const first = await res.json();
    expect(first).toMatchObject({ added: 35, updated: 0, skipped: [] });
    // the connected browser-side client sees the import at once
    await until(watcher.doc, () => listRecords(watcher.doc, 'interventions').length === 35);
    const total = listRecords(watcher.doc, 'interventions').reduce((sum, i) => sum + (i.reductionTco2e ?? 0), 0);
    expect(Math.round(total)).toBe(105_434);

    const again = await (await post(board, board.tokens.editor, 'interventions.csv', csv)).json();
    expect(again).toMatchObject({ added: 0, updated: 35 });
    expect(listRecords(watcher.doc, 'interventions')).toHaveLength(35);
    watcher.destroy();
  });

  it('reports what it skipped and why, and refuses roles below editor', async () => {
    const board = await createBoard(server.url);
    const broken = 'code,title,cost_eur,start_year\n1,Good,100,2025\n2,,5,2025\n3,Negative,-5,2025\n4,Ancient,1,1800\n';
    const res = await post(board, board.tokens.editor, 'interventions.csv', broken);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.added).toBe(1);
    expect(body.skipped.map((s: { row: number }) => s.row)).toEqual([3, 4, 5]);
    for (const s of body.skipped) expect(s.reason).toMatch(/\w/);
    expect((await post(board, board.tokens.commenter, 'interventions.csv', broken)).status).toBe(403);
    expect((await post(board, board.tokens.editor, 'people.csv', broken)).status).toBe(400);
  });
});
