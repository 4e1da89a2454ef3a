/** Stakeholders and the relations between them. */
import type * as Y from 'yjs';
import type { Relation, Stakeholder } from '../schema/index.ts';
import { addRecord, deleteRecord, listRecords, patchRecord, recordRoot, updateRecord, type Origin } from './records.ts';

export function addStakeholder(doc: Y.Doc, fields: Partial<Stakeholder>, origin?: Origin): Stakeholder {
  return addRecord(doc, 'stakeholders', fields, origin);
}

export function updateStakeholder(doc: Y.Doc, id: string, patch: Partial<Stakeholder>, origin?: Origin): boolean {
  return updateRecord(doc, 'stakeholders', id, patch, origin);
}

/**
 * Delete a stakeholder with its relations and its links from interventions, in one transaction
 * (so one undo brings all of it back).
 */
export function deleteStakeholder(doc: Y.Doc, id: string, origin?: Origin): boolean {
  let ok = false;
  doc.transact(() => {
    ok = deleteRecord(doc, 'stakeholders', id);
    const relations = recordRoot(doc, 'relations');
    for (const r of listRecords(doc, 'relations')) if (r.from === id || r.to === id) relations.delete(r.id);
    for (const i of listRecords(doc, 'interventions')) {
      if (i.stakeholders.includes(id)) {
        patchRecord(doc, 'interventions', i.id, { stakeholders: i.stakeholders.filter((s) => s !== id) });
      }
    }
  }, origin);
  return ok;
}

export function addRelation(doc: Y.Doc, fields: Partial<Relation> & Pick<Relation, 'from' | 'to'>, origin?: Origin): Relation {
  if (fields.from === fields.to) throw new Error('a relation needs two different stakeholders');
  const stakeholders = recordRoot(doc, 'stakeholders');
  if (!stakeholders.has(fields.from) || !stakeholders.has(fields.to)) throw new Error('a relation joins existing stakeholders');
  return addRecord(doc, 'relations', fields, origin);
}

export function updateRelation(doc: Y.Doc, id: string, patch: Partial<Relation>, origin?: Origin): boolean {
  return updateRecord(doc, 'relations', id, patch, origin);
}

export function deleteRelation(doc: Y.Doc, id: string, origin?: Origin): boolean {
  return deleteRecord(doc, 'relations', id, origin);
}
