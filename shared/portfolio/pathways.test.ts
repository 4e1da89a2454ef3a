import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults, type Intervention } from '../schema/index.ts';
import { importInterventions } from '../csv/interventions.ts';
import { fieldsOfBoard } from './fields.ts';
import { impactPathways, pathwayTexts } from './pathways.ts';

const card = (over: Partial<Intervention>): Intervention => ({ ...defaults.interventions(0), id: 'x', title: 't', ...over });
const fields = fieldsOfBoard({ fields: [] });

describe('impactPathways', () => {
  it('chains lever → early changes → late outcomes → impact → co-benefits', () => {
    const p = impactPathways([
      card({ id: 'b', code: '1.10', field: 'energy', levers: ['technology'], earlyChanges: 'permits', lateOutcomes: 'plants run', reductionTco2e: 10, cobenefits: ['jobs', 'air quality'] }),
      card({ id: 'a', code: '1.2', field: 'energy', levers: ['technology', 'finance'], reductionTco2e: null, cobenefits: ['jobs'] }),
      card({ id: 'c', code: '1.3', field: 'energy', levers: ['learning'], reductionTco2e: 5 }),
      card({ id: 'd', field: 'energy', levers: ['learning'], reductionTco2e: 99, status: 'dropped' }),
    ], fields);
    const energy = p.find((f) => f.field === 'energy')!;
    expect(p.map((f) => f.field)).toEqual(fields);
    expect(energy.reductionTco2e).toBe(15);
    expect(energy.groups.map((g) => g.lever)).toEqual(['technology', 'learning']);
    const tech = energy.groups[0];
    expect(tech.interventions.map((i) => i.id)).toEqual(['a', 'b']); // 1.2 before 1.10
    expect(tech.interventions[1]).toMatchObject({ earlyChanges: 'permits', lateOutcomes: 'plants run', reductionTco2e: 10 });
    expect(tech).toMatchObject({ reductionTco2e: 10, missingReduction: 1, cobenefits: ['jobs', 'air quality'] });
  });

  it('keeps each text with the intervention that wrote it, and never fills a blank late outcome from another field', () => {
    const [energy] = impactPathways([
      card({ id: 'a', code: '1.1', field: 'energy', levers: ['technology'], earlyChanges: ' permits ', lateOutcomes: '', outcome: '90 % RES heat' }),
      card({ id: 'b', code: '1.2', field: 'energy', levers: ['technology'], earlyChanges: '', lateOutcomes: 'plants run', outcome: '' }),
      card({ id: 'c', code: '1.3', field: 'energy', levers: ['technology'], earlyChanges: 'tender', lateOutcomes: '  ', outcome: 'more PV' }),
    ], fields);
    const tech = energy.groups[0];
    const texts = (kind: 'earlyChanges' | 'lateOutcomes' | 'outcome') => pathwayTexts(tech, kind).map(({ step, text }) => [step.code, text]);
    expect(texts('earlyChanges')).toEqual([['1.1', 'permits'], ['1.3', 'tender']]);
    expect(texts('lateOutcomes')).toEqual([['1.2', 'plants run']]);
    expect(texts('outcome')).toEqual([['1.1', '90 % RES heat'], ['1.3', 'more PV']]);
    expect(tech.interventions.map((s) => s.lateOutcomes)).toEqual(['', 'plants run', '  ']);
    // no card has a reduction figure: the sum is unknown, and says so
    expect(tech).toMatchObject({ reductionTco2e: 0, missingReduction: 3 });
  });

  it('lays out the Kranj portfolio', () => {
    const csv = readFileSync(new URL('../../../shared/fixtures/kranj/interventions.csv', import.meta.url), 'utf8');
    const cards = importInterventions(csv, [], []).rows.map(({ record }, n) => card({ ...record, id: `k${n}` }));
    const p = impactPathways(cards, fields);
    const groups = Object.fromEntries(p.map((f) => [f.field, f.groups.map((g) => `${g.lever}:${g.interventions.length}`)]));
    expect(groups).toEqual({
      energy: ['technology:6', 'social:1'],
      mobility: ['technology:5', 'governance:2'],
      buildings: ['technology:3'],
      waste: ['technology:2', 'governance:2', 'social:1'],
      nature: ['technology:1', 'governance:3', 'social:1'],
      '': ['governance:4', 'social:4'],
    });
    expect(p.reduce((t, f) => t + f.reductionTco2e, 0)).toBe(105434);
    expect(p.find((f) => f.field === 'energy')!.groups[0].interventions[0]).toMatchObject({ code: '1.1', reductionTco2e: 14342 });
  });
});
