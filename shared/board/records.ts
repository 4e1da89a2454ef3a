/**
 * The only code that reads and writes the Yjs types of a board (with the per-concept modules beside
 * it, which call these). Records are nested Y.Maps of plain values under a root Y.Map keyed by id;
 * every write is one `doc.transact(…, origin)` so undo managers and the server see one change.
 */
import * as Y from 'yjs';
import {
  defaults, recordSchemas, type RecordRoot, type RecordRoots,
} from '../schema/records.ts';
import { newId } from './ids.ts';

export type RecordMap = Y.Map<unknown>;
export type Origin = unknown;

export function recordRoot(doc: Y.Doc, root: RecordRoot): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(root);
}

/** A plain copy of the fields one record's Y.Map holds (arrays copied, so callers may not mutate the document). */
export function readFields(map: RecordMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of map.entries()) out[k] = Array.isArray(v) ? [...v] : v;
  return out;
}

/**
 * One record as the app uses it: every field it lacks at its default. The server checks each value
 * written, but a record may still lack fields — a stock client writes the contract's fields only
 * (a comment without `mentions`), an older board predates a field — and one such record must not
 * break a view for everyone.
 */
export function readRecord<R extends RecordRoot>(root: R, map: RecordMap): RecordRoots[R] {
  const out: Record<string, unknown> = { ...defaults[root](0), ...readFields(map) };
  if (typeof out.id !== 'string') out.id = map._item?.parentSub ?? '';
  return out as RecordRoots[R];
}

export function getRecord<R extends RecordRoot>(doc: Y.Doc, root: R, id: string): RecordRoots[R] | undefined {
  const map = recordRoot(doc, root).get(id);
  return map instanceof Y.Map ? readRecord(root, map) : undefined;
}

export function listRecords<R extends RecordRoot>(doc: Y.Doc, root: R): RecordRoots[R][] {
  const out: RecordRoots[R][] = [];
  for (const map of recordRoot(doc, root).values()) if (map instanceof Y.Map) out.push(readRecord(root, map));
  return out;
}

function cleanValue(v: unknown): unknown {
  if (v === undefined) return null;
  if (Array.isArray(v)) return v.map(String);
  return v;
}

/**
 * Validate `record` (defaults filled in) and write it as a new nested Y.Map inside an open
 * transaction. Throws a readable error for invalid input; nothing is written then.
 */
export function insertRecord<R extends RecordRoot>(
  doc: Y.Doc, root: R, partial: Partial<RecordRoots[R]>, now = Date.now(),
): RecordRoots[R] {
  const record = { ...defaults[root](now), id: newId(), ...partial } as RecordRoots[R];
  const parsed = recordSchemas[root].safeParse(record);
  if (!parsed.success) throw new RecordError(root, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(parsed.data)) map.set(k, cleanValue(v));
  recordRoot(doc, root).set(record.id, map);
  return parsed.data as RecordRoots[R];
}

export function addRecord<R extends RecordRoot>(
  doc: Y.Doc, root: R, partial: Partial<RecordRoots[R]>, origin?: Origin,
): RecordRoots[R] {
  let created!: RecordRoots[R];
  doc.transact(() => { created = insertRecord(doc, root, partial); }, origin);
  return created;
}

/**
 * Set only the fields that change, so that two people editing different fields of one record
 * both keep their edits. The patched record is validated as a whole before anything is written.
 */
export function patchRecord<R extends RecordRoot>(
  doc: Y.Doc, root: R, id: string, patch: Partial<RecordRoots[R]>,
): boolean {
  const map = recordRoot(doc, root).get(id);
  if (!(map instanceof Y.Map)) return false;
  const current = readRecord(root, map);
  const next = { ...current, ...patch, id } as RecordRoots[R];
  const schema = recordSchemas[root];
  const parsed = schema.safeParse(next);
  if (!parsed.success) throw new RecordError(root, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const data = parsed.data as Record<string, unknown>;
  for (const key of Object.keys(patch)) {
    if (key === 'id' || !(key in data)) continue;
    const value = cleanValue(data[key]);
    if (!sameValue(map.get(key), value)) map.set(key, value);
  }
  return true;
}

export function updateRecord<R extends RecordRoot>(
  doc: Y.Doc, root: R, id: string, patch: Partial<RecordRoots[R]>, origin?: Origin,
): boolean {
  let ok = false;
  doc.transact(() => { ok = patchRecord(doc, root, id, patch); }, origin);
  return ok;
}

export function deleteRecord(doc: Y.Doc, root: RecordRoot, id: string, origin?: Origin): boolean {
  const map = recordRoot(doc, root);
  if (!map.has(id)) return false;
  doc.transact(() => map.delete(id), origin);
  return true;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export class RecordError extends Error {
  constructor(readonly root: string, readonly issues: string[]) {
    super(`invalid ${root} record: ${issues.join('; ')}`);
    this.name = 'RecordError';
  }
}
