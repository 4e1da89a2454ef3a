import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { defaults, type Intervention, type Stakeholder } from '../schema/index.ts';
import { importInterventions } from './interventions.ts';

const kranj = readFileSync(new URL('../../../shared/fixtures/kranj/interventions.csv', import.meta.url), 'utf8');

/** The records as a board would hold them after applying an import (ids given in order). */
function asBoard(rows: ReturnType<typeof importInterventions>['rows'], existing: Intervention[] = []): Intervention[] {
  const out = existing.map((i) => ({ ...i }));
  rows.forEach(({ record, matchId }, n) => {
    const target = matchId ? out.find((i) => i.id === matchId) : undefined;
    if (target) Object.assign(target, record);
    else out.push({ ...defaults.interventions(0), id: record.id ?? `new${n}`, ...record } as Intervention);
  });
  return out;
}

describe('importInterventions: the Kranj plan', () => {
  const result = importInterventions(kranj, [], []);
  const byCode = new Map(result.rows.map((r) => [r.record.code, r.record]));

  it('imports all 35 actions and reports what it did with each column', () => {
    expect(result.rows).toHaveLength(35);
    expect(result.skipped).toEqual([]);
    expect(result.unknownColumns).toEqual([]);
    expect(result.ignoredColumns).toEqual(['cost_per_tco2e']);
    expect(result.newFields).toEqual([]);
    // the fixture is already converted: integers and "0.4" (1.4's MWh) → English
    expect(result.convention).toBe('english');
  });

  it('places every action in its field and levers', () => {
    expect(byCode.get('1.1')).toMatchObject({ field: 'energy', levers: ['technology'], module: 'B-2.2' });
    expect(byCode.get('2.1')).toMatchObject({ field: 'mobility', levers: ['governance', 'social', 'democracy'] });
    expect(byCode.get('2.7')).toMatchObject({ levers: ['technology', 'governance'] }); // "Policy & Regulation"
    expect(byCode.get('3.2')).toMatchObject({ field: 'waste' }); // "Waste & Circular economy"
    expect(byCode.get('3.5')).toMatchObject({ field: 'waste' }); // "Waste"
    expect(byCode.get('4.2')).toMatchObject({ field: 'nature', levers: ['governance', 'learning'] });
    expect(byCode.get('5.2')).toMatchObject({ field: 'buildings' });
    // C-1 and C-2 have no field or lever in the plan: cross-cutting, governance / social
    expect(byCode.get('GOV-1')).toMatchObject({ field: '', levers: ['governance'], module: 'C-1' });
    expect(byCode.get('SOC-4')).toMatchObject({ field: '', levers: ['social'], module: 'C-2' });
    const counts: Record<string, number> = {};
    for (const r of result.rows) counts[r.record.field!] = (counts[r.record.field!] ?? 0) + 1;
    expect(counts).toEqual({ energy: 7, mobility: 7, waste: 5, nature: 5, buildings: 3, '': 8 });
  });

  it('reads reductions and costs as the plan prints them', () => {
    expect(byCode.get('1.1')).toMatchObject({ reductionTco2e: 14342, costEur: 21827000, renewableMwh: 60100 });
    expect(byCode.get('1.4')).toMatchObject({ reductionTco2e: 125, renewableMwh: 0.4 });
    expect(byCode.get('4.1')).toMatchObject({ reductionTco2e: null, costEur: 770000 });
    expect(byCode.get('GOV-1')).toMatchObject({ reductionTco2e: null, costEur: null });
    const total = result.rows.reduce((s, r) => s + (r.record.reductionTco2e ?? 0), 0);
    expect(total).toBe(105434);
    const cost = result.rows.reduce((s, r) => s + (r.record.costEur ?? 0), 0);
    // by hand from the fixture's cost_eur column (the 27 B-2.2 outlines)
    expect(cost).toBe(21827000 + 6000000 + 53073000 + 1000000 + 40000000 + 2500000 + 5000000
      + 2700000 + 14338000 + 7250000 + 1750000 + 19488260 + 14900000 + 12000000
      + 350000 + 4000000 + 5142000 + 800000 + 8885360
      + 770000 + 500000 + 5000000 + 1210000 + 4194000
      + 40682440 + 78500000 + 5260000);
  });

  it('keeps stakeholders as text, and uses ids of stakeholders the board has', () => {
    expect(byCode.get('1.3')!.stakeholders).toEqual(['Private investment partner (PPP)']);
    const ppp: Stakeholder = { ...defaults.stakeholders(0), id: 'ppp1', name: 'private investment partner (PPP)' };
    const again = importInterventions(kranj, [], [], { stakeholders: [ppp] });
    expect(again.rows.find((r) => r.record.code === '1.3')!.record.stakeholders).toEqual(['ppp1']);
  });

  it('updates on re-import instead of duplicating', () => {
    const board = asBoard(result.rows);
    board.find((i) => i.code === '2.3')!.title = 'Cycling network (renamed on the board)';
    const second = importInterventions(kranj, board, []);
    expect(second.rows).toHaveLength(35);
    expect(second.rows.every((r) => r.matchId)).toBe(true);
    expect(new Set(second.rows.map((r) => r.matchId)).size).toBe(35);
    expect(asBoard(second.rows, board)).toHaveLength(35);
  });
});

describe('importInterventions: files as people bring them', () => {
  it('reads a ";"-separated European file with a BOM, aliases and unknown columns', () => {
    const csv = '\uFEFFNo.;Action;Field of action;Lever;GHG reduction (t CO₂/year);Total cost (EUR);Start year;Priority\r\n'
      + '1;Solar roofs;Energetika;Technology/ Infrastructure;14.342 tonnes CO₂/year;€ 21.827.000;2025;high\r\n'
      + '2;Bike lanes;Mobility & transport;Governance, policy and regulation; 24,5 ;"1.234,5";2026;\r\n'
      + '3;Green roofs;Industry;Finance & Funding;;;;low\r\n';
    const r = importInterventions(csv, [], ['Industry']);
    expect(r.delimiter).toBe(';');
    expect(r.convention).toBe('european');
    expect(r.skipped).toEqual([]);
    expect(r.unknownColumns).toEqual(['Priority']);
    expect(r.rows.map((x) => x.record)).toEqual([
      expect.objectContaining({ code: '1', title: 'Solar roofs', field: 'energy', levers: ['technology'], reductionTco2e: 14342, costEur: 21827000, startYear: 2025, notes: 'Priority: high' }),
      expect.objectContaining({ code: '2', field: 'mobility', levers: ['governance'], reductionTco2e: 24.5, costEur: 1234.5, startYear: 2026 }),
      expect.objectContaining({ code: '3', field: 'Industry', levers: ['finance'], reductionTco2e: null, notes: 'Priority: low' }),
    ]);
  });

  it('reads an English file and says so', () => {
    const csv = 'title,cost,tco2e\nA,"1,234.5",1.5\nB,"2,000,000",12\n';
    const r = importInterventions(csv, [], []);
    expect(r.convention).toBe('english');
    expect(r.rows.map((x) => [x.record.costEur, x.record.reductionTco2e])).toEqual([[1234.5, 1.5], [2000000, 12]]);
  });

  it('reports fields the board does not have', () => {
    const r = importInterventions('title,field\nSmart meters,Digitalisation\nTourism bus,Digitalisation\n', [], []);
    expect(r.newFields).toEqual(['Digitalisation']);
    expect(r.rows[0].record.field).toBe('Digitalisation');
  });

  it('gives per-row reasons for bad rows and never throws', () => {
    const csv = 'code,title,cost_eur,start_year,reduction_tco2e_per_year,status\n'
      + '1,Good,100,2025,5,ongoing\n'
      + '2,,100,2025,5,\n'
      + '3,Negative cost,-500,2025,5,\n'
      + '4,Old,100,1800,5,\n'
      + '5,Words,about half,2025,5,\n'
      + '6,Odd status,100,2025,5,someday\n'
      + '7,Huge,1e+23,2025,5,\n'
      + '8,Written by a spreadsheet,2.5E+6,2025,5,\n';
    const r = importInterventions(csv, [], []);
    expect(r.rows.map((x) => x.record.code)).toEqual(['1', '6', '8']);
    expect(r.rows[2].record.costEur).toBe(2_500_000);
    expect(r.rows[0].record.status).toBe('ongoing');
    expect(r.skipped).toEqual([
      { row: 3, reason: 'no title' },
      { row: 4, reason: expect.stringMatching(/cost_eur.*negative/) },
      { row: 5, reason: expect.stringMatching(/start_year.*1800.*2000 and 2100/) },
      { row: 6, reason: expect.stringMatching(/cost_eur.*not a number/) },
      { row: 8, reason: 'cost_eur: 1e+23 is larger than 1,000,000,000,000' },
    ]);
    expect(r.warnings).toEqual([{ row: 7, message: expect.stringMatching(/unknown status "someday"/) }]);
  });

  it('refuses files without a header, with a wrong delimiter, or binary junk, with a reason', () => {
    const noHeader = importInterventions('1.1,Solar,energy,technology\n1.2,Wind,energy,technology\n', [], []);
    expect(noHeader.rows).toEqual([]);
    expect(noHeader.skipped[0]).toMatchObject({ row: 1, reason: expect.stringMatching(/no header row/) });

    const wrongDelimiter = importInterventions('code#title#field\n1#Solar#energy\n', [], []);
    expect(wrongDelimiter.rows).toEqual([]);
    expect(wrongDelimiter.skipped[0].reason).toMatch(/only one column found/);

    const junk = String.fromCharCode(...Array.from({ length: 600 }, (_, i) => (i * 7919) % 256));
    const binary = importInterventions(junk, [], []);
    expect(binary.rows).toEqual([]);
    expect(binary.skipped[0].reason).toMatch(/not a text CSV|no header/);

    expect(importInterventions('', [], []).skipped[0].reason).toMatch(/empty/);
    expect(importInterventions('code,field\n1,energy\n', [], []).skipped[0].reason).toMatch(/no title column/);
  });

  it('never throws on scrambled input', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ['title', 'code', 'cost', ',', ';', '"', '\n', '\r\n', '1.234', '-5', '€', 'é', '\u0000', '=', 'energy', 'Technology/ Infrastructure', ' '];
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 40) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
      const r = importInterventions(text, [], []);
      expect(r.rows.length + r.skipped.length).toBeGreaterThanOrEqual(0);
    }
  });

  it('survives an unclosed quote', () => {
    const r = importInterventions('title,notes\nA,fine\nB,"never closed\nC,x\n', [], []);
    expect(r.rows[0].record.title).toBe('A');
    expect(r.skipped.length + r.rows.length).toBeGreaterThanOrEqual(2);
  });

  it('matches by id, then by code, then by title', () => {
    const base = (id: string, code: string, title: string): Intervention => ({ ...defaults.interventions(0), id, code, title });
    const existing = [base('aaa', '1.1', 'Solar'), base('bbb', '1.2', 'Wind'), base('ccc', '', 'Trees'), base('ddd', '7', 'X'), base('eee', '7', 'Y')];
    const csv = 'id,code,title\naaa,9.9,Solar renamed\n,1.2,Wind farm\n,,Trees\n,7,Y\n,8,New one\nzzz,,Has its own id\n';
    const r = importInterventions(csv, existing, []);
    expect(r.rows.map((x) => x.matchId ?? x.record.id ?? null)).toEqual(['aaa', 'bbb', 'ccc', 'eee', null, 'zzz']);
  });

  it('drops the apostrophe the export adds before formulas', () => {
    const r = importInterventions("title,notes\n'=SUM(A1),'-note\n", [], []);
    expect(r.rows[0].record).toMatchObject({ title: '=SUM(A1)', notes: '-note' });
  });

  it('reads the B-2.2 rows plans print for sinks, energy removed and indicators', () => {
    const csv = 'Title;GHG emissions compensated (sinks);Removed/substituted energy;Indicators for monitoring\n'
      + 'Urban forests;7.560 t CO2/year;Natural gas: - 49.000 MWh/year;Forest area (km²)\n';
    const r = importInterventions(csv, [], []);
    expect(r.rows[0]!.record).toMatchObject({
      title: 'Urban forests', sinksTco2e: 7560, energyRemoved: 'Natural gas: - 49.000 MWh/year', indicators: 'Forest area (km²)',
    });
    expect(importInterventions('title,Sinks (tCO2e/yr),KPIs\nA,68,Green roofs m²\n', [], []).rows[0]!.record).toMatchObject({ sinksTco2e: 68, indicators: 'Green roofs m²' });
  });

  it('reads ".5" and ",5" as a half, and refuses malformed digit groups, listing every reason of a row', () => {
    const csv = 'code;title;cost;reduction;renewable_mwh_per_year\n'
      + '1;Half;,5;.5;-\n'
      + '2;Grouped;1.2.3;100;1\n'
      + '3;A date;5;1.5.2024;1\n'
      + '4;;12,34,567;-5;2\n';
    const r = importInterventions(csv, [], []);
    expect(r.rows.map((x) => x.record)).toEqual([expect.objectContaining({ code: '1', costEur: 0.5, reductionTco2e: 0.5, renewableMwh: null })]);
    expect(r.skipped).toEqual([
      { row: 3, reason: 'cost: "1.2.3" is not a number: after a thousands separator come exactly three digits (1.234.567 or 1,234,567)' },
      { row: 4, reason: expect.stringMatching(/^reduction: "1\.5\.2024" is not a number: after a thousands separator/) },
      // no title, a malformed figure and a negative one: all three are said at once
      { row: 5, reason: expect.stringMatching(/^no title; cost: "12,34,567" is not a number: .*; reduction: -5 is negative$/) },
    ]);
  });

  it('imports an end year before the start year, with a warning', () => {
    const existing: Intervention = { ...defaults.interventions(0), id: 'old', code: '9', title: 'Kept', startYear: 2026, endYear: 2030 };
    const csv = 'code,title,start_year,end_year\n1,Backwards,2024,2023\n2,Fine,2024,2024\n9,Kept,,\n9b,Only end,,\n';
    const r = importInterventions(csv, [existing], []);
    expect(r.rows.map((x) => [x.record.startYear, x.record.endYear])).toEqual([[2024, 2023], [2024, 2024], [null, null], [null, null]]);
    expect(r.warnings).toEqual([{ row: 2, message: 'the end year 2023 is before the start year 2024; imported as written' }]);
    // an update that leaves the start year alone is checked against the card's
    const update = importInterventions('code,title,end_year\n9,Kept,2025\n', [existing], []);
    expect(update.rows[0]).toMatchObject({ matchId: 'old', record: { endYear: 2025 } });
    expect(update.warnings).toEqual([{ row: 2, message: 'the end year 2025 is before the start year 2026; imported as written' }]);
  });

  it('warns only about rows it imports, and quotes the file in Slovenian as Slovenian does', () => {
    const csv = 'title,start_year,cost_eur,status\nSkipped,20x5,-1,someday\nKept,2025,100 (est. 2x),someday\n';
    const r = importInterventions(csv, [], [], { lang: 'sl' });
    expect(r.skipped.map((x) => x.row)).toEqual([2]);
    expect(r.warnings).toEqual([
      { row: 3, message: 'cost_eur: iz »100 (est. 2x)« prebrano 100; »(est. 2x)« je izpuščeno' },
      { row: 3, message: 'neznano stanje »someday« (ohranjeno je dosedanje)' },
    ]);
    expect(importInterventions(csv, [], []).warnings.map((w) => w.message)).toContain('unknown status "someday" (kept the current one)');
  });

  it('says why in Slovenian when asked', () => {
    const csv = 'title,start_year,end_year,cost_eur,status\n,2024,2023,,\nA,20x5,,1.2.3,someday\nB,2024,2023,,\nC,2024,,-5,\n';
    const r = importInterventions(csv, [], [], { lang: 'sl' });
    expect(r.skipped).toEqual([
      { row: 2, reason: 'ni naslova' },
      { row: 3, reason: 'start_year: 20x5 ni leto med 2000 in 2100; cost_eur: »1.2.3« ni število: za ločilom tisočic so natanko tri števke (1.234.567 ali 1,234,567)' },
      { row: 5, reason: 'cost_eur: -5 je negativno' },
    ]);
    // row 3 is skipped: its reasons say it all, with no warning about a row that was not imported
    expect(r.warnings).toEqual([
      { row: 4, message: 'leto konca 2023 je pred letom začetka 2024; uvoženo, kot je zapisano' },
    ]);
    expect(importInterventions('title,cost_eur\nA,1e+23\n', [], [], { lang: 'sl' }).skipped[0]!.reason).toBe('cost_eur: 1e+23 je več kot 1.000.000.000.000');
    expect(importInterventions('', [], [], { lang: 'sl' }).skipped[0]!.reason).toBe('datoteka je prazna');
    expect(importInterventions('code,field\n1,energy\n', [], [], { lang: 'sl' }).skipped[0]!.reason).toMatch(/^ni stolpca z naslovom/);
  });

  it('links stakeholders by name as the export writes them: trimmed, any case, a name with "; " whole, namesakes as text', () => {
    const s = (id: string, name: string): Stakeholder => ({ ...defaults.stakeholders(0), id, name });
    const stakeholders = [
      s('drsi', 'Slovenia Infrastructure Agency (DRSI): Road Investments Division; Railway Investments Division'),
      s('city', 'City of Kranj'), s('twin1', 'Local action group'), s('twin2', 'Local action group'),
    ];
    const cell = 'slovenia infrastructure agency (DRSI): Road Investments Division; Railway Investments Division;  CITY OF KRANJ ; Local action group; Someone new';
    const r = importInterventions(`title,stakeholders\nA,"${cell}"\nB,twin2; City of Kranj\n`, [], [], { stakeholders });
    expect(r.rows[0]!.record.stakeholders).toEqual(['drsi', 'city', 'Local action group', 'Someone new']);
    expect(r.rows[1]!.record.stakeholders).toEqual(['twin2', 'city']);
    // re-imported onto the card that links a namesake, the link stays
    const card: Intervention = { ...defaults.interventions(0), id: 'card', title: 'A', stakeholders: ['twin2', 'city', 'twin1'] };
    const again = importInterventions('id,title,stakeholders\ncard,A,Local action group; City of Kranj; Local action group\n', [card], [], { stakeholders });
    expect(again.rows[0]!.record.stakeholders).toEqual(['twin2', 'city', 'twin1']);
  });

  it('keeps a name several stakeholders share whole, as text, and says so — even one holding "; "', () => {
    const s = (id: string, name: string): Stakeholder => ({ ...defaults.stakeholders(0), id, name });
    const office = 'The City of Kranj - City Administration; Office for Economic Affairs and Traffic, Department for Traffic';
    const stakeholders = [s('o1', office), s('o2', office), s('arriva', 'Arriva LLC')];
    const r = importInterventions(`title,stakeholders\nA,"Arriva LLC; ${office}; Private bus operators"\n`, [], [], { stakeholders });
    expect(r.rows[0]!.record.stakeholders).toEqual(['arriva', office, 'Private bus operators']);
    expect(r.warnings).toEqual([{ row: 2, message: `"${office}" is the name of 2 stakeholders on the board: kept as text; link the right one on the card` }]);
    const sl = importInterventions(`title,stakeholders\nA,"${office}"\n`, [], [], { stakeholders, lang: 'sl' });
    expect(sl.warnings[0]!.message).toBe(`ime »${office}« ima na tabli več deležnikov (2): ostane besedilo; pravega povežite na kartici`);
  });

  it('reads "1,5 mio EUR" as plans write it, and warns about a figure it leaves out', () => {
    const r = importInterventions('title;cost;reduction;start year\nA;1,5 mio EUR;100-200;2024-2026\n', [], []);
    expect(r.rows[0]!.record).toMatchObject({ costEur: 1_500_000, reductionTco2e: 100, startYear: 2024 });
    expect(r.warnings.map((w) => w.message).sort()).toEqual([
      expect.stringContaining('reduction: read 100 from "100-200"'),
      expect.stringContaining('start year: read 2024 from "2024-2026"'),
    ]);
  });
});

describe('importInterventions: figures that could be read either way', () => {
  // Kranj's reductions as the plan prints them ("14.342" for 14 342), in a comma-separated file whose
  // other figures decide nothing (whole costs; the one decimal, 1.4's "0.4 MWh", left out)
  const table = Papa.parse<string[]>(kranj, { skipEmptyLines: true }).data;
  const reduction = table[0]!.indexOf('reduction_tco2e_per_year');
  const renewable = table[0]!.indexOf('renewable_mwh_per_year');
  const printed = Papa.unparse(table.map((row, n) => row
    .map((cell, i) => (n > 0 && i === reduction ? cell.replace(/\B(?=(\d{3})+$)/g, '.') : cell))
    .filter((_, i) => i !== renewable)));
  const total = (r: ReturnType<typeof importInterventions>) => r.rows.reduce((sum, x) => sum + (x.record.reductionTco2e ?? 0), 0);

  it('reads them as European in a Slovenian import, and says it took a guess', () => {
    expect(printed).toContain(',14.342,21827000,');
    const sl = importInterventions(printed, [], [], { lang: 'sl' });
    expect(sl.convention).toBe('european');
    expect(sl.skipped).toEqual([]);
    expect(total(sl)).toBe(105434);
    expect(sl.warnings).toEqual([{ row: 1, message: '»14.342« in podobna števila je mogoče brati na dva načina; prebrano kot 14342 (evropski zapis). Če to ni prav, preverite zapis števil v datoteki.' }]);
  });

  it('reads them as English in an English import, and says so, so that 1000× too small is never silent', () => {
    const en = importInterventions(printed, [], []);
    expect(en.convention).toBe('english');
    expect(en.rows.find((r) => r.record.code === '1.1')!.record.reductionTco2e).toBe(14.342);
    expect(en.warnings).toEqual([{ row: 1, message: '"14.342" and figures like it could be read either way; read as 14.342 (English). If that is wrong, check the file\'s number format.' }]);
    // a ";"-separated file breaks the tie the European way, and says so too
    const semicolons = importInterventions('title;reduction\nA;14.342\nB;125\n', [], []);
    expect(semicolons.rows.map((r) => r.record.reductionTco2e)).toEqual([14342, 125]);
    expect(semicolons.warnings).toEqual([{ row: 1, message: expect.stringMatching(/^"14\.342" and figures like it .*read as 14342 \(European\)/) }]);
  });

  it('says nothing when a cell decides, or when nothing was ambiguous', () => {
    // one more action, with a decimal comma: the file is European, no guess
    const decided = importInterventions(`${printed}\r\nX,Extra,,,,,,,,,,"0,4",,`, [], []);
    expect(decided.convention).toBe('european');
    expect(decided.warnings).toEqual([]);
    expect(importInterventions(kranj, [], [], { lang: 'sl' }).warnings).toEqual([]);
    expect(importInterventions('title,cost\nA,"24,5"\nB,"1,234.5"\n', [], []).warnings).toEqual([]);
  });
});
