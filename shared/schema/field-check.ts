/**
 * Checks one value that a client writes into the document, before the server applies it: the
 * shape the schema allows (a record root holds records keyed by id, a record holds plain values
 * of known fields) and each value's validator. Returns why a write is refused, or null.
 */
import { facilitationSchema, idSchema, metaSchema, recordSchemas } from './records.ts';
import { RECORD_ROOTS } from './roots.ts';

/**
 * What one struct writes: a nested map, or plain values. A struct may hold several values of one
 * key: a client that sets a key again and again while offline sends them merged into one struct,
 * every one but the last already overwritten. Each must be a value the field allows.
 */
export type WrittenContent = { kind: 'map' } | { kind: 'values'; values: readonly unknown[] } | { kind: 'other' };

const allValid = (field: { safeParse(v: unknown): { success: boolean } }, content: WrittenContent) =>
  content.kind === 'values' && content.values.length > 0 && content.values.every((v) => field.safeParse(v).success);

const singleRoots = { meta: metaSchema.shape, facilitation: facilitationSchema.shape } as const;
const isRecordRoot = (root: string): root is (typeof RECORD_ROOTS)[number] => (RECORD_ROOTS as readonly string[]).includes(root);

/** `depth` 0: a direct entry of the root; 1: a field of a record; more: anything nested deeper. */
export function checkWrite(root: string, depth: number, key: string | null, content: WrittenContent): string | null {
  if (root in singleRoots) {
    const shape = singleRoots[root as keyof typeof singleRoots] as Record<string, { safeParse(v: unknown): { success: boolean } }>;
    if (depth !== 0 || key === null) return `${root} holds plain values only`;
    const field = shape[key];
    if (!field) return `${root} has no field ${key}`;
    if (!allValid(field, content)) return `invalid ${root}.${key}`;
    return null;
  }
  if (!isRecordRoot(root)) return `unknown part of the board: ${root}`;
  if (depth === 0) {
    if (key === null || !idSchema.safeParse(key).success) return `${root}: records are keyed by id`;
    return content.kind === 'map' ? null : `${root}: a record must be a map`;
  }
  if (depth === 1 && key !== null) {
    const field = (recordSchemas[root].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>)[key];
    if (!field) return `${root} records have no field ${key}`;
    if (!allValid(field, content)) return `invalid ${root} field ${key}`;
    return null;
  }
  return `${root}: records hold plain values only`;
}
