/** Interventions: the cards of the portfolio matrix. */
import type * as Y from 'yjs';
import type { Intervention, Lever } from '../schema/index.ts';
import { addRecord, deleteRecord, getRecord, listRecords, patchRecord, recordRoot, type Origin } from './records.ts';

export function addIntervention(doc: Y.Doc, fields: Partial<Intervention>, origin?: Origin): Intervention {
  return addRecord(doc, 'interventions', fields, origin);
}

export function updateIntervention(doc: Y.Doc, id: string, patch: Partial<Intervention>, origin?: Origin): boolean {
  let ok = false;
  doc.transact(() => { ok = patchRecord(doc, 'interventions', id, { ...patch, updatedAt: Date.now() }); }, origin);
  return ok;
}

/**
 * Move a card to another matrix cell: its field of action changes, and the lever of the column it
 * lands in becomes its first. Onto a lever it already pulls, the card keeps all its levers, that
 * one first; onto another, the new lever takes the place of the first and the others stay.
 */
export function moveIntervention(doc: Y.Doc, id: string, field: string, lever: Lever, origin?: Origin): boolean {
  const current = getRecord(doc, 'interventions', id);
  if (!current || current.locked) return false;
  const kept = current.levers.includes(lever) ? current.levers : current.levers.slice(1);
  const levers = [lever, ...kept.filter((l) => l !== lever)];
  return updateIntervention(doc, id, { field, levers }, origin);
}

/** Delete an intervention and remove it from others' dependencies, in one change. */
export function deleteIntervention(doc: Y.Doc, id: string, origin?: Origin): boolean {
  let ok = false;
  doc.transact(() => {
    ok = deleteRecord(doc, 'interventions', id);
    for (const other of listRecords(doc, 'interventions')) {
      if (other.dependsOn.includes(id)) {
        patchRecord(doc, 'interventions', other.id, { dependsOn: other.dependsOn.filter((d) => d !== id) });
      }
    }
  }, origin);
  return ok;
}

export function interventionIds(doc: Y.Doc): string[] {
  return [...recordRoot(doc, 'interventions').keys()];
}
