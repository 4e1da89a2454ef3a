/**
 * The root types of a board document and the schema version. `meta` and `facilitation` are single
 * Y.Maps of plain values; every other root is a Y.Map of records keyed by id, each record a nested
 * Y.Map of plain values.
 *
 * Version history (see migrations.ts):
 *   1: the first schema; interventions had a single `lever`.
 *   2: interventions pull several `levers` (the first places the card); records may be `locked`.
 */
export const SCHEMA_VERSION = 3;

export const RECORD_ROOTS = ['interventions', 'stakeholders', 'relations', 'canvas', 'comments', 'votes', 'rounds'] as const;
export const SINGLE_ROOTS = ['meta', 'facilitation'] as const;
export const ROOT_NAMES = [...SINGLE_ROOTS, ...RECORD_ROOTS] as const;
export type RootName = (typeof ROOT_NAMES)[number];
