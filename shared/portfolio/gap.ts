/**
 * Emissions gap, as the Climate City Contract's table computes it (all tCO2e per year):
 *   (1) baseline · (2) reduction target = baseline × pct / 100 · (3) reduction through other plans ·
 *   (4) gap = (2) − (3) · (5) reduction through the CCC action portfolio · (6) residual = (1) − (2).
 * (5) is the sum of the non-dropped interventions' reductions plus their sinks (emissions
 * compensated by sequestration); Kranj, for one, counts its urban forests' 7,831 t in (5).
 *
 * Values are exact (191,065.6, not 191,066): rounding is for display. Plans round their printed
 * figures inconsistently — Kranj prints the target rounded (191,066) but the gap truncated
 * (113,263 for 113,263.6) — so compare with a plan to within a tonne.
 *
 * Missing figures never throw: no baseline makes target, gap and residual null; no figure for
 * other plans counts as 0 and is listed in `missing`.
 */
import type { Intervention, Meta } from '../schema/index.ts';

export type GapInputs = Pick<Meta, 'baselineTco2e' | 'targetReductionPct' | 'otherPlansTco2e'>;

export interface EmissionsGap {
  baselineTco2e: number | null;
  targetReductionPct: number | null;
  /** (2) the reduction to reach */
  targetTco2e: number | null;
  /** (3) */
  otherPlansTco2e: number | null;
  /** (4) what the CCC portfolio must close */
  gapTco2e: number | null;
  /** Σ reductionTco2e of the interventions that are not dropped */
  reductionsTco2e: number;
  /** interventions (not dropped) without a reduction figure */
  missingReductions: number;
  /** Σ sinksTco2e of the interventions that are not dropped */
  sinksTco2e: number;
  /** (5) reductions + sinks */
  portfolioTco2e: number;
  /** (6) emissions left in the target year, to be compensated */
  residualTco2e: number | null;
  /** how much of the gap the portfolio closes, in % (over 100 when it overshoots); null without a positive gap */
  closedPct: number | null;
  remainingTco2e: number | null;
  surplusTco2e: number | null;
  /** the same figures as % of the baseline, as prints them */
  pctOfBaseline: { otherPlans: number | null; gap: number | null; portfolio: number | null; residual: number | null };
  missing: Array<keyof GapInputs>;
}

export function emissionsGap(
  meta: Partial<GapInputs>, interventions: readonly (Pick<Intervention, 'status' | 'reductionTco2e'> & { sinksTco2e?: number | null })[],
): EmissionsGap {
  const baseline = finite(meta.baselineTco2e);
  const pct = finite(meta.targetReductionPct);
  const otherPlans = finite(meta.otherPlansTco2e);
  const missing = (['baselineTco2e', 'targetReductionPct', 'otherPlansTco2e'] as const).filter((k) => finite(meta[k]) === null);

  let reductions = 0, missingReductions = 0, sinks = 0;
  for (const i of interventions) {
    if (i.status === 'dropped') continue;
    if (finite(i.reductionTco2e) === null) missingReductions++;
    else reductions += i.reductionTco2e!;
    sinks += finite(i.sinksTco2e) ?? 0;
  }
  const portfolio = reductions + sinks;
  const target = baseline !== null && pct !== null ? (baseline * pct) / 100 : null;
  const gap = target !== null ? target - (otherPlans ?? 0) : null;
  const residual = baseline !== null && target !== null ? baseline - target : null;
  const ofBaseline = (v: number | null) => (v !== null && baseline ? (v / baseline) * 100 : null);
  return {
    baselineTco2e: baseline,
    targetReductionPct: pct,
    targetTco2e: target,
    otherPlansTco2e: otherPlans,
    gapTco2e: gap,
    reductionsTco2e: reductions,
    missingReductions,
    sinksTco2e: sinks,
    portfolioTco2e: portfolio,
    residualTco2e: residual,
    closedPct: gap !== null && gap > 0 ? (portfolio / gap) * 100 : null,
    remainingTco2e: gap !== null ? Math.max(gap - portfolio, 0) : null,
    surplusTco2e: gap !== null ? Math.max(portfolio - gap, 0) : null,
    pctOfBaseline: { otherPlans: ofBaseline(otherPlans), gap: ofBaseline(gap), portfolio: ofBaseline(portfolio), residual: ofBaseline(residual) },
    missing,
  };
}

function finite(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
