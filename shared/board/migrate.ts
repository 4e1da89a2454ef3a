/**
 * Bring a stored board document up to the current schema version, record by record, with the same
 * migrations that JSON imports use. Runs on the server when a room loads.
 */
import * as Y from 'yjs';
import { RECORD_ROOTS, SCHEMA_VERSION, defaultFacilitation, defaultMeta, migrationsFrom, type PlainRecord } from '../schema/index.ts';
import { readFields, recordRoot } from './records.ts';

export function migrateDoc(doc: Y.Doc, origin?: unknown): number {
  const meta = doc.getMap('meta');
  if (meta.size === 0) return SCHEMA_VERSION; // a board not yet initialised
  const from = Number(meta.get('schemaVersion') ?? 1);
  if (from === SCHEMA_VERSION) return from;
  const migrations = migrationsFrom(from);
  doc.transact(() => {
    for (const root of RECORD_ROOTS) {
      for (const [id, map] of recordRoot(doc, root).entries()) {
        const before = readFields(map) as PlainRecord;
        let after = before;
        for (const m of migrations) after = m.records[root]?.(after) ?? after;
        if (after === before) continue;
        for (const key of Object.keys(before)) if (!(key in after)) map.delete(key);
        for (const [k, v] of Object.entries(after)) {
          if (JSON.stringify(before[k]) !== JSON.stringify(v)) map.set(k, v);
        }
        void id;
      }
    }
    // every key of meta and facilitation is written, so that no later write of one is its first: undoing
    // a first write deletes the value without writing another, which the server takes for a stale echo
    const facilitation = doc.getMap('facilitation');
    for (const [k, v] of Object.entries(defaultFacilitation())) if (!facilitation.has(k)) facilitation.set(k, v);
    for (const [k, v] of Object.entries(defaultMeta(0))) if (!meta.has(k)) meta.set(k, v);
    meta.set('schemaVersion', SCHEMA_VERSION);
  }, origin);
  return from;
}
