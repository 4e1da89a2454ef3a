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

async function post(board: { id: string }, token: string, format: string, body: string, lang?: string) {
  const query = lang === undefined ? '' : `&lang=${lang}`;
  return fetch(`${server.url}/api/boards/${board.id}/import?format=${format}${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body });
}

async function exported(board: { id: string }, token: string, format: string): Promise<string> {
  const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=${format}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return res.text();
}

/** intervention title → its stakeholders, as the board holds them (the JSON backup) */
async function links(board: { id: string }, token: string): Promise<Record<string, string[]>> {
  const backup = JSON.parse(await exported(board, token, 'json')) as { board: { interventions: Array<{ title: string; stakeholders: string[] }> } };
  return Object.fromEntries(backup.board.interventions.map((i) => [i.title, i.stakeholders]));
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
    // the same file again: every row matches a card, and none of them changes
    expect(again).toMatchObject({ added: 0, updated: 35, unchanged: 35 });
    expect(listRecords(watcher.doc, 'interventions')).toHaveLength(35);
    // a file with one figure changed says so
    const edited = csv.replace('1.1,Phase out fossil fuel in district heating/cooling and replacement with RES,', '1.1,Phase out fossil fuel in district heating (revised),');
    expect(edited).not.toBe(csv);
    expect(await (await post(board, board.tokens.editor, 'interventions.csv', edited)).json()).toMatchObject({ updated: 35, unchanged: 34 });
    watcher.destroy();
  });

  it('a dry run answers the report the import would give and leaves the board as it was', async () => {
    const board = await createBoard(server.url, { title: 'Preview', city: 'Kranj' });
    const csv = readFileSync(new URL('interventions.csv', KRANJ), 'utf8');
    const content = async () => JSON.stringify(JSON.parse(await exported(board, board.tokens.viewer, 'json')).board);
    const before = await content();
    const preview = await fetch(`${server.url}/api/boards/${board.id}/import?format=interventions.csv&dryRun=1`, {
      method: 'POST', headers: { authorization: `Bearer ${board.tokens.editor}`, 'content-type': 'text/csv' }, body: csv,
    });
    expect(preview.status).toBe(200);
    const previewed = await preview.json();
    expect(previewed.added).toBeGreaterThan(30);
    expect(await content()).toBe(before);
    // the import itself then says the same
    expect(await (await post(board, board.tokens.editor, 'interventions.csv', csv)).json()).toEqual(previewed);
    expect(await content()).not.toBe(before);
    // a viewer may not even preview
    const refused = await fetch(`${server.url}/api/boards/${board.id}/import?format=interventions.csv&dryRun=1`, {
      method: 'POST', headers: { authorization: `Bearer ${board.tokens.viewer}`, 'content-type': 'text/csv' }, body: csv,
    });
    expect(refused.status).toBe(403);
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

  it('keeps the links between interventions and stakeholders through export and import', async () => {
    const board = await createBoard(server.url);
    const { editor } = board.tokens;
    const stakeholders = 'id,name,system\n'
      + 'drsi,"Slovenia Infrastructure Agency (DRSI): Road Investments Division; Railway Investments Division",Mobility\n'
      + 'city,City of Kranj,Energy\n'
      + 'lag1,Local action group,Energy\n'
      + 'lag2,Local action group,Mobility\n';
    expect((await (await post(board, editor, 'stakeholders.csv', stakeholders)).json()).added).toBe(4);
    // linked by id first, as the board holds them; a name that no stakeholder has stays text
    const interventions = 'title,stakeholders\nRailway hub,drsi; city\nCommunity energy,lag2; Citizens\' assembly\n';
    expect((await (await post(board, editor, 'interventions.csv', interventions)).json()).added).toBe(2);
    const before = await links(board, editor);
    expect(before).toEqual({ 'Railway hub': ['drsi', 'city'], 'Community energy': ['lag2', 'Citizens\' assembly'] });

    // the export writes names, the one with "; " among them
    const csv = await exported(board, editor, 'interventions.csv');
    expect(csv).toContain('Slovenia Infrastructure Agency (DRSI): Road Investments Division; Railway Investments Division; City of Kranj');
    expect(csv).toContain('Local action group; Citizens\' assembly');

    // imported back into the same board: every card keeps its links, the namesake included
    expect(await (await post(board, editor, 'interventions.csv', csv)).json()).toMatchObject({ added: 0, updated: 2, skipped: [] });
    expect(await links(board, editor)).toEqual(before);

    // into a new board that has the stakeholders (imported from the export too): the same links;
    // a name two stakeholders share cannot say which one, and stays text
    const copy = await createBoard(server.url);
    expect((await (await post(copy, copy.tokens.editor, 'stakeholders.csv', await exported(board, editor, 'stakeholders.csv'))).json()).added).toBe(4);
    expect(await (await post(copy, copy.tokens.editor, 'interventions.csv', csv)).json()).toMatchObject({ added: 2, skipped: [] });
    expect(await links(copy, copy.tokens.editor)).toEqual({
      'Railway hub': ['drsi', 'city'], 'Community energy': ['Local action group', 'Citizens\' assembly'],
    });
  });

  it('says why in the language asked for, and warns about an end year before the start year', async () => {
    const board = await createBoard(server.url);
    const csv = 'title,start_year,end_year,cost_eur\nBackwards,2024,2023,\nTypo,20x5,,1.2.3\nHalf,2025,,",5"\n';
    const sl = await (await post(board, board.tokens.editor, 'interventions.csv', csv, 'sl')).json();
    expect(sl).toMatchObject({ added: 2, updated: 0 });
    expect(sl.skipped).toEqual([
      { row: 3, reason: 'start_year: 20x5 ni leto med 2000 in 2100; cost_eur: »1.2.3« ni število: za ločilom tisočic so natanko tri števke (1.234.567 ali 1,234,567)' },
    ]);
    expect(sl.warnings).toContainEqual({ row: 2, message: 'leto konca 2023 je pred letom začetka 2024; uvoženo, kot je zapisano' });

    const en = await (await post(board, board.tokens.editor, 'interventions.csv', csv)).json();
    expect(en).toMatchObject({ added: 0, updated: 2 });
    expect(en.skipped[0].reason).toMatch(/^start_year: 20x5 is not a year between 2000 and 2100; cost_eur: "1\.2\.3" is not a number/);
    expect(en.warnings).toContainEqual({ row: 2, message: 'the end year 2023 is before the start year 2024; imported as written' });
    const backup = JSON.parse(await exported(board, board.tokens.editor, 'json')) as { board: { interventions: Array<{ title: string; costEur: number | null; endYear: number | null }> } };
    expect(backup.board.interventions.find((i) => i.title === 'Half')!.costEur).toBe(0.5);
    expect(backup.board.interventions.find((i) => i.title === 'Backwards')!.endYear).toBe(2023);

    const people = await (await post(board, board.tokens.editor, 'stakeholders.csv', 'name,power\n,150\n', 'sl')).json();
    expect(people.skipped).toEqual([{ row: 2, reason: 'ni imena; power: 150 ni med 0 in 100' }]);
  });
});
