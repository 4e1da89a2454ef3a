/** CSV import through the HTTP API into a live board, with the City of Kranj's published plan. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
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

async function post(board: { id: string }, token: string, format: string, body: BodyInit, lang?: string, contentType = 'text/csv') {
  const query = lang === undefined ? '' : `&lang=${lang}`;
  return fetch(`${server.url}/api/boards/${board.id}/import?format=${format}${query}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body });
}

/** ASCII as it is, and each of č š ž Š Č Ž – as the one byte windows-1250 (Slovenian Excel's "CSV") gives it */
function windows1250(text: string): Uint8Array<ArrayBuffer> {
  const bytes: Record<string, number> = { č: 0xe8, š: 0x9a, ž: 0x9e, Č: 0xc8, Š: 0x8a, Ž: 0x8e, '–': 0x96 };
  return Uint8Array.from([...text].map((ch) => {
    const byte = bytes[ch] ?? ch.charCodeAt(0);
    if (byte > 0xff || (ch.charCodeAt(0) >= 0x80 && !(ch in bytes))) throw new Error(`no windows-1250 byte here for ${ch}`);
    return byte;
  }));
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
    expect(sr.encoding).toBe('utf-8');
    // "Covenant of Mayors – Gorenjska region alliance": influence medium, interest not given
    expect(sr.warnings).toEqual([{ row: 33, message: 'interest is empty; placed at 50 (medium)' }]);

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

    // the export writes names, the one with "; " among them — and a name two stakeholders share by id
    const csv = await exported(board, editor, 'interventions.csv');
    expect(csv).toContain('Slovenia Infrastructure Agency (DRSI): Road Investments Division; Railway Investments Division; City of Kranj');
    expect(csv).toContain('lag2; Citizens\' assembly');

    // imported back into the same board: every card keeps its links, the namesake included
    expect(await (await post(board, editor, 'interventions.csv', csv)).json()).toMatchObject({ added: 0, updated: 2, skipped: [] });
    expect(await links(board, editor)).toEqual(before);

    // into a new board that has the stakeholders (imported from the export too): the same links
    const copy = await createBoard(server.url);
    expect((await (await post(copy, copy.tokens.editor, 'stakeholders.csv', await exported(board, editor, 'stakeholders.csv'))).json()).added).toBe(4);
    expect(await (await post(copy, copy.tokens.editor, 'interventions.csv', csv)).json()).toMatchObject({ added: 2, skipped: [], warnings: [] });
    expect(await links(copy, copy.tokens.editor)).toEqual(before);
    // a file that names the namesake cannot say which one: the name stays text, with a warning
    const named = await (await post(copy, copy.tokens.editor, 'interventions.csv', 'title,stakeholders\nVillage grid,Local action group\n')).json();
    expect(named.warnings).toEqual([{ row: 2, message: '"Local action group" is the name of 2 stakeholders on the board: kept as text; link the right one on the card' }]);
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

  it('reads a CSV that Slovenian Excel saved (windows-1250), and says which encoding it read', async () => {
    const board = await createBoard(server.url);
    const { editor } = board.tokens;
    const csv = 'system,name,type,influence,interest\r\n'
      + 'PROMET,Občina Kranj – Urad za gospodarske dejavnosti in promet,Local Authority,high,high\r\n'
      + 'IZOBRAŽEVANJE,Šolski center Kranj,Public institute,medium,low\r\n'
      + 'PROMET,Železniška postaja Kranj,Joint stock company,low,\r\n';
    const bytes = windows1250(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();

    // English: Western European is the guess, and the report says so; č is no letter there
    const en = await (await post(board, editor, 'stakeholders.csv&dryRun=1', bytes)).json();
    expect(en).toMatchObject({ added: 3, encoding: 'windows-1252' });
    expect(en.warnings[0]).toEqual({ row: 1, message: 'the file is not in UTF-8, so it was read as windows-1252 (Western European); if letters look wrong, save it as "CSV UTF-8" and import it again' });
    // a declared charset is read as declared, with nothing to warn about the encoding
    const declared = await (await post(board, editor, 'stakeholders.csv&dryRun=1', bytes, 'en', 'text/csv; charset=windows-1250')).json();
    expect(declared).toMatchObject({ added: 3, encoding: 'windows-1250' });
    expect(declared.warnings).toEqual([{ row: 4, message: 'interest is empty; placed at 50 (medium)' }]);

    // Slovenian: Central European, every letter as written
    const sl = await (await post(board, editor, 'stakeholders.csv', bytes, 'sl')).json();
    expect(sl).toMatchObject({ added: 3, skipped: [], encoding: 'windows-1250' });
    expect(sl.warnings).toEqual([
      { row: 1, message: 'datoteka ni v kodiranju UTF-8, zato je prebrana kot windows-1250 (srednjeevropsko); če so črke napačne, jo shranite kot »CSV UTF-8« in uvozite znova' },
      { row: 4, message: 'celica v stolpcu interest je prazna; postavljeno na 50 (srednja raven)' },
    ]);
    const backup = JSON.parse(await exported(board, editor, 'json')) as { board: { stakeholders: Array<{ name: string; system: string }> } };
    expect(backup.board.stakeholders.map((s) => s.name).sort()).toEqual([
      'Občina Kranj – Urad za gospodarske dejavnosti in promet', 'Šolski center Kranj', 'Železniška postaja Kranj',
    ]);
    expect(backup.board.stakeholders.map((s) => s.system)).toContain('IZOBRAŽEVANJE');
    expect(await exported(board, editor, 'json')).not.toContain('\uFFFD');

    // an interventions file as Slovenian Excel writes it: ";" and European figures
    const plan = windows1250('Ukrep;Področje;Zmanjšanje (t CO2/leto);Stroški (EUR)\r\nČiščenje odpadnih voda;Odpadki;14.342;21.827.000\r\n');
    const cards = await (await post(board, editor, 'interventions.csv', plan, 'sl')).json();
    expect(cards).toMatchObject({ added: 1, skipped: [], encoding: 'windows-1250', convention: 'european' });
    const card = (JSON.parse(await exported(board, editor, 'json')) as { board: { interventions: Array<{ title: string; reductionTco2e: number; costEur: number }> } }).board.interventions[0]!;
    expect(card).toMatchObject({ title: 'Čiščenje odpadnih voda', reductionTco2e: 14342, costEur: 21827000 });
  });

  it('reads Excel\'s "Unicode text" (UTF-16 with a BOM), and refuses a charset it does not know', async () => {
    const board = await createBoard(server.url);
    const { editor } = board.tokens;
    const tsv = 'code\ttitle\treduction_tco2e_per_year\r\n1.1\tDaljinsko ogrevanje brez fosilnih goriv – Kranj\t14342\r\n';
    const report = await (await post(board, editor, 'interventions.csv', Buffer.from(`\uFEFF${tsv}`, 'utf16le'))).json();
    expect(report).toMatchObject({ added: 1, skipped: [], warnings: [], encoding: 'utf-16le', delimiter: '\t' });
    expect(await exported(board, editor, 'json')).toContain('Daljinsko ogrevanje brez fosilnih goriv – Kranj');

    const unknown = await post(board, editor, 'interventions.csv', tsv, 'sl', 'text/csv; charset=x-mac-slovenian-9');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: 'zahteva navaja nabor znakov »x-mac-slovenian-9«, ki ga tu ne poznamo; pošljite datoteko v UTF-8 ali navedite znano kodiranje (na primer windows-1250)' });
  });

  it('refuses the spreadsheet, document and PDF files it exports, in either language\'s code page', async () => {
    const board = await createBoard(server.url);
    const { editor } = board.tokens;
    expect((await post(board, editor, 'interventions.csv', readFileSync(new URL('interventions.csv', KRANJ)))).status).toBe(200);
    for (const format of ['xlsx', 'docx', 'pdf']) {
      const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=${format}`, { headers: { authorization: `Bearer ${editor}` } });
      const file = new Uint8Array(await res.arrayBuffer());
      for (const [lang, reason] of [['en', 'this is not a text CSV file (it holds binary data)'], ['sl', 'to ni besedilna datoteka CSV (vsebuje binarne podatke)']]) {
        const report = await (await post(board, editor, 'interventions.csv&dryRun=1', file, lang, 'application/octet-stream')).json();
        expect(report, `${format} (${lang})`).toMatchObject({ added: 0, updated: 0, skipped: [{ row: 1, reason }] });
      }
    }
  });

  it('warns in the preview when figures like "14.342" could be read either way, and reads them by the import\'s language', async () => {
    const board = await createBoard(server.url);
    const { editor } = board.tokens;
    // Kranj's reductions as the plan prints them, in a comma-separated file whose other figures decide nothing
    const table = Papa.parse<string[]>(readFileSync(new URL('interventions.csv', KRANJ), 'utf8'), { skipEmptyLines: true }).data;
    const reduction = table[0]!.indexOf('reduction_tco2e_per_year');
    const renewable = table[0]!.indexOf('renewable_mwh_per_year');
    const printed = Papa.unparse(table.map((row, n) => row
      .map((cell, i) => (n > 0 && i === reduction ? cell.replace(/\B(?=(\d{3})+$)/g, '.') : cell))
      .filter((_, i) => i !== renewable)));

    const en = await (await post(board, editor, 'interventions.csv&dryRun=1', printed)).json();
    expect(en).toMatchObject({ added: 35, convention: 'english' });
    expect(en.warnings).toEqual([{ row: 1, message: '"14.342" and figures like it could be read either way; read as 14.342 (English). If that is wrong, check the file\'s number format.' }]);

    const preview = await (await post(board, editor, 'interventions.csv&dryRun=1', printed, 'sl')).json();
    expect(preview).toMatchObject({ added: 35, convention: 'european' });
    expect(preview.warnings).toEqual([{ row: 1, message: '»14.342« in podobna števila je mogoče brati na dva načina; prebrano kot 14342 (evropski zapis). Če to ni prav, preverite zapis števil v datoteki.' }]);
    expect(await (await post(board, editor, 'interventions.csv', printed, 'sl')).json()).toEqual(preview);
    const backup = JSON.parse(await exported(board, editor, 'json')) as { board: { interventions: Array<{ reductionTco2e: number | null }> } };
    expect(backup.board.interventions.reduce((sum, i) => sum + (i.reductionTco2e ?? 0), 0)).toBe(105_434);
  });
});
