import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults, type Intervention } from '../schema/index.ts';
import { importInterventions } from '../csv/interventions.ts';
import { leverCoverage } from './coverage.ts';
import { fieldsOfBoard } from './fields.ts';

const card = (over: Partial<Intervention>): Intervention => ({ ...defaults.interventions(0), id: 'x', title: 't', ...over });
const fields = fieldsOfBoard({ fields: [] });

describe('leverCoverage', () => {
  it('counts every lever a card pulls', () => {
    const c = leverCoverage([
      card({ field: 'energy', levers: ['technology', 'finance'] }),
      card({ field: 'energy', levers: ['technology'] }),
      card({ field: 'energy', levers: ['learning'], status: 'dropped' }),
    ], fields);
    expect(c.cells.energy.technology).toEqual({ count: 2, level: 'covered' });
    expect(c.cells.energy.finance).toEqual({ count: 1, level: 'thin' });
    expect(c.cells.energy.learning).toEqual({ count: 0, level: 'empty' });
    expect(c.emptyLevers.energy).toEqual(['governance', 'social', 'democracy', 'learning']);
    expect(c.emptyLevers.mobility).toHaveLength(6);
  });

  it('shows where the Kranj portfolio leaves levers empty', () => {
    const csv = readFileSync(new URL('../../../shared/fixtures/kranj/interventions.csv', import.meta.url), 'utf8');
    const cards = importInterventions(csv, [], []).rows.map(({ record }, n) => card({ ...record, id: `k${n}` }));
    const c = leverCoverage(cards, fields);
    const counts = (f: string) => Object.fromEntries(Object.entries(c.cells[f]).map(([l, v]) => [l, v.count]));
    // by hand from the fixture's lever column
    expect(counts('energy')).toEqual({ technology: 6, governance: 0, social: 1, democracy: 0, finance: 0, learning: 0 });
    expect(counts('mobility')).toEqual({ technology: 6, governance: 3, social: 1, democracy: 1, finance: 0, learning: 0 });
    expect(counts('waste')).toEqual({ technology: 2, governance: 2, social: 1, democracy: 1, finance: 0, learning: 1 });
    expect(counts('nature')).toEqual({ technology: 2, governance: 3, social: 2, democracy: 1, finance: 0, learning: 1 });
    expect(counts('buildings')).toEqual({ technology: 3, governance: 0, social: 0, democracy: 0, finance: 0, learning: 0 });
    expect(counts('')).toEqual({ technology: 0, governance: 4, social: 4, democracy: 0, finance: 0, learning: 0 });
    // no field pulls the finance lever: the finding a workshop must see
    expect(Object.values(c.emptyLevers).every((l) => l.includes('finance'))).toBe(true);
    expect(c.emptyLevers.buildings).toEqual(['governance', 'social', 'democracy', 'finance', 'learning']);
  });
});
