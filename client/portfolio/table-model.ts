/**
 * The table view's filters and sort, as plain functions of the board's interventions: filter by
 * field of action, lever (any lever the card pulls), status, responsible and free text; sort by
 * one column, text in the reader's language order, numbers numerically, empty cells last.
 */
import type { Intervention, Lever, Status } from '../../shared/schema/index.ts';
import { fieldOf, leverColumnOf } from '../../shared/portfolio/index.ts';

export interface TableFilter {
  text: string;
  /** a field id from fieldsOfBoard ('' is cross-cutting), or null for any */
  field: string | null;
  lever: Lever | null;
  status: Status | null;
  responsible: string;
}
export const emptyTableFilter = (): TableFilter => ({ text: '', field: null, lever: null, status: null, responsible: '' });

export function isFilterActive(f: TableFilter): boolean {
  return !!(f.text.trim() || f.field !== null || f.lever || f.status || f.responsible.trim());
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function filterInterventions(list: readonly Intervention[], f: TableFilter, fields: readonly string[]): Intervention[] {
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  const responsible = fold(f.responsible.trim());
  if (!words.length && f.field === null && !f.lever && !f.status && !responsible) return [...list];
  return list.filter((i) => {
    if (f.field !== null && fieldOf(i, fields) !== f.field) return false;
    if (f.lever && !i.levers.includes(f.lever)) return false;
    if (f.status && i.status !== f.status) return false;
    if (responsible && !fold(i.responsible).includes(responsible)) return false;
    if (words.length) {
      const hay = fold([i.code, i.title, i.description, i.responsible, i.type, i.notes, i.cobenefits.join(' ')].join(' '));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

export type SortColumn = 'code' | 'title' | 'field' | 'lever' | 'status' | 'responsible' | 'reductionTco2e' | 'costEur' | 'votes';
export type SortDirection = 'ascending' | 'descending';
export interface TableSort { column: SortColumn; direction: SortDirection }

const STATUS_ORDER: Record<Status, number> = { idea: 0, planned: 1, ongoing: 2, done: 3, dropped: 4 };

/**
 * `label` turns field and lever ids into the words shown (so sorting follows what people read);
 * `votes` counts dots per intervention.
 */
export function sortInterventions(
  list: readonly Intervention[], sort: TableSort, fields: readonly string[],
  { label, votes, locale }: { label: (kind: 'field' | 'lever', id: string) => string; votes: ReadonlyMap<string, number>; locale: string },
): Intervention[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const key = (i: Intervention): string | number | null => {
    switch (sort.column) {
      case 'field': return label('field', fieldOf(i, fields));
      case 'lever': return label('lever', leverColumnOf(i));
      case 'status': return STATUS_ORDER[i.status];
      case 'votes': return votes.get(i.id) ?? 0;
      case 'reductionTco2e': case 'costEur': return i[sort.column];
      default: return i[sort.column];
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return list
    .map((row, index) => ({ row, index, k: key(row) }))
    .sort((a, b) => {
      const ae = a.k === null || a.k === '', be = b.k === null || b.k === '';
      if (ae || be) return ae && be ? a.index - b.index : ae ? 1 : -1; // empty last either way
      const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : collator.compare(String(a.k), String(b.k));
      return c * sign || a.index - b.index;
    })
    .map((r) => r.row);
}

export function nextSort(current: TableSort, column: SortColumn): TableSort {
  return { column, direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending' };
}
