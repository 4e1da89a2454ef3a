/**
 * Checks one value that a client writes into the document, before the server applies it: the
 * shape the schema allows (a record root holds records keyed by id, a record holds plain values
 * of known fields) and each value's validator. Returns why a write is refused, or null.
 */
import { facilitationSchema, idSchema, metaSchema, recordSchemas } from './records.ts';
import { RECORD_ROOTS } from './roots.ts';

export type WrittenContent = { kind: 'map' } | { kind: 'value'; value: unknown } | { kind: 'other' };

const singleRoots = { meta: metaSchema.shape, facilitation: facilitationSchema.shape } as const;
const isRecordRoot = (root: string): root is (typeof RECORD_ROOTS)[number] => (RECORD_ROOTS as readonly string[]).includes(root);

/** `depth` 0: a direct entry of the root; 1: a field of a record; more: anything nested deeper. */
export function checkWrite(root: string, depth: number, key: string | null, content: WrittenContent): string | null {
  if (root in singleRoots) {
    const shape = singleRoots[root as keyof typeof singleRoots] as Record<string, { safeParse(v: unknown): { success: boolean } }>;
    if (depth !== 0 || key === null) return `${root} holds plain values only`;
    const field = shape[key];
    if (!field) return `${root} has no field ${key}`;
    if (content.kind !== 'value' || !field.safeParse(content.value).success) return `invalid ${root}.${key}`;
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
    if (content.kind !== 'value' || !field.safeParse(content.value).success) return `invalid ${root} field ${key}`;
    return null;
  }
  return `${root}: records hold plain values only`;
}
