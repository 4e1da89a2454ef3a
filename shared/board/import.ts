/**
 * Apply parsed import rows (from shared/csv) to a board in one transaction: rows with a match
 * update that record field by field, the others become new records. A row the schema refuses is
 * reported and skipped; the rest still land.
 */
import type * as Y from 'yjs';
import type { RecordRoot, RecordRoots } from '../schema/index.ts';
import { getRecord, insertRecord, patchRecord, RecordError, type Origin } from './records.ts';
import { readMeta, updateMeta } from './meta.ts';

export interface ImportRowInput<R extends RecordRoot> { row: number; record: Partial<RecordRoots[R]>; matchId?: string }
/** `updated`: rows that matched a record (the contract's count); `unchanged`: of those, the ones the record already matched */
export interface ImportOutcome { added: number; updated: number; unchanged: number; skipped: { row: number; reason: string }[] }

export function applyImport<R extends RecordRoot>(
  doc: Y.Doc, root: R, rows: ImportRowInput<R>[], options: { newFields?: string[]; origin?: Origin } = {},
): ImportOutcome {
  const outcome: ImportOutcome = { added: 0, updated: 0, unchanged: 0, skipped: [] };
  doc.transact(() => {
    const fields = readMeta(doc).fields;
    const extra = (options.newFields ?? []).filter((f) => f && !fields.includes(f));
    if (extra.length) updateMeta(doc, { fields: [...fields, ...extra].slice(0, 30) }, options.origin);
    for (const { row, record, matchId } of rows) {
      try {
        const before = matchId ? getRecord(doc, root, matchId) : undefined;
        if (matchId && patchRecord(doc, root, matchId, record)) {
          outcome.updated++;
          if (before && Object.entries(record).every(([k, v]) => JSON.stringify((before as Record<string, unknown>)[k]) === JSON.stringify(v))) outcome.unchanged++;
        }
        else { insertRecord(doc, root, record); outcome.added++; }
      } catch (e) {
        if (!(e instanceof RecordError)) throw e;
        outcome.skipped.push({ row, reason: e.issues.join('; ') });
      }
    }
  }, options.origin);
  return outcome;
}
