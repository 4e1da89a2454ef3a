import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults, type Intervention } from '../schema/index.ts';
import { importInterventions } from '../csv/interventions.ts';
import { parseNumber } from '../csv/numbers.ts';
import { emissionsGap } from './gap.ts';

const card = (over: Partial<Intervention>): Intervention => ({ ...defaults.interventions(0), id: 'x', title: 't', ...over });
const emissions = JSON.parse(readFileSync(new URL('../../../shared/fixtures/kranj/emissions.json', import.meta.url), 'utf8'));

describe('emissionsGap', () => {
  it('works a small case by hand', () => {
    const g = emissionsGap({ baselineTco2e: 1000, targetReductionPct: 80, otherPlansTco2e: 300 }, [
      card({ reductionTco2e: 200 }), card({ reductionTco2e: null, sinksTco2e: 50 }), card({ reductionTco2e: 100, sinksTco2e: 70, status: 'dropped' }),
    ]);
    expect(g).toMatchObject({
      targetTco2e: 800, gapTco2e: 500, reductionsTco2e: 200, missingReductions: 1, sinksTco2e: 50, portfolioTco2e: 250,
      residualTco2e: 200, closedPct: 50, remainingTco2e: 250, surplusTco2e: 0, missing: [],
    });
    expect(g.pctOfBaseline).toEqual({ otherPlans: 30, gap: 50, portfolio: 25, residual: 20 });
    const over = emissionsGap({ baselineTco2e: 1000, targetReductionPct: 80, otherPlansTco2e: 300 }, [card({ reductionTco2e: 600 })]);
    expect(over).toMatchObject({ closedPct: 120, remainingTco2e: 0, surplusTco2e: 100 });
  });

  it('is null-safe when figures are missing', () => {
    const g = emissionsGap({ baselineTco2e: null, targetReductionPct: 80, otherPlansTco2e: null }, [card({ reductionTco2e: 10 })]);
    expect(g).toMatchObject({ targetTco2e: null, gapTco2e: null, residualTco2e: null, closedPct: null, remainingTco2e: null, surplusTco2e: null, portfolioTco2e: 10 });
    expect(g.missing).toEqual(['baselineTco2e', 'otherPlansTco2e']);
    expect(emissionsGap({}, []).missing).toEqual(['baselineTco2e', 'targetReductionPct', 'otherPlansTco2e']);
    // other plans already close the target: no gap to close
    expect(emissionsGap({ baselineTco2e: 100, targetReductionPct: 80, otherPlansTco2e: 90 }, []).closedPct).toBeNull();
  });

  it('reproduces Kranj\'s A-2.1 table', () => {
    const csv = readFileSync(new URL('../../../shared/fixtures/kranj/interventions.csv', import.meta.url), 'utf8');
    const cards = importInterventions(csv, [], []).rows.map(({ record }, n) => card({ ...record, id: `k${n}` }));
    // the plan counts the sinks of 4.1, 4.3 and 5.3 (the fixture keeps them in notes; 4.2 notes 0)
    // in its portfolio total; on a board they are each intervention's sinksTco2e
    for (const c of cards) {
      const printed = /sinks\): ([\d.,]+) t/.exec(c.notes)?.[1];
      if (printed) c.sinksTco2e = parseNumber(printed, 'european');
    }
    expect(cards.filter((c) => c.sinksTco2e !== null).map((c) => c.sinksTco2e)).toEqual([7560, 0, 68, 203]);
    const g = emissionsGap(emissions, cards);
    expect(g.baselineTco2e).toBe(238832);
    expect(g.targetTco2e).toBeCloseTo(191065.6, 6);
    expect(Math.round(g.targetTco2e!)).toBe(emissions.targetTco2e); // 191,066: the plan rounds the target…
    expect(g.gapTco2e).toBeCloseTo(113263.6, 6);
    expect(Math.trunc(g.gapTco2e!)).toBe(emissions.gapTco2e); // …but prints the gap truncated: 113,263
    expect(g.reductionsTco2e).toBe(105434);
    expect(g.sinksTco2e).toBe(7831);
    expect(g.portfolioTco2e).toBe(emissions.portfolioReductionTco2e); // 113,265
    expect(Math.round(g.residualTco2e!)).toBe(emissions.residualTco2e); // 47,766
    expect(g.remainingTco2e).toBe(0);
    expect(g.surplusTco2e).toBeCloseTo(1.4, 6);
    expect(g.closedPct!).toBeGreaterThan(100);
    expect(Math.round(g.pctOfBaseline.otherPlans!)).toBe(emissions.otherPlansPct); // 33
    expect(Math.round(g.pctOfBaseline.gap!)).toBe(emissions.gapPct); // 47
    expect(Math.round(g.pctOfBaseline.portfolio!)).toBe(emissions.portfolioReductionPct); // 47
    expect(Math.round(g.pctOfBaseline.residual!)).toBe(emissions.residualPct); // 20
  });
});
