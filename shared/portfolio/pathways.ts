/**
 * B-1.1 impact pathways: per field of action, the interventions grouped by the lever that places
 * them, each read as a chain — lever → early changes (1–2 years) → late outcomes (3–4 years) →
 * direct impact (GHG reduction) → indirect impacts (co-benefits). Dropped interventions have no
 * pathway. Early changes and late outcomes are the board's own fields; `outcome` (the B-2.2
 * "outcome it serves") is another one and is kept apart: a late outcome left blank stays blank, so
 * a reader never takes one field's words for another's.
 */
import type { Intervention } from '../schema/index.ts';
import { LEVER_COLUMNS, fieldOf, leverColumnOf, type LeverColumn } from './fields.ts';
import { byCode } from './code-order.ts';

export interface PathwayStep {
  id: string;
  code: string;
  title: string;
  earlyChanges: string;
  lateOutcomes: string;
  outcome: string;
  reductionTco2e: number | null;
  cobenefits: string[];
}

export interface PathwayGroup {
  lever: LeverColumn;
  interventions: PathwayStep[];
  /** the reductions there are, added; 0 when none has one (see missingReduction) */
  reductionTco2e: number;
  /** how many of the interventions have no reduction figure: when all of them, the sum is unknown, not 0 */
  missingReduction: number;
  /** every co-benefit named in the group, once, in first-seen order */
  cobenefits: string[];
}

export interface FieldPathways { field: string; groups: PathwayGroup[]; reductionTco2e: number }

/** The texts an intervention writes into its pathway (and the outcome it serves, shown apart). */
export type PathwayText = 'earlyChanges' | 'lateOutcomes' | 'outcome';

/**
 * One kind of text of a group, each with the intervention that wrote it, in the group's order;
 * interventions that left it blank are skipped (never filled from another field).
 */
export function pathwayTexts(group: Pick<PathwayGroup, 'interventions'>, kind: PathwayText): { step: PathwayStep; text: string }[] {
  return group.interventions.map((step) => ({ step, text: step[kind].trim() })).filter((t) => t.text !== '');
}


/** One entry per board field (fieldsOfBoard order), groups in lever order, only levers with cards. */
export function impactPathways(interventions: readonly Intervention[], fields: readonly string[]): FieldPathways[] {
  const groups = new Map<string, Map<LeverColumn, PathwayStep[]>>(fields.map((f) => [f, new Map()]));
  for (const i of interventions) {
    if (i.status === 'dropped') continue;
    const field = fieldOf(i, fields);
    if (!groups.has(field)) groups.set(field, new Map());
    const byLever = groups.get(field)!;
    const lever = leverColumnOf(i);
    if (!byLever.has(lever)) byLever.set(lever, []);
    byLever.get(lever)!.push({
      id: i.id, code: i.code, title: i.title, earlyChanges: i.earlyChanges ?? '', lateOutcomes: i.lateOutcomes ?? '',
      outcome: i.outcome, reductionTco2e: i.reductionTco2e, cobenefits: [...i.cobenefits],
    });
  }
  return [...groups].map(([field, byLever]) => {
    const list: PathwayGroup[] = LEVER_COLUMNS.filter((l) => byLever.has(l)).map((lever) => {
      const steps = byLever.get(lever)!.sort(byCode);
      const cobenefits: string[] = [];
      for (const s of steps) for (const c of s.cobenefits) if (!cobenefits.includes(c)) cobenefits.push(c);
      return {
        lever, interventions: steps, reductionTco2e: steps.reduce((t, s) => t + (s.reductionTco2e ?? 0), 0),
        missingReduction: steps.filter((s) => s.reductionTco2e == null).length, cobenefits,
      };
    });
    return { field, groups: list, reductionTco2e: list.reduce((t, g) => t + g.reductionTco2e, 0) };
  });
}
