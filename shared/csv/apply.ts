/**
 * Writes a parsed import to a board through shared/board (never touching Yjs types here). Call it
 * inside one `doc.transact(…, origin)` so that connected people see the import as one change and
 * one undo takes it back. Returns the counts the HTTP API answers with.
 */
import type * as Y from 'yjs';
import {
  addIntervention, addStakeholder, readMeta, updateIntervention, updateMeta, updateStakeholder, type Origin,
} from '../board/index.ts';
import type { InterventionImport, RowProblem } from './interventions.ts';
import type { StakeholderImport } from './stakeholders.ts';

export interface ImportOutcome { added: number; updated: number; skipped: RowProblem[] }

export function applyInterventionImport(doc: Y.Doc, parsed: InterventionImport, origin?: Origin): ImportOutcome {
  const outcome: ImportOutcome = { added: 0, updated: 0, skipped: [...parsed.skipped] };
  if (parsed.newFields.length) {
    const fields = readMeta(doc).fields;
    const more = parsed.newFields.filter((f) => !fields.includes(f));
    if (more.length) updateMeta(doc, { fields: [...fields, ...more].slice(0, 30) }, origin);
  }
  for (const { row, record, matchId } of parsed.rows) {
    try {
      if (matchId && updateIntervention(doc, matchId, record, origin)) outcome.updated++;
      else { addIntervention(doc, record, origin); outcome.added++; }
    } catch (e) {
      outcome.skipped.push({ row, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  outcome.skipped.sort((a, b) => a.row - b.row);
  return outcome;
}

export function applyStakeholderImport(doc: Y.Doc, parsed: StakeholderImport, origin?: Origin): ImportOutcome {
  const outcome: ImportOutcome = { added: 0, updated: 0, skipped: [...parsed.skipped] };
  for (const { row, record, matchId } of parsed.rows) {
    try {
      if (matchId && updateStakeholder(doc, matchId, record, origin)) outcome.updated++;
      else { addStakeholder(doc, record, origin); outcome.added++; }
    } catch (e) {
      outcome.skipped.push({ row, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  outcome.skipped.sort((a, b) => a.row - b.row);
  return outcome;
}
