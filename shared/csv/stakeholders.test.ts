import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults, type Stakeholder } from '../schema/index.ts';
import { importStakeholders } from './stakeholders.ts';
import { importInterventions } from './interventions.ts';

const kranj = readFileSync(new URL('../../../shared/fixtures/kranj/stakeholders.csv', import.meta.url), 'utf8');

function asBoard(rows: ReturnType<typeof importStakeholders>['rows'], existing: Stakeholder[] = []): Stakeholder[] {
  const out = existing.map((s) => ({ ...s }));
  rows.forEach(({ record, matchId }, n) => {
    const target = matchId ? out.find((s) => s.id === matchId) : undefined;
    if (target) Object.assign(target, record);
    else out.push({ ...defaults.stakeholders(0), id: record.id ?? `s${n}`, ...record } as Stakeholder);
  });
  return out;
}

describe('importStakeholders: the Kranj A-3.2 mapping', () => {
  const result = importStakeholders(kranj, []);

  it('imports all 64 rows', () => {
    expect(result.rows).toHaveLength(64);
    expect(result.skipped).toEqual([]);
    expect(result.unknownColumns).toEqual([]);
    expect(new Set(result.rows.map((r) => r.record.system)).size).toBe(18);
  });

  it('turns influence and interest levels into grid positions and types into sectors', () => {
    const first = result.rows[0].record;
    expect(first).toMatchObject({ type: 'Local Authority', sector: 'public', power: 85, interest: 85 });
    expect(first.notes).toMatch(/^According to the Local Self-Government Act/);
    expect(first.notes).toMatch(/\n\nInterest: While noise/);
    const levels = result.rows.map((r) => `${r.record.power}/${r.record.interest}`);
    expect(levels.filter((l) => l === '85/85')).toHaveLength(28); // counted by hand from the fixture
    // 10 medium/medium, and "EU initiative | medium | (empty)": an empty interest sits in the middle (and says so)
    expect(levels.filter((l) => l === '50/50')).toHaveLength(11);
    const sectors: Record<string, number> = {};
    for (const r of result.rows) sectors[r.record.sector ?? '?'] = (sectors[r.record.sector ?? '?'] ?? 0) + 1;
    expect(sectors['']).toBeUndefined();
    expect(sectors.civil).toBe(11); // 8 NGOs, 2 informal networks, 1 national association
    expect(sectors.academia).toBe(3);
  });

  it('updates on re-import, keeping one organisation listed under two systems as two', () => {
    const board = asBoard(result.rows);
    const second = importStakeholders(kranj, board);
    expect(second.rows.every((r) => r.matchId)).toBe(true);
    expect(new Set(second.rows.map((r) => r.matchId)).size).toBe(64);
    expect(second.rows.map((r) => r.matchId)).toEqual(board.map((s) => s.id));
  });
});

describe('importStakeholders: contract columns and bad rows', () => {
  it('reads the contract columns', () => {
    const csv = 'id,name,organisation,type,sector,system,power,interest,attitude,engagement,notes\r\n'
      + 'abc,Eco Fund,Eko sklad,Fund,public,FUNDS,90,40,supporter,collaborate,Grants\r\n'
      + ',Residents,,Citizens,,SOCIAL,"12,5",70%,against,Consult,\r\n';
    const r = importStakeholders(csv, []);
    expect(r.skipped).toEqual([]);
    expect(r.convention).toBe('european');
    expect(r.rows.map((x) => x.record)).toEqual([
      { id: 'abc', name: 'Eco Fund', organisation: 'Eko sklad', type: 'Fund', sector: 'public', system: 'FUNDS', power: 90, interest: 40, attitude: 'supporter', engagement: 'collaborate', notes: 'Grants' },
      { name: 'Residents', organisation: '', type: 'Citizens', sector: 'civil', system: 'SOCIAL', power: 12.5, interest: 70, attitude: 'opponent', engagement: 'consult', notes: '' },
    ]);
  });

  it('matches by id first, then by name', () => {
    const existing = [{ ...defaults.stakeholders(0), id: 'one', name: 'Arriva LLC', system: 'A' }, { ...defaults.stakeholders(0), id: 'two', name: 'Elektro Gorenjska', system: 'B' }];
    const r = importStakeholders('id,name,system\none,Arriva (renamed),A\n,elektro  gorenjska,C\n,Elektro Gorenjska,C\n', existing);
    expect(r.rows.map((x) => x.matchId ?? null)).toEqual(['one', 'two', null]);
  });

  it('gives reasons for bad rows and files', () => {
    const r = importStakeholders('name,power,interest\n,high,high\nA,150,low\nB,very,low\nC,low,high\n', []);
    expect(r.rows.map((x) => x.record.name)).toEqual(['C']);
    expect(r.skipped).toEqual([
      { row: 2, reason: 'no name' },
      { row: 3, reason: expect.stringMatching(/power: 150 is outside 0–100/) },
      { row: 4, reason: expect.stringMatching(/neither a level/) },
    ]);
    expect(importStakeholders('\u0000\u0001binary', []).skipped[0].reason).toMatch(/not a text CSV/);
    expect(importStakeholders('foo,bar\n1,2\n', []).skipped[0].reason).toMatch(/no header row/);
  });

  it('lists every reason of a row, in Slovenian when asked', () => {
    const csv = 'name,power,interest,x,y\n,150,low,1.2.3,.5\nA,high,low,,\nB,low,high,,\n';
    expect(importStakeholders(csv, []).skipped).toEqual([
      { row: 2, reason: 'no name; power: 150 is outside 0–100; x: "1.2.3" is not a number: after a thousands separator come exactly three digits (1.234.567 or 1,234,567)' },
    ]);
    const sl = importStakeholders(`${csv}C,zelo,low,,\n`, [], { lang: 'sl' });
    expect(sl.skipped).toEqual([
      { row: 2, reason: 'ni imena; power: 150 ni med 0 in 100; x: »1.2.3« ni število: za ločilom tisočic so natanko tri števke (1.234.567 ali 1,234,567)' },
      { row: 5, reason: 'power: »zelo« ni ne raven (visoka, srednja, nizka) ne število od 0 do 100' },
    ]);
    expect(importStakeholders('name,sector\nA,pirates\n', [], { lang: 'sl' }).warnings).toEqual([{ row: 2, message: 'neznan sektor »pirates«' }]);
  });
});

describe('stakeholder names, as both importers match them', () => {
  const city: Stakeholder = { ...defaults.stakeholders(0), id: 'city', name: 'Občina Kranj' };
  // spelled as plans type it: without diacritics, in capitals, with a double space, decomposed
  const spellings = ['Obcina Kranj', 'OBČINA  KRANJ', 'Obc\u030Cina Kranj'];

  it('a stakeholders row and an intervention\'s stakeholders cell find the same stakeholder', () => {
    for (const name of spellings) {
      const row = importStakeholders(`name,type\n${name},Local authority\n`, [city]).rows[0]!;
      expect(row.matchId, name).toBe('city');
      const card = importInterventions(`title,stakeholders\nBikes,${name}\n`, [], [], { stakeholders: [city] }).rows[0]!;
      expect(card.record.stakeholders, name).toEqual(['city']);
    }
  });

  it('neither takes punctuation away: "Arriva d.o.o." is not "Arriva doo"', () => {
    const arriva: Stakeholder = { ...defaults.stakeholders(0), id: 'arriva', name: 'Arriva d.o.o.' };
    expect(importStakeholders('name\nArriva doo\n', [arriva]).rows[0]!.matchId).toBeUndefined();
    expect(importInterventions('title,stakeholders\nBuses,Arriva doo\n', [], [], { stakeholders: [arriva] }).rows[0]!.record.stakeholders).toEqual(['Arriva doo']);
  });
});

describe('importStakeholders: what it says about a row', () => {
  it('names a column as the file does, and says what it left out of a position or a grid value', () => {
    const r = importStakeholders('Name,X,Y,Influence\nA,120 (of 2),1.2.3,80 (est. 2020)\nB,10 (of 2),20,high\n', [], { lang: 'sl' });
    expect(r.skipped).toEqual([{ row: 2, reason: 'Y: »1.2.3« ni število: za ločilom tisočic so natanko tri števke (1.234.567 ali 1,234,567)' }]);
    // the skipped row 2 brings no warnings; row 3's position is read, with a note
    expect(r.warnings).toEqual([{ row: 3, message: 'X: iz »10 (of 2)« prebrano 10; »(of 2)« je izpuščeno' }]);
    expect(r.rows[0]!.record).toMatchObject({ name: 'B', x: 10, y: 20, power: 85 });
    const grid = importStakeholders('name,influence\nA,80 (est. 2020)\n', []);
    expect(grid.rows[0]!.record.power).toBe(80);
    expect(grid.warnings).toEqual([{ row: 2, message: 'influence: read 80 from "80 (est. 2020)"; "(est. 2020)" was left out' }]);
  });
});

describe('importStakeholders: an empty influence or interest', () => {
  it('places a new stakeholder at 50 and says that was no "medium" (Kranj\'s row 33)', () => {
    const result = importStakeholders(kranj, []);
    const covenant = result.rows.find((r) => r.row === 33)!;
    expect(covenant.record).toMatchObject({ name: 'Covenant of Mayors – Gorenjska region alliance', power: 50, interest: 50 });
    expect(result.warnings).toEqual([{ row: 33, message: 'interest is empty; placed at 50 (medium)' }]);
    expect(importStakeholders(kranj, [], { lang: 'sl' }).warnings)
      .toEqual([{ row: 33, message: 'celica v stolpcu interest je prazna; postavljeno na 50 (srednja raven)' }]);
    // the column as the file names it; "no figure" cells count as empty
    expect(importStakeholders('Name,Power,Interest\nA,,n/a\nB,-,high\n', []).warnings).toEqual([
      { row: 2, message: 'Power is empty; placed at 50 (medium)' },
      { row: 2, message: 'Interest is empty; placed at 50 (medium)' },
      { row: 3, message: 'Power is empty; placed at 50 (medium)' },
    ]);
  });

  it('leaves an existing stakeholder where the board has it', () => {
    const board = asBoard(importStakeholders(kranj, []).rows);
    const placed = board.find((s) => s.name === 'Covenant of Mayors – Gorenjska region alliance')!;
    placed.interest = 70; // moved on the grid since
    const again = importStakeholders(kranj, board);
    const row = again.rows.find((r) => r.row === 33)!;
    expect(row.matchId).toBe(placed.id);
    expect(row.record).not.toHaveProperty('interest');
    expect(row.record.power).toBe(50);
    expect(again.warnings).toEqual([]);
    expect(asBoard(again.rows, board).find((s) => s.id === placed.id)!.interest).toBe(70);
  });
});

describe('importStakeholders: figures that could be read either way', () => {
  it('reads a position like "1.250" by the tie-break, and says so in the report\'s language', () => {
    const csv = 'name,x,y\nA,1.250,300\nB,80,40\n';
    const sl = importStakeholders(csv, [], { lang: 'sl' });
    expect(sl.convention).toBe('european');
    expect(sl.rows[0]!.record).toMatchObject({ x: 1250, y: 300 });
    expect(sl.warnings).toEqual([{ row: 1, message: '»1.250« in podobna števila je mogoče brati na dva načina; prebrano kot 1250 (evropski zapis). Če to ni prav, preverite zapis števil v datoteki.' }]);
    const en = importStakeholders(csv, []);
    expect(en.rows[0]!.record).toMatchObject({ x: 1.25 });
    expect(en.warnings).toEqual([{ row: 1, message: '"1.250" and figures like it could be read either way; read as 1.25 (English). If that is wrong, check the file\'s number format.' }]);
    // a decisive cell leaves nothing to guess
    expect(importStakeholders(`${csv}C,"0,5",1\n`, []).warnings).toEqual([]);
  });
});
