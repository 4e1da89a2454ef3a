import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaults, type Intervention, type Relation, type Stakeholder } from '../schema/index.ts';
import { interventionsCsv, relationsCsv, safeCell, stakeholdersCsv } from './export.ts';
import { seenBy } from '../facilitation/votes.ts';
import { importInterventions } from './interventions.ts';
import { importStakeholders } from './stakeholders.ts';

const kranj = readFileSync(new URL('../../../shared/fixtures/kranj/interventions.csv', import.meta.url), 'utf8');
const kranjStakeholders = readFileSync(new URL('../../../shared/fixtures/kranj/stakeholders.csv', import.meta.url), 'utf8');

function board<T extends { id: string }>(make: (now: number) => Omit<T, 'id'>, rows: Array<{ record: Partial<T> }>): T[] {
  return rows.map(({ record }, n) => ({ ...make(0), id: `r${String(n).padStart(2, '0')}`, ...record }) as T);
}

/** interventions with no votes, as any reader sees them */
const noVotes = (interventions: Intervention[]) => seenBy({ interventions, votes: [], rounds: [] }, 'viewer');
const intervention = (over: Partial<Intervention>): Intervention => ({ ...defaults.interventions(0), id: 'x1', title: 'T', ...over });

describe('interventionsCsv', () => {
  it('writes the contract columns with a BOM, CRLF and "; " lists', () => {
    const csv = interventionsCsv(seenBy({
      interventions: [intervention({ id: 'a1', code: '1.1', title: 'Solar, roofs', field: 'energy', levers: ['technology', 'finance'], cobenefits: ['health', 'jobs'], reductionTco2e: 1234.5, costEur: 100, stakeholders: ['s1', 'free text'] })],
      stakeholders: [{ id: 's1', name: 'City of Kranj' }],
      votes: (['a1', 'a1', 'other'] as const).map((target, k) => ({ id: `v${k}`, round: 'r', voter: `p${k}`, target, createdAt: k })),
      rounds: [{ id: 'r', title: '', targetRoot: 'interventions', votesPerPerson: 3, status: 'closed', revealed: true, createdAt: 0, closedAt: 1 }],
    }, 'viewer'));
    expect(csv.startsWith('\uFEFFid,code,title,module,field,levers,type,status,description,outcome,responsible,scale,stakeholders,start_year,end_year,reduction_tco2e_per_year,cost_eur,renewable_mwh_per_year,cobenefits,notes,votes\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('a1,1.1,"Solar, roofs",B-2.2,energy,technology; finance,,idea,,,,,City of Kranj; free text,,,1234.5,100,,health; jobs,,2');
  });

  it('writes namesakes (and nameless stakeholders) by id, so that the file imported again keeps every link', () => {
    const office = 'The City of Kranj - City Administration; Office for Economic Affairs and Traffic, Department for Traffic';
    const stakeholders = [
      { id: 'o1', name: office }, { id: 'o2', name: ` ${office.toUpperCase()} ` }, { id: 'arriva', name: 'Arriva LLC' }, { id: 'x', name: '' },
    ].map((s) => ({ ...defaults.stakeholders(0), ...s }));
    const card = intervention({ id: 'a1', stakeholders: ['arriva', 'o2', 'x', 'Private bus operators'] });
    const csv = interventionsCsv(seenBy({ interventions: [card], stakeholders, votes: [], rounds: [] }, 'viewer'));
    const [header, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(row![header!.indexOf('stakeholders')]).toBe('Arriva LLC; o2; x; Private bus operators');
    const again = importInterventions(csv, [], [], { stakeholders });
    expect(again.rows[0]!.record.stakeholders).toEqual(card.stakeholders);
    expect(again.warnings).toEqual([]);
  });

  it('counts a round not yet revealed only for the facilitator, and takes only a board seen by a role', () => {
    const board = {
      interventions: [intervention({ id: 'a1' })],
      votes: [{ id: 'v1', round: 'hidden', voter: 'p1', target: 'a1', createdAt: 0 }],
      rounds: [{ id: 'hidden', title: '', targetRoot: 'interventions' as const, votesPerPerson: 3, status: 'open' as const, revealed: false, createdAt: 0, closedAt: null }],
    };
    const votesOf = (csv: string) => csv.split('\r\n')[1]!.split(',').at(-1);
    expect(votesOf(interventionsCsv(seenBy(board, 'editor')))).toBe('0');
    expect(votesOf(interventionsCsv(seenBy(board, 'facilitator')))).toBe('1');
    // @ts-expect-error: a board that did not go through seenBy would count the hidden round
    interventionsCsv(board);
  });

  it('neutralises formulas but leaves numbers alone', () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    for (const s of ['+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(safeCell(s)).toBe(`'${s}`);
    expect(safeCell(-5)).toBe('-5');
    // text that reads as a number is still text: neutralised as the contract says, and imported back as written
    for (const s of ['-5', '+1', '-0.5', '-1e5']) expect(safeCell(s)).toBe(`'${s}`);
    expect(importInterventions(interventionsCsv(noVotes([intervention({ title: '-5', notes: '+41 4 123 45 67' })])), [], []).rows[0]!.record)
      .toMatchObject({ title: '-5', notes: '+41 4 123 45 67' });
    expect(safeCell('Plain')).toBe('Plain');
    const csv = interventionsCsv(noVotes([intervention({ title: '=cmd|\' /C calc\'!A0', notes: '@import', responsible: '-1+1' })]));
    const [, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const cells = row.filter((c) => c !== '');
    for (const c of cells) expect(c, c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('round-trips the Kranj plan: export → import gives the same cards', () => {
    const first = board<Intervention>(defaults.interventions, importInterventions(kranj, [], []).rows);
    first[0].title = '=1+1 (a tricky title)';
    first[1].status = 'dropped';
    first[2].startYear = 2025; first[2].endYear = 2030;
    first[3].cobenefits = ['air quality', 'jobs'];
    const csv = interventionsCsv(noVotes(first));

    const intoEmpty = importInterventions(csv, [], []);
    expect(intoEmpty.skipped).toEqual([]);
    expect(intoEmpty.unknownColumns).toEqual([]);
    expect(intoEmpty.ignoredColumns).toEqual(['votes']);
    const second = board<Intervention>(defaults.interventions, intoEmpty.rows);
    const strip = (list: Intervention[]) => list.map(({ createdAt, updatedAt, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id));
    expect(strip(second)).toEqual(strip(first));

    // into the same board: every row updates its own card, nothing changes
    const again = importInterventions(csv, first, []);
    expect(again.rows.map((r) => r.matchId)).toEqual(second.map((i) => i.id));
    for (const { matchId, record } of again.rows) expect({ ...first.find((i) => i.id === matchId), ...record }).toEqual(first.find((i) => i.id === matchId));
  });
});

describe('stakeholdersCsv and relationsCsv', () => {
  it('round-trips the Kranj stakeholders', () => {
    const first = board<Stakeholder>(defaults.stakeholders, importStakeholders(kranjStakeholders, []).rows).map((s) => ({ ...s, attitude: 'supporter' as const, engagement: 'involve' as const }));
    const csv = stakeholdersCsv({ stakeholders: first });
    expect(csv.startsWith('\uFEFFid,name,organisation,type,sector,system,power,interest,attitude,engagement,notes\r\n')).toBe(true);
    const back = importStakeholders(csv, []);
    expect(back.skipped).toEqual([]);
    expect(back.rows).toHaveLength(64);
    const second = board<Stakeholder>(defaults.stakeholders, back.rows);
    const sort = (l: Stakeholder[]) => [...l].sort((a, b) => a.id.localeCompare(b.id));
    expect(sort(second)).toEqual(sort(first));
  });

  it('writes relations with names after the contract columns', () => {
    const relations: Relation[] = [{ id: 'r1', from: 'a', to: 'b', type: 'funds', label: '+ grants', strength: 3, directed: true }];
    const csv = relationsCsv({ relations, stakeholders: [{ id: 'a', name: 'Eco Fund' }, { id: 'b', name: 'City' }] });
    expect(csv).toBe('\uFEFFid,from,to,type,label,strength,directed,from_name,to_name\r\nr1,a,b,funds,\'+ grants,3,true,Eco Fund,City\r\n');
  });
});
