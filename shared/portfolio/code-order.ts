/**
 * The order interventions are listed in wherever a list of them is shown (matrix cells, the
 * related list, ballots, tables in exported files): by code as people read codes (1.2 before 1.10, 1.9 before GOV-1), those
 * without a code last, then by title.
 */
import type { Intervention } from '../schema/index.ts';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

type Listed = Pick<Intervention, 'code' | 'title'> & { id?: string };

/** ties on code and title are broken by id, so every browser and every file lists them alike */
export function byCode(a: Listed, b: Listed): number {
  if (!a.code !== !b.code) return a.code ? -1 : 1;
  return collator.compare(a.code, b.code) || collator.compare(a.title, b.title) || (a.id ?? '').localeCompare(b.id ?? '');
}
