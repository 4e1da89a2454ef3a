/**
 * Exports through the HTTP API of a real server (SQLite in a temp dir), each file read back with
 * an independent reader — papaparse, SheetJS, mammoth, pdftotext, an XML validator — and compared
 * with the board. The board is the City of Kranj's plan, imported through the CSV import API, with
 * the workshop traces a real session leaves (relations, notes, votes, comments).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { XMLValidator } from 'fast-xml-parser';
import { startServer, type RunningServer } from '../../server/server.ts';
import { snapshotBoard, updateIntervention, updateMeta, type BoardSnapshot } from '../../shared/board/index.ts';
import { fieldsOfBoard, portfolioTotals } from '../../shared/portfolio/index.ts';
import { SCHEMA_VERSION } from '../../shared/schema/index.ts';
import { addWorkshopTraces, KRANJ_DIR } from '../../server/export/test-boards.ts';
import { attachment } from '../../server/api/export.ts';
import { createBoard, type CreatedBoard } from '../support/board-client.ts';

let server: RunningServer;
let dataDir: string;
let board: CreatedBoard;
let snapshot: BoardSnapshot;

async function exportFile(id: string, token: string, format: string, lang?: string) {
  return fetch(`${server.url}/api/boards/${id}/export?format=${encodeURIComponent(format)}${lang ? `&lang=${lang}` : ''}`, { headers: { authorization: `Bearer ${token}` } });
}
const boardCount = () => {
  const db = new Database(join(dataDir, 'leverboard.sqlite'), { readonly: true, fileMustExist: true });
  try { return (db.prepare('SELECT count(*) AS n FROM boards').get() as { n: number }).n; } finally { db.close(); }
};
const read = (id: string) => server.registry.read(id, (doc) => snapshotBoard(doc));
const postImport = (body: string) => fetch(`${server.url}/api/boards/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'leverboard-export-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir });
  board = await createBoard(server.url, { title: 'Kranj — Climate City Contract', city: 'Kranj' });
  for (const format of ['stakeholders.csv', 'interventions.csv']) {
    const res = await fetch(`${server.url}/api/boards/${board.id}/import?format=${format}`, {
      method: 'POST', headers: { authorization: `Bearer ${board.tokens.editor}`, 'content-type': 'text/csv' },
      body: readFileSync(new URL(format, KRANJ_DIR), 'utf8'),
    });
    expect(res.status).toBe(200);
  }
  const e = JSON.parse(readFileSync(new URL('emissions.json', KRANJ_DIR), 'utf8'));
  await server.registry.change(board.id, (doc, origin) => {
    updateMeta(doc, { baselineYear: e.baselineYear, baselineTco2e: e.baselineTco2e, targetReductionPct: e.targetReductionPct, otherPlansTco2e: e.otherPlansTco2e }, origin);
    addWorkshopTraces(doc, Date.UTC(2025, 2, 14, 9));
  });
  snapshot = await read(board.id);
}, 60_000);
afterAll(async () => { await server.close(); rmSync(dataDir, { recursive: true, force: true }); });

describe('JSON backup', () => {
  it('round-trips exactly: export, import, every root equal', async () => {
    const res = await exportFile(board.id, board.tokens.viewer, 'json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="kranj-climate-city-contract\.leverboard\.json"/);
    const text = await res.text();
    const imported = await postImport(text);
    expect(imported.status).toBe(201);
    const copy = (await imported.json()) as CreatedBoard;
    expect(copy.id).not.toBe(board.id);
    expect(await read(copy.id)).toEqual(snapshot);
    // and the copy exports the same backup again (apart from the time it was made)
    const again = JSON.parse(await (await exportFile(copy.id, copy.tokens.viewer, 'json')).text());
    expect({ ...again, exportedAt: 0 }).toEqual({ ...JSON.parse(text), exportedAt: 0 });
  });

  it('migrates a version 1 backup (one `lever` per intervention)', async () => {
    const v1 = {
      format: 'leverboard', version: 1,
      board: {
        meta: { title: 'Old board', city: 'Velenje' },
        interventions: [
          { ...snapshot.interventions[0], id: 'old1', levers: undefined, locked: undefined, lever: 'governance', sinksTco2e: undefined, energyRemoved: undefined, indicators: undefined },
          { ...snapshot.interventions[1], id: 'old2', levers: undefined, locked: undefined, lever: '' },
        ],
        stakeholders: [{ ...snapshot.stakeholders[0], id: 'st1', locked: undefined }],
      },
    };
    const res = await postImport(JSON.stringify(v1));
    expect(res.status).toBe(201);
    const created = (await res.json()) as CreatedBoard;
    const copy = await read(created.id);
    expect(copy.meta).toMatchObject({ title: 'Old board', city: 'Velenje', schemaVersion: SCHEMA_VERSION });
    expect(copy.interventions.find((i) => i.id === 'old1')).toMatchObject({ levers: ['governance'], locked: false, sinksTco2e: null, energyRemoved: '', indicators: '' });
    expect(copy.interventions.find((i) => i.id === 'old2')?.levers).toEqual([]);
    expect(copy.interventions[0]).not.toHaveProperty('lever');
    expect(copy.stakeholders[0].locked).toBe(false);
  });

  it('refuses broken and hostile files with a clear 400 and creates nothing', async () => {
    const good = await (await exportFile(board.id, board.tokens.viewer, 'json')).json();
    const withBoard = (b: Record<string, unknown>) => JSON.stringify({ ...good, board: { ...good.board, ...b } });
    const cases: [string, string, RegExp][] = [
      ['not JSON', '{"format": "leverboard", "version": 2, "board": {', /JSON/],
      ['empty', '', /JSON/],
      ['an array', '[1,2,3]', /not a Leverboard backup/],
      ['wrong format', JSON.stringify({ ...good, format: 'miro' }), /format/],
      ['no version', JSON.stringify({ ...good, version: 'two' }), /version/],
      ['a future version', JSON.stringify({ ...good, version: 99 }), /newer/],
      ['no board', JSON.stringify({ format: 'leverboard', version: 2 }), /board/],
      ['10^6 records', `{"format":"leverboard","version":2,"board":{"votes":[${Array(1_000_000).fill('{}').join(',')}]}}`, /too many records/],
      ['__proto__ key', `{"format":"leverboard","version":2,"board":{"meta":{"title":"x","__proto__":{"polluted":true}}}}`, /__proto__/],
      ['constructor key', withBoard({ interventions: [{ ...good.board.interventions[0], constructor: { prototype: { polluted: true } } }] }), /constructor/],
      ['wrong types', withBoard({ interventions: [{ ...good.board.interventions[0], costEur: 'a lot' }] }), /interventions\[0\]: costEur/],
      ['records not objects', withBoard({ stakeholders: [1, 2] }), /stakeholders\[0\]: expected an object/],
      ['meta not an object', withBoard({ meta: 'Kranj' }), /meta: expected an object/],
      ['records not an array', withBoard({ relations: { a: 1 } }), /relations: expected an array/],
      ['duplicate ids', withBoard({ stakeholders: [good.board.stakeholders[0], good.board.stakeholders[0]] }), /duplicate id/],
      ['a huge string', withBoard({ meta: { ...good.board.meta, title: 'x'.repeat(1_000_000) } }), /meta: title/],
      ['a bad id', withBoard({ canvas: [{ ...good.board.canvas[0], id: '../../etc' }] }), /canvas\[0\]: id/],
      ['deep nesting', `{"format":"leverboard","version":2,"board":{"meta":${'{"a":'.repeat(50)}1${'}'.repeat(50)}}}`, /nested too deeply/],
    ];
    const before = boardCount();
    for (const [name, body, message] of cases) {
      const res = await postImport(body);
      expect(res.status, name).toBe(400);
      const json = await res.json();
      expect(json.error, name).toMatch(message);
      expect(json.error, name).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    }
    expect(boardCount()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);
});

describe('CSV exports', () => {
  const parse = async (res: Response) => {
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM Excel needs
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed;
  };

  it('interventions.csv has every intervention with its figures, and no formula cell', async () => {
    const res = await exportFile(board.id, board.tokens.commenter, 'interventions.csv');
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/filename="kranj-climate-city-contract\.interventions\.csv"/);
    const { data, meta } = await parse(res);
    expect(meta.fields?.slice(0, 5)).toEqual(['id', 'code', 'title', 'module', 'field']);
    expect(data).toHaveLength(snapshot.interventions.length);
    for (const i of snapshot.interventions) {
      const row = data.find((r) => r.id === i.id)!;
      expect(row.title.replace(/^'/, '')).toBe(i.title);
      expect(row.reduction_tco2e_per_year === '' ? null : Number(row.reduction_tco2e_per_year)).toBe(i.reductionTco2e);
      expect(row.cost_eur === '' ? null : Number(row.cost_eur)).toBe(i.costEur);
      expect(row.levers).toBe(i.levers.join('; '));
    }
    // dots counted as the reader sees them: the round still hidden counts only in the facilitator's file
    const sum = (rows: Record<string, string>[]) => rows.reduce((t, r) => t + Number(r.votes), 0);
    const revealed = new Set(snapshot.rounds.filter((r) => r.revealed).map((r) => r.id));
    expect(revealed.size).toBeLessThan(snapshot.rounds.length);
    expect(sum(data)).toBe(snapshot.votes.filter((v) => revealed.has(v.round)).length);
    const facilitators = await parse(await exportFile(board.id, board.tokens.facilitator, 'interventions.csv'));
    expect(sum(facilitators.data)).toBe(snapshot.votes.length);
    for (const row of data) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });

  it('stakeholders.csv and relations.csv match the board', async () => {
    const s = (await parse(await exportFile(board.id, board.tokens.viewer, 'stakeholders.csv'))).data;
    expect(s).toHaveLength(64);
    for (const p of snapshot.stakeholders) {
      const row = s.find((r) => r.id === p.id)!;
      expect([row.name, Number(row.power), Number(row.interest), row.sector]).toEqual([p.name.replace(/^[=+\-@]/, "'$&"), p.power, p.interest, p.sector]);
    }
    const r = (await parse(await exportFile(board.id, board.tokens.viewer, 'relations.csv'))).data;
    expect(r.map((x) => [x.from, x.to, x.type, x.directed])).toEqual(
      [...snapshot.relations].sort((a, b) => a.id.localeCompare(b.id)).map((x) => [x.from, x.to, x.type, String(x.directed)]),
    );
  });
});

describe('XLSX export', () => {
  it('has one sheet per table, number cells with units, frozen filtered headers', async () => {
    const res = await exportFile(board.id, board.tokens.viewer, 'xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/\.xlsx"/);
    const book = XLSX.read(new Uint8Array(await res.arrayBuffer()), { type: 'array', cellDates: true });
    expect(book.SheetNames).toEqual(['Interventions', 'Financing', 'Stakeholders', 'Relations', 'Emissions gap', 'Voting results', 'Comments']);

    const sheet = book.Sheets.Interventions;
    const all = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet);
    const rows = all.filter((r) => r.Code !== 'Total');
    expect(rows).toHaveLength(snapshot.interventions.length);
    expect(all.at(-1)?.Code).toBe('Total');
    const headers = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0];
    expect(headers).toContain('GHG reduction (tCO2e/yr)');
    expect(headers).toContain('Total cost (EUR)');
    const reductionCol = XLSX.utils.encode_col(headers.indexOf('GHG reduction (tCO2e/yr)'));
    const numeric = Object.keys(sheet).filter((k) => k.startsWith(reductionCol) && k !== `${reductionCol}1` && /\d$/.test(k));
    expect(numeric.length).toBeGreaterThan(20);
    for (const ref of numeric) expect(sheet[ref].t).toBe('n');
    const total = rows.reduce((t, r) => t + ((r['GHG reduction (tCO2e/yr)'] as number) ?? 0), 0);
    expect(Math.round(total)).toBe(105_434);
    // the viewer's Votes column counts the revealed round only, as the app shows it to them
    expect(rows.reduce((t, r) => t + ((r.Votes as number) ?? 0), 0)).toBe(7);
    const first = snapshot.interventions.find((i) => i.code === '1.1')!;
    const row = rows.find((r) => r.Code === '1.1')!;
    expect(row['Total cost (EUR)']).toBe(first.costEur);
    expect(row.Title).toBe(first.title);

    // frozen header row and an autofilter, straight from the sheet XML
    const raw = XLSX.read(new Uint8Array(await (await exportFile(board.id, board.tokens.viewer, 'xlsx')).arrayBuffer()), { type: 'array', bookFiles: true }) as XLSX.WorkBook & { files?: Record<string, { content: Uint8Array }> };
    const xml = new TextDecoder().decode((raw as unknown as { files: Record<string, { content: Uint8Array }> }).files['xl/worksheets/sheet1.xml'].content);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toMatch(/<autoFilter ref="A1:/);
    expect(xml).toMatch(/<col [^>]*width=/);

    const gap = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Emissions gap'], { header: 1 });
    expect(gap[1][1]).toBe(238_832);
    expect(Math.round(gap[4][1] as number)).toBe(113_264);

    const votes = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Voting results']);
    expect(votes.map((v) => [v.Rank, v.Votes])).toEqual([[1, 3], [2, 2], [2, 2]]);
    expect(votes.every((v) => v.Round === 'Prioritete žarišč')).toBe(true); // the unrevealed round stays secret

    const comments = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Comments);
    expect(comments.map((c) => c.Comment)).toEqual(['Ali je strošek že potrjen?', 'Še ne — čakamo občinski svet.', 'Resolved thread']);
    expect(comments[0].Created).toBeInstanceOf(Date);
  });

  /** Reads an Interventions sheet back with exceljs (the library that writes it): the total row's formulas and cached results. */
  async function interventionTotals(buffer: ArrayBuffer, sheetName: string, totalLabel: string) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    const sheet = book.getWorksheet(sheetName)!;
    const header = (sheet.getRow(1).values as unknown[]);
    const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === totalLabel)!;
    const cell = (label: string) => row.getCell(header.indexOf(label)).value as ExcelJS.CellFormulaValue;
    /** what Excel would compute for SUMIF(criteria range, "<>X", sum range), from the cells themselves */
    const recompute = (f: ExcelJS.CellFormulaValue) => {
      const [, crit, except, sum] = f.formula.match(/^SUMIF\((\w+\$2:\w+\$\d+),"<>([^"]*)",(\w+\$2:\w+\$\d+)\)$/)!;
      const cells = (range: string) => {
        const [letter, last] = range.split(':')[1].split('$');
        return Array.from({ length: Number(last) - 1 }, (_, k) => sheet.getCell(`${letter}${k + 2}`).value);
      };
      const status = cells(crit), values = cells(sum);
      return values.reduce<number>((t, v, n) => (status[n] !== except && typeof v === 'number' ? t + v : t), 0);
    };
    return { book, row, cell, recompute };
  }

  it('totals the portfolio (C-3.1) with Excel formulas whose cached results match the app', async () => {
    const buffer = await (await exportFile(board.id, board.tokens.viewer, 'xlsx')).arrayBuffer();
    const totals = portfolioTotals(snapshot.interventions, fieldsOfBoard(snapshot.meta));
    expect(totals.total).toMatchObject({ reductionTco2e: 105_434, costEur: 357_120_060 });

    // the Interventions sheet's total row: SUMIF over the rows above, dropped ones left out
    const { book, cell, recompute, row } = await interventionTotals(buffer, 'Interventions', 'Total');
    expect(row.getCell(2).value).toBe('35 interventions; dropped ones left out');
    const reduction = cell('GHG reduction (tCO2e/yr)'), cost = cell('Total cost (EUR)'), perT = cell('Cost per tCO2e (EUR)');
    expect(reduction).toEqual({ formula: 'SUMIF(G$2:G$36,"<>Dropped",K$2:K$36)', result: 105_434 });
    expect(cost).toEqual({ formula: 'SUMIF(G$2:G$36,"<>Dropped",L$2:L$36)', result: 357_120_060 });
    expect(recompute(reduction)).toBe(105_434);
    expect(recompute(cost)).toBe(357_120_060);
    // cost per tCO2e over the interventions with both figures, as the app computes it (not 357,120,060 ÷ 105,434)
    expect(perT.formula).toMatch(/^IFERROR\(SUMIFS\(L\$2:L\$36,.*\)\/SUMIFS\(K\$2:K\$36,/);
    expect(perT.result).toBeCloseTo(totals.total.costPerTco2e!, 6);
    expect(Math.round(perT.result as number)).not.toBe(Math.round(357_120_060 / 105_434));
    // a row's cost per tCO2e follows its own cells
    const first = book.getWorksheet('Interventions')!.getRow(2);
    expect(first.getCell(1).value).toBe('1.1');
    expect(first.getCell(13).value).toMatchObject({ formula: 'IFERROR(L2/K2,"")' });

    // the Financing sheet: fields of action × levers, a block per measure, with row and column totals
    const fin = book.getWorksheet('Financing')!;
    const value = (v: ExcelJS.CellValue | undefined) => (v != null && typeof v === 'object' && 'formula' in v ? v.result ?? null : v ?? null);
    const blocks = new Map<string, { levers: string[]; rows: Map<string, unknown[]> }>();
    let current: { levers: string[]; rows: Map<string, unknown[]> } | null = null;
    fin.eachRow((r) => {
      const values = Array.from((r.values as ExcelJS.CellValue[]).slice(1), value);
      if (values.at(-1) === 'Total') blocks.set(String(values[0]), (current = { levers: values.slice(1, -1) as string[], rows: new Map() }));
      else if (current && values.length > 0 && typeof values[0] === 'string' && !values[0].includes(' counts ')) current.rows.set(values[0], values.slice(1));
    });
    expect([...blocks.keys()]).toEqual(['Number of interventions', 'GHG reduction (tCO2e/yr)', 'Total cost (EUR)', 'Cost per tCO2e (EUR)']);
    const count = blocks.get('Number of interventions')!, tco2e = blocks.get('GHG reduction (tCO2e/yr)')!, eur = blocks.get('Total cost (EUR)')!, perTonne = blocks.get('Cost per tCO2e (EUR)')!;
    expect(count.levers).toEqual(['Technology/Infrastructure', 'Governance & Policy', 'Social Innovation', 'Democracy/Participation', 'Finance & Funding', 'Learning & Capabilities']);
    expect(count.rows.get('Total')!.at(-1)).toBe(35);
    expect(tco2e.rows.get('Total')!.at(-1)).toBe(105_434);
    expect(eur.rows.get('Total')!.at(-1)).toBe(357_120_060);
    expect(perTonne.rows.get('Total')!.at(-1)).toBeCloseTo(totals.total.costPerTco2e!, 6);
    expect(tco2e.rows.get('Energy systems')).toEqual([44_293, null, 1_969, null, null, null, 46_262]);
    expect(eur.rows.get('Total')!.slice(0, 3)).toEqual([totals.columns.technology.costEur, totals.columns.governance.costEur, totals.columns.social.costEur]);
    // cross-cutting interventions have no reduction figure: unknown, left blank rather than 0
    expect(tco2e.rows.get('Cross-cutting')!.every((v) => v == null)).toBe(true);
    expect(count.rows.get('Cross-cutting')!.at(-1)).toBe(8);
    // every row total and column total is the sum of its cells
    for (const block of [count, tco2e, eur]) {
      const body = [...block.rows].filter(([k]) => k !== 'Total').map(([, v]) => v as (number | null)[]);
      for (const r of body) if (r.at(-1) != null) expect(r.slice(0, -1).reduce<number>((t, v) => t + (v ?? 0), 0)).toBeCloseTo(r.at(-1)!, 6);
      const foot = block.rows.get('Total') as (number | null)[];
      foot.forEach((v, n) => { if (v != null) expect(body.reduce((t, r) => t + (r[n] ?? 0), 0)).toBeCloseTo(v, 6); });
    }
    const totalFormula = fin.getRow(10).getCell(8).value as ExcelJS.CellFormulaValue;
    expect(totalFormula).toEqual({ formula: 'SUM(B4:G9)', result: 35 });

    // an independent reader (SheetJS) sees the formulas and their cached values too
    const sj = XLSX.read(new Uint8Array(buffer), { type: 'array' });
    const fromTotal = sj.Sheets.Interventions.K38;
    expect(fromTotal).toMatchObject({ t: 'n', v: 105_434, f: 'SUMIF(G$2:G$36,"<>Dropped",K$2:K$36)' });
  });

  it('gives every formula its cached result, so a reader that does not recalculate shows the figure', async () => {
    for (const lang of ['en', 'sl']) {
      const res = await exportFile(board.id, board.tokens.viewer, 'xlsx', lang);
      const book = XLSX.read(new Uint8Array(await res.arrayBuffer()), { type: 'array', cellFormula: true });
      let formulas = 0;
      for (const name of book.SheetNames) {
        const sheet = book.Sheets[name];
        for (const ref of Object.keys(sheet).filter((k) => !k.startsWith('!'))) {
          if (!sheet[ref].f) continue;
          formulas++;
          expect({ sheet: name, ref, cached: sheet[ref].v !== undefined && sheet[ref].t !== 'z' }).toEqual({ sheet: name, ref, cached: true });
        }
      }
      expect(formulas).toBeGreaterThan(20);
      // the Financing sheet's counts: a lever no intervention pulls totals 0, written as 0
      const fin = book.Sheets[book.SheetNames[1]];
      const counts = XLSX.utils.sheet_to_json<unknown[]>(fin, { header: 1, blankrows: true })[9];
      expect(counts.slice(1)).toEqual([17, 11, 7, 0, 0, 0, 35]);
      expect(fin.F10).toMatchObject({ f: 'SUM(F4:F9)', t: 'n', v: 0 });
    }
  });

  it('names the Slovenian workbook as it names the Slovenian reports', async () => {
    const en = await exportFile(board.id, board.tokens.viewer, 'xlsx', 'en');
    const sl = await exportFile(board.id, board.tokens.viewer, 'xlsx', 'sl');
    expect(en.headers.get('content-disposition')).toMatch(/filename="kranj-climate-city-contract\.xlsx"/);
    expect(sl.headers.get('content-disposition')).toMatch(/filename="kranj-climate-city-contract-sl\.xlsx"/);
    const csv = await exportFile(board.id, board.tokens.viewer, 'interventions.csv', 'sl');
    expect(csv.headers.get('content-disposition')).toMatch(/filename="kranj-climate-city-contract\.interventions\.csv"/);
  });

  it('leaves dropped interventions out of the totals, and writes them in Slovenian', async () => {
    const copy = (await (await postImport(await (await exportFile(board.id, board.tokens.viewer, 'json')).text())).json()) as CreatedBoard;
    const dropped = snapshot.interventions.find((i) => i.code === '1.1')!;
    await server.registry.change(copy.id, (doc, origin) => { updateIntervention(doc, dropped.id, { status: 'dropped' }, origin); });
    const buffer = await (await exportFile(copy.id, copy.tokens.viewer, 'xlsx', 'sl')).arrayBuffer();
    const { book, cell, recompute, row } = await interventionTotals(buffer, 'Ukrepi', 'Skupaj');
    expect(book.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Ukrepi', 'Financiranje']);
    expect(row.getCell(2).value).toBe('ukrepov: 34; opuščeni niso šteti');
    const reduction = cell('Zmanjšanje TGP (tCO2e/leto)'), cost = cell('Skupni strošek (EUR)');
    expect(reduction).toEqual({ formula: 'SUMIF(G$2:G$36,"<>Opuščeno",K$2:K$36)', result: 105_434 - dropped.reductionTco2e! });
    expect(cost.result).toBe(357_120_060 - dropped.costEur!);
    expect(recompute(reduction)).toBe(reduction.result);
    expect(recompute(cost)).toBe(cost.result);
    const fin = book.getWorksheet('Financiranje')!;
    const labels: unknown[] = [];
    fin.eachRow((r) => labels.push(r.getCell(1).value));
    expect(labels).toContain('Število ukrepov');
    expect(labels).toContain('Niso šteti: opuščeni ukrepi (1).');
    expect((fin.getRow(10).getCell(8).value as ExcelJS.CellFormulaValue).result).toBe(34);
    expect((fin.getRow(19).getCell(8).value as ExcelJS.CellFormulaValue).result).toBe(105_434 - dropped.reductionTco2e!);
  });
});

describe('Reports', () => {
  it('Markdown and HTML carry the Action Plan modules in English and Slovenian', async () => {
    const md = await (await exportFile(board.id, board.tokens.viewer, 'md')).text();
    for (const heading of ['## A-2.1 Emissions gap', '## A-3.2 Systems and stakeholder mapping', '## B-1.1 Impact pathways', '## B-2.2 Individual action outlines', '## C-3.1 Financing of the action portfolio', '## Voting results', '## Open comment threads']) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('| (1) Baseline emissions (2018) | 238,832 | 100 |');
    expect(md).toMatch(/\| \*\*Total\*\* \|.*\| \*\*105,434\*\* \|/);
    expect(md).toContain('![Power/interest grid](data:image/svg+xml');
    // B-1.1: Kranj wrote no late outcomes, so that column stays empty; the outcome each action serves has
    // its own column, every text marked with the code of the intervention it comes from
    const pathways = md.slice(md.indexOf('## B-1.1'), md.indexOf('## B-2.2')).split('\n');
    expect(pathways).toContain('| Systemic lever | Interventions | Outcome it serves | Early changes (1–2 years) | Late outcomes (3–4 years) | Direct impact (tCO2e/yr) | Indirect impacts (co-benefits) |');
    const energy = pathways.find((l) => l.startsWith('| Technology/Infrastructure | 1.1 Phase out'))!.split(' | ');
    expect(energy[2]).toMatch(/^1\.1: 90% of district heating\/cooling system running primarily on RES by 2030; 1\.2: 90% of district/);
    expect(energy[2].match(/(?:^|; )1\.\d: /g)).toHaveLength(6);
    expect(energy.slice(3, 6)).toEqual(['', '', '44,293']);
    expect(md).not.toContain('Secret private idea');
    expect(md).not.toContain('Still secret');

    const sl = await (await exportFile(board.id, board.tokens.viewer, 'html', 'sl')).text();
    expect(sl).toContain('<html lang="sl">');
    expect(sl).toContain('A-2.1 Emisijska vrzel');
    expect(sl).toContain('238.832');
    expect(sl).toContain('Ali je strošek že potrjen?');
    expect(sl).toMatch(/<svg [^>]*aria-label="Mreža moč\/interes"/);
    expect(sl).not.toContain('<script');
    expect((await exportFile(board.id, board.tokens.viewer, 'html', 'de')).status).toBe(400);
  });

  it('PDF: A4 pages, selectable text with Slovenian letters, page numbers, vector pictures', async () => {
    const res = await exportFile(board.id, board.tokens.viewer, 'pdf', 'sl');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/filename="kranj-climate-city-contract\.report-sl\.pdf"/);
    const file = join(dataDir, 'report.pdf');
    writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(info.match(/Pages:\s+(\d+)/)![1]);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const s of ['POROČILO DELAVNICE', 'A-2.1 Emisijska vrzel', 'A-3.2 Kartiranje sistemov in deležnikov', 'B-1.1 Poti učinka', 'C-3.1 Financiranje portfelja ukrepov', 'Rezultati glasovanja', 'Odprte razprave', 'Še ne — čakamo občinski svet.', 'Tesno upravljaj', '238.832', '105.434']) {
      expect(text).toContain(s);
    }
    expect(text).toContain(`Stran ${pages} od ${pages}`);
    expect(text).toContain('1.1 Phase out fossil fuel in district');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
    // pictures are vector drawings, not images
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n');
    expect(images.length).toBe(2); // the header lines only
  }, 60_000);

  it('DOCX: the report with the CCC tables as Word tables', async () => {
    const res = await exportFile(board.id, board.tokens.viewer, 'docx');
    expect(res.headers.get('content-disposition')).toMatch(/\.report\.docx"/);
    const buffer = Buffer.from(await res.arrayBuffer());
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('A-2.1 Emissions gap');
    expect(html).toContain('C-3.1 Financing of the action portfolio');
    const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(40); // gap, stakeholders, relations, pathways, 35 outlines, financing, votes, comments
    const financing = tables.find((t) => t.includes('Total cost (EUR)') && t.includes('Impact (tCO2e/yr)'))!;
    expect(financing).toContain('1.1 Phase out fossil fuel in district heating/cooling and replacement with RES');
    expect(financing).toContain('105,434');
    const pathway = tables.find((t) => t.includes('Outcome it serves') && t.includes('Late outcomes (3–4 years)'))!;
    expect(pathway).toContain('1.1: 90% of district heating/cooling system running primarily on RES by 2030; 1.2:');
    const gap = tables.find((t) => t.includes('(4) Emissions gap'))!;
    expect(gap).toContain('113,264');
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(text).toContain('Kranj — Climate City Contract');
  }, 60_000);

  it('lists an intervention\u2019s stakeholders with "; " in every report, English and Slovenian (their names have commas)', async () => {
    const names = new Map(snapshot.stakeholders.map((s) => [s.id, s.name]));
    const action = snapshot.interventions.find((i) => i.code === '1.1')!;
    const list = action.stakeholders.map((s) => names.get(s) ?? s); // an id, or a name no stakeholder has
    expect(list).toContain('Large energy consumers in the areas (Elderly home, health, education and commercial centres)');
    const joined = list.join('; ');
    const oneLine = (text: string) => text.replace(/\s+/g, ' ');
    for (const lang of ['en', 'sl']) {
      expect(await (await exportFile(board.id, board.tokens.viewer, 'md', lang)).text()).toContain(joined);
      expect(await (await exportFile(board.id, board.tokens.viewer, 'html', lang)).text()).toContain(joined);
      const docx = Buffer.from(await (await exportFile(board.id, board.tokens.viewer, 'docx', lang)).arrayBuffer());
      expect((await mammoth.extractRawText({ buffer: docx })).value).toContain(joined);
      const file = join(dataDir, `list-${lang}.pdf`);
      writeFileSync(file, new Uint8Array(await (await exportFile(board.id, board.tokens.viewer, 'pdf', lang)).arrayBuffer()));
      expect(oneLine(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }))).toContain(joined);
    }
  }, 60_000);

  it('any role exports; no token or an unknown format is refused', async () => {
    for (const role of ['viewer', 'commenter', 'editor', 'facilitator'] as const) {
      expect((await exportFile(board.id, board.tokens[role], 'md')).status).toBe(200);
    }
    expect((await fetch(`${server.url}/api/boards/${board.id}/export?format=md`)).status).toBe(401);
    expect((await exportFile(board.id, 'nope', 'md')).status).toBe(403);
    const bad = await exportFile(board.id, board.tokens.viewer, 'exe');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/unknown export format/);
  });
});

describe('File names', () => {
  it('spells every letter of the title in ASCII, and sends the title\u2019s own letters as filename* (RFC 6266)', async () => {
    const sl = await createBoard(server.url, { title: 'Kranj — Podnebna pogodba (č š ž ć đ)', city: 'Kranj' });
    for (const [format, suffix] of [['json', '.leverboard.json'], ['md', '.report.md'], ['interventions.csv', '.interventions.csv']]) {
      const header = (await exportFile(sl.id, sl.tokens.viewer, format)).headers.get('content-disposition')!;
      expect(header).toContain(`attachment; filename="kranj-podnebna-pogodba-c-s-z-c-d${suffix}"`);
      const star = header.match(/; filename\*=UTF-8''([!#$&+\-.^_`|~0-9A-Za-z%]+)$/);
      expect(star, header).not.toBeNull();
      expect(decodeURIComponent(star![1])).toBe(`kranj-podnebna-pogodba-č-š-ž-ć-đ${suffix}`);
    }
    // and so does the Slovenian workbook
    const xlsx = (await exportFile(sl.id, sl.tokens.viewer, 'xlsx', 'sl')).headers.get('content-disposition')!;
    expect(xlsx).toContain('filename="kranj-podnebna-pogodba-c-s-z-c-d-sl.xlsx"');
    expect(xlsx).toContain("filename*=UTF-8''kranj-podnebna-pogodba-%C4%8D-%C5%A1-%C5%BE-%C4%87-%C4%91-sl.xlsx");
  });

  it('names a file with no Latin letter in its title "board", keeping its own letters in filename*', () => {
    expect(attachment('Київ (план)', '.report.pdf')).toBe(`attachment; filename="board.report.pdf"; filename*=UTF-8''${encodeURIComponent('київ-план.report.pdf')}`);
  });
});

describe('SVG pictures in the report', () => {
  it('are valid XML', async () => {
    const html = await (await exportFile(board.id, board.tokens.viewer, 'html')).text();
    const svgs = html.match(/<svg [\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBe(4); // grid, network, canvas, matrix
    for (const svg of svgs) expect(XMLValidator.validate(svg)).toBe(true);
  });
});
