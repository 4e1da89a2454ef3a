/**
 * A whole board as plain data (records as arrays), and back. This is the body of the JSON backup
 * and what tests compare: two boards are equal when their snapshots are.
 */
import * as Y from 'yjs';
import {
  RECORD_ROOTS, SCHEMA_VERSION, defaultFacilitation, defaultMeta, defaults, facilitationSchema, metaSchema,
  migrationsFrom, recordSchemas, type Facilitation, type Meta, type PlainRecord, type RecordRoots,
} from '../schema/index.ts';
import { listRecords, recordRoot } from './records.ts';
import { readFacilitation, readMeta } from './meta.ts';

export type BoardSnapshot = {
  meta: Meta;
  facilitation: Facilitation;
} & { [R in (typeof RECORD_ROOTS)[number]]: RecordRoots[R][] };

export function snapshotBoard(doc: Y.Doc): BoardSnapshot {
  const out = { meta: readMeta(doc), facilitation: readFacilitation(doc) } as BoardSnapshot;
  for (const root of RECORD_ROOTS) {
    (out as Record<string, unknown>)[root] = listRecords(doc, root).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return out;
}

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/**
 * Check and migrate a snapshot from any supported schema version to the current one. Throws a
 * SnapshotError naming the first problem; returns a fully validated snapshot otherwise.
 */
export function parseSnapshot(input: unknown, version: number): BoardSnapshot {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new SnapshotError('board: expected an object');
  const raw = input as Record<string, unknown>;
  let migrations;
  try { migrations = migrationsFrom(version); } catch (e) { throw new SnapshotError((e as Error).message); }
  const out: Record<string, unknown> = {};
  const meta = metaSchema.safeParse({ ...defaultMeta(Date.now()), ...(raw.meta as object), schemaVersion: SCHEMA_VERSION });
  if (!meta.success) throw new SnapshotError(`meta: ${meta.error.issues[0]?.path.join('.')}: ${meta.error.issues[0]?.message}`);
  out.meta = meta.data;
  const fac = facilitationSchema.safeParse({ ...defaultFacilitation(), ...(raw.facilitation as object) });
  if (!fac.success) throw new SnapshotError(`facilitation: ${fac.error.issues[0]?.path.join('.')}: ${fac.error.issues[0]?.message}`);
  out.facilitation = fac.data;
  for (const root of RECORD_ROOTS) {
    const list = raw[root] ?? [];
    if (!Array.isArray(list)) throw new SnapshotError(`${root}: expected an array`);
    if (list.length > 100_000) throw new SnapshotError(`${root}: too many records`);
    const seen = new Set<string>();
    const now = Date.now();
    out[root] = list.map((record, i) => {
      if (!record || typeof record !== 'object' || Array.isArray(record)) throw new SnapshotError(`${root}[${i}]: expected an object`);
      let r = record as PlainRecord;
      for (const m of migrations) r = m.records[root]?.(r) ?? r;
      // a field the file leaves out has its default, as on a live board (readRecord): a backup written
      // by hand or by another tool may carry only the contract's fields
      const parsed = recordSchemas[root].safeParse({ ...defaults[root](now), ...r });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new SnapshotError(`${root}[${i}]: ${issue?.path.join('.')}: ${issue?.message}`);
      }
      if (seen.has(parsed.data.id)) throw new SnapshotError(`${root}[${i}]: duplicate id ${parsed.data.id}`);
      seen.add(parsed.data.id);
      return parsed.data;
    });
  }
  return out as BoardSnapshot;
}

/** Write a validated snapshot into an empty document, in one transaction. */
export function loadSnapshot(doc: Y.Doc, snapshot: BoardSnapshot, origin?: unknown): void {
  doc.transact(() => {
    const meta = doc.getMap('meta');
    for (const [k, v] of Object.entries(snapshot.meta)) meta.set(k, v);
    const fac = doc.getMap('facilitation');
    for (const [k, v] of Object.entries(snapshot.facilitation)) fac.set(k, v);
    for (const root of RECORD_ROOTS) {
      const map = recordRoot(doc, root);
      for (const record of snapshot[root]) {
        const y = new Y.Map<unknown>();
        for (const [k, v] of Object.entries(record)) y.set(k, Array.isArray(v) ? [...v] : v);
        map.set(record.id, y);
      }
    }
  }, origin);
}

/** A copy of a board to try a change on ("what would this import do?") without touching the board. */
export function copyBoard(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}
