import { describe, expect, it } from 'vitest';
import { defaults, type Intervention } from '../schema/index.ts';
import { interventionsOf } from './links.ts';

const card = (id: string, p: Partial<Intervention>): Intervention => ({ ...defaults.interventions(0), id, ...p });

describe('interventionsOf', () => {
  const list = [
    card('a', { stakeholders: ['domplan'] }),
    card('b', { responsible: 'DOMPLAN d.d. and the City of Kranj' }),
    card('c', { responsible: 'Občina Kranj', stakeholders: ['domplan'] }),
    card('d', { responsible: 'Someone else' }),
  ];
  it('finds linked interventions and those whose responsible text names the stakeholder', () => {
    const links = interventionsOf({ id: 'domplan', name: 'Domplan', organisation: '' }, list);
    expect(links.map((l) => [l.intervention.id, l.responsible, l.involved])).toEqual([
      ['a', false, true], ['b', true, false], ['c', false, true],
    ]);
  });
  it('matches the organisation too, ignoring case and accents, but not very short names', () => {
    expect(interventionsOf({ id: 'x', name: 'Mayor', organisation: 'Obcina Kranj' }, list).map((l) => l.intervention.id)).toEqual(['c']);
    expect(interventionsOf({ id: 'x', name: 'Ka', organisation: '' }, list)).toEqual([]);
  });
});
