import { describe, expect, it } from 'vitest';
import { defaults, type Intervention } from '../../shared/schema/index.ts';
import { fieldsOfBoard } from '../../shared/portfolio/index.ts';
import { emptyTableFilter, filterInterventions, isFilterActive, nextSort, sortInterventions } from './table-model.ts';

const card = (over: Partial<Intervention>): Intervention => ({ ...defaults.interventions(0), id: 'x', title: 't', ...over });
const fields = fieldsOfBoard({ fields: [] });
const list = [
  card({ id: 'a', code: '1.10', title: 'District heating', field: 'energy', levers: ['technology', 'finance'], status: 'planned', responsible: 'Domplan d.d.', reductionTco2e: 14342, costEur: 21827000 }),
  card({ id: 'b', code: '1.2', title: 'Solar roofs', field: 'energy', levers: ['technology'], status: 'ongoing', responsible: 'Mestna občina Kranj', reductionTco2e: null, costEur: 500 }),
  card({ id: 'c', code: 'GOV-1', title: 'Climate office', field: '', levers: ['governance'], status: 'idea', responsible: 'City', reductionTco2e: 10, cobenefits: ['Jobs'] }),
];
const label = (kind: 'field' | 'lever', id: string) => `${kind}:${id}`;

describe('filterInterventions', () => {
  it('filters by field, any lever pulled, status, responsible and words', () => {
    const ids = (f: Partial<ReturnType<typeof emptyTableFilter>>) => filterInterventions(list, { ...emptyTableFilter(), ...f }, fields).map((i) => i.id);
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ field: 'energy' })).toEqual(['a', 'b']);
    expect(ids({ field: '' })).toEqual(['c']);
    expect(ids({ lever: 'finance' })).toEqual(['a']);
    expect(ids({ status: 'idea' })).toEqual(['c']);
    expect(ids({ responsible: 'obcina' })).toEqual(['b']); // accents folded
    expect(ids({ text: 'heating 1.10' })).toEqual(['a']);
    expect(ids({ text: 'jobs' })).toEqual(['c']);
    expect(isFilterActive(emptyTableFilter())).toBe(false);
    expect(isFilterActive({ ...emptyTableFilter(), field: '' })).toBe(true);
  });
});

describe('sortInterventions', () => {
  const sorted = (column: Parameters<typeof sortInterventions>[1]['column'], direction: 'ascending' | 'descending' = 'ascending') =>
    sortInterventions(list, { column, direction }, fields, { label, votes: new Map([['c', 3], ['a', 1]]), locale: 'en' }).map((i) => i.id);
  it('sorts codes numerically, numbers by value, empty figures last both ways', () => {
    expect(sorted('code')).toEqual(['b', 'a', 'c']);
    expect(sorted('reductionTco2e')).toEqual(['c', 'a', 'b']);
    expect(sorted('reductionTco2e', 'descending')).toEqual(['a', 'c', 'b']);
    expect(sorted('votes', 'descending')).toEqual(['c', 'a', 'b']);
    expect(sorted('status')).toEqual(['c', 'a', 'b']);
    expect(sorted('lever')).toEqual(['c', 'a', 'b']);
  });
  it('flips direction on the same column', () => {
    expect(nextSort({ column: 'code', direction: 'ascending' }, 'code')).toEqual({ column: 'code', direction: 'descending' });
    expect(nextSort({ column: 'code', direction: 'descending' }, 'title')).toEqual({ column: 'title', direction: 'ascending' });
  });
});
