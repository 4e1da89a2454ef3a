/** The single-map roots: `meta` (board title, city, emissions-gap figures) and `facilitation`. */
import * as Y from 'yjs';
import {
  defaultFacilitation, defaultMeta, facilitationSchema, metaSchema, type Facilitation, type Meta,
} from '../schema/records.ts';
import { RecordError, type Origin } from './records.ts';

export function readMeta(doc: Y.Doc): Meta {
  return { ...defaultMeta(0), ...(doc.getMap('meta').toJSON() as Partial<Meta>) };
}

export function updateMeta(doc: Y.Doc, patch: Partial<Meta>, origin?: Origin): Meta {
  return patchSingle(doc, 'meta', metaSchema, readMeta(doc), patch, origin);
}

export function readFacilitation(doc: Y.Doc): Facilitation {
  return { ...defaultFacilitation(), ...(doc.getMap('facilitation').toJSON() as Partial<Facilitation>) };
}

export function updateFacilitation(doc: Y.Doc, patch: Partial<Facilitation>, origin?: Origin): Facilitation {
  return patchSingle(doc, 'facilitation', facilitationSchema, readFacilitation(doc), patch, origin);
}

function patchSingle<T extends object>(
  doc: Y.Doc, root: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  current: T, patch: Partial<T>, origin: Origin,
): T {
  const parsed = schema.safeParse({ ...current, ...patch });
  if (!parsed.success) throw new RecordError(root, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const map = doc.getMap(root);
  doc.transact(() => {
    for (const key of Object.keys(patch) as (keyof T & string)[]) {
      const value = parsed.data[key];
      if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value ?? null);
    }
  }, origin);
  return parsed.data;
}
