/**
 * The root types of a board document and the schema version. `meta` and `facilitation` are single
 * Y.Maps of plain values; every other root is a Y.Map of records keyed by id, each record a nested
 * Y.Map of plain values.
 *
 * Version history (see migrations.ts):
 *   1: the first schema; interventions had a single `lever`.
 *   2: interventions pull several `levers` (the first places the card); records may be `locked`.
 *   3: interventions gain sinksTco2e, energyRemoved and indicators (B-2.2).
 *   4: agenda steps carry an id and a duration, and `facilitation.agendaCurrent` names the current one.
 */
export const SCHEMA_VERSION = 4;

export const RECORD_ROOTS = ['interventions', 'stakeholders', 'relations', 'canvas', 'comments', 'votes', 'rounds'] as const;
export const SINGLE_ROOTS = ['meta', 'facilitation'] as const;
export const ROOT_NAMES = [...SINGLE_ROOTS, ...RECORD_ROOTS] as const;
export type RootName = (typeof ROOT_NAMES)[number];
