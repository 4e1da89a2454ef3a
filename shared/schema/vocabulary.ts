/**
 * The users' vocabulary as ids: fields of action, systemic levers, statuses, helix sectors,
 * attitudes, IAP2 engagement levels, relation types and roles. Ids are stable (they are stored in
 * boards and written to files); the words they stand for, in each language, are in terms.ts.
 */

export const DEFAULT_FIELDS = ['energy', 'mobility', 'buildings', 'waste', 'nature'] as const;
export type DefaultField = (typeof DEFAULT_FIELDS)[number];

export const LEVERS = ['technology', 'governance', 'social', 'democracy', 'finance', 'learning'] as const;
export type Lever = (typeof LEVERS)[number];

export const STATUSES = ['idea', 'planned', 'ongoing', 'done', 'dropped'] as const;
export type Status = (typeof STATUSES)[number];

export const SECTORS = ['public', 'business', 'academia', 'civil', 'environment'] as const;
export type Sector = (typeof SECTORS)[number];

export const ATTITUDES = ['supporter', 'neutral', 'opponent', 'unknown'] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const ENGAGEMENTS = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export type Engagement = (typeof ENGAGEMENTS)[number];

export const RELATION_TYPES = ['collaborates', 'influences', 'funds', 'conflicts', 'other'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const CANVAS_KINDS = ['note', 'text', 'frame', 'connector', 'rect', 'ellipse'] as const;
export type CanvasKind = (typeof CANVAS_KINDS)[number];

export const ROLES = ['facilitator', 'editor', 'commenter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const TEMPLATES = ['blank', 'barriers', 'transition-map'] as const;
export type Template = (typeof TEMPLATES)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
