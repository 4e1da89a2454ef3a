import { describe, expect, it } from 'vitest';
import { defaults, type Relation, type Stakeholder } from '../schema/index.ts';
import { emptyFilter, filterBoard, isFilterActive, matchesStakeholder, toggle } from './filters.ts';

const person = (id: string, p: Partial<Stakeholder>): Stakeholder => ({ ...defaults.stakeholders(0), id, ...p });
const link = (id: string, from: string, to: string, p: Partial<Relation> = {}): Relation => ({ ...defaults.relations(0), id, from, to, ...p });

const city = person('city', { name: 'Mestna občina Kranj', sector: 'public', attitude: 'supporter', engagement: 'empower' });
const firm = person('firm', { name: 'Domplan', sector: 'business', attitude: 'neutral', engagement: 'collaborate', system: 'District heating' });
const ngo = person('ngo', { name: 'Zavod Zeleni', sector: 'civil', attitude: 'opponent', engagement: 'consult' });
const unknown = person('new', { name: 'Nekdo', sector: '' });
const all = [city, firm, ngo, unknown];
const relations = [link('r1', 'city', 'firm', { type: 'funds' }), link('r2', 'firm', 'ngo', { type: 'conflicts' }), link('r3', 'city', 'ngo')];

describe('stakeholder filters', () => {
  it('shows everything when empty', () => {
    expect(isFilterActive(emptyFilter())).toBe(false);
    expect(filterBoard(all, relations, emptyFilter()).stakeholders).toHaveLength(4);
  });
  it('combines sector, attitude and engagement (AND across kinds, OR within one)', () => {
    expect(filterBoard(all, relations, { ...emptyFilter(), sectors: ['public', 'business'] }).stakeholders.map((s) => s.id)).toEqual(['city', 'firm']);
    expect(filterBoard(all, relations, { ...emptyFilter(), sectors: ['public', 'business'], attitudes: ['neutral'] }).stakeholders.map((s) => s.id)).toEqual(['firm']);
    expect(filterBoard(all, relations, { ...emptyFilter(), engagements: ['consult'] }).stakeholders.map((s) => s.id)).toEqual(['ngo']);
  });
  it('finds stakeholders without a sector with the empty sector id', () => {
    expect(filterBoard(all, relations, { ...emptyFilter(), sectors: [''] }).stakeholders.map((s) => s.id)).toEqual(['new']);
  });
  it('matches text without case or accents, in several fields', () => {
    expect(matchesStakeholder(city, { ...emptyFilter(), text: 'obcina' })).toBe(true);
    expect(matchesStakeholder(firm, { ...emptyFilter(), text: 'HEATING' })).toBe(true);
    expect(matchesStakeholder(ngo, { ...emptyFilter(), text: 'heating' })).toBe(false);
  });
  it('keeps relations whose type is allowed and whose both ends are shown', () => {
    expect(filterBoard(all, relations, { ...emptyFilter(), relationTypes: ['funds', 'conflicts'] }).relations.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(filterBoard(all, relations, { ...emptyFilter(), sectors: ['public', 'civil'] }).relations.map((r) => r.id)).toEqual(['r3']);
  });
  it('toggles values', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
