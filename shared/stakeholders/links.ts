/**
 * A stakeholder's place in the portfolio: the interventions that name it among their stakeholders
 * ("involved") and those whose free-text `responsible` mentions its name or organisation
 * ("responsible"), since plans write the lead body as prose rather than as a link.
 */
import type { Intervention, Stakeholder } from '../schema/index.ts';

export interface InterventionLink { intervention: Intervention; responsible: boolean; involved: boolean }

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

export function interventionsOf(s: Pick<Stakeholder, 'id' | 'name' | 'organisation'>, interventions: readonly Intervention[]): InterventionLink[] {
  // very short names ("TT", "A") would match inside unrelated words
  const needles = [s.name, s.organisation].map(fold).filter((n) => n.length >= 3);
  const out: InterventionLink[] = [];
  for (const intervention of interventions) {
    const involved = intervention.stakeholders.includes(s.id);
    const text = fold(intervention.responsible);
    const responsible = text !== '' && needles.some((n) => text.includes(n));
    if (involved || responsible) out.push({ intervention, responsible, involved });
  }
  return out;
}
