/**
 * Record types of the board document. Every record is stored as a nested Y.Map of plain values
 * (strings, numbers, booleans, null, arrays of strings) under its root, keyed by `id`, so that
 * concurrent edits of different fields merge. Each record type has a zod schema (the validator),
 * a TypeScript type inferred from it, and defaults for a new record.
 */
import { z } from 'zod';
import {
  ATTITUDES, CANVAS_KINDS, ENGAGEMENTS, LEVERS, RELATION_TYPES, SECTORS, STATUSES,
} from './vocabulary.ts';
import { SCHEMA_VERSION } from './roots.ts';

const text = (max: number) => z.string().max(max);
const year = z.number().int().min(2000).max(2100).nullable();
/** the largest figure a board holds (tonnes, euros, MWh): well above any city's, far below float noise */
export const MAX_FIGURE = 1e12;
const nonNegative = z.number().finite().min(0).max(MAX_FIGURE).nullable();
const stringList = (maxItems: number, maxLen = 200) => z.array(z.string().max(maxLen)).max(maxItems);
export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'id: letters, digits, _ and - only');

export const interventionSchema = z.object({
  id: idSchema,
  code: text(40),
  title: text(300),
  module: text(20),
  description: text(20000),
  field: text(80),
  levers: z.array(z.enum(LEVERS)).max(LEVERS.length),
  type: text(300),
  status: z.enum(STATUSES),
  outcome: text(2000),
  responsible: text(1000),
  scale: text(1000),
  stakeholders: stringList(200, 300),
  startYear: year,
  endYear: year,
  reductionTco2e: nonNegative,
  costEur: nonNegative,
  renewableMwh: nonNegative,
  /** B-2.2 "emissions compensated by sinks": sequestration, counted in A-2.1's portfolio total */
  sinksTco2e: nonNegative,
  /** B-2.2 "energy or fuel removed" (substituted), as the plan words it: "Natural gas: 49,000 MWh/yr" */
  energyRemoved: text(1000),
  /** B-2.2 "indicators for monitoring" */
  indicators: text(2000),
  cobenefits: stringList(50, 80),
  dependsOn: stringList(100, 64),
  notes: text(20000),
  /** B-1.1 impact pathway: early changes (1–2 years) and late outcomes (3–4 years). */
  earlyChanges: text(4000),
  lateOutcomes: text(4000),
  locked: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Intervention = z.infer<typeof interventionSchema>;

export const stakeholderSchema = z.object({
  id: idSchema,
  name: text(300),
  organisation: text(300),
  type: text(120),
  sector: z.union([z.enum(SECTORS), z.literal('')]),
  system: text(300),
  power: z.number().min(0).max(100),
  interest: z.number().min(0).max(100),
  attitude: z.enum(ATTITUDES),
  engagement: z.enum(ENGAGEMENTS),
  notes: text(20000),
  x: z.number().finite(),
  y: z.number().finite(),
  locked: z.boolean(),
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;

export const relationSchema = z.object({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  type: z.enum(RELATION_TYPES),
  label: text(200),
  strength: z.number().int().min(1).max(3),
  directed: z.boolean(),
});
export type Relation = z.infer<typeof relationSchema>;

export const canvasItemSchema = z.object({
  id: idSchema,
  kind: z.enum(CANVAS_KINDS),
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().min(0),
  h: z.number().finite().min(0),
  text: text(5000),
  color: text(32),
  /** connectors: the ids of the items they join */
  from: z.string().max(64).nullable(),
  to: z.string().max(64).nullable(),
  z: z.number().finite(),
  locked: z.boolean(),
  /** private mode: a note is shown only to its author until the facilitator reveals it */
  private: z.boolean(),
  author: text(64),
  createdAt: z.number(),
});
export type CanvasItem = z.infer<typeof canvasItemSchema>;

export const commentSchema = z.object({
  id: idSchema,
  target: z.string().max(64).nullable(),
  parent: z.string().max(64).nullable(),
  author: text(80),
  authorId: text(64),
  text: text(5000),
  mentions: stringList(20, 80),
  createdAt: z.number(),
  resolved: z.boolean(),
});
export type Comment = z.infer<typeof commentSchema>;

/**
 * One dot vote: `round` is a voting-round id, `voter` an anonymous ballot id (a hash of a secret
 * only the voter's browser holds and the round: shared/facilitation/ballot.ts), `target` the
 * voted record (intervention, stakeholder or canvas note). A person may put several dots on one
 * target; each dot is its own record so concurrent votes never conflict.
 */
export const voteSchema = z.object({
  id: idSchema,
  round: idSchema,
  voter: text(64),
  target: idSchema,
  createdAt: z.number(),
});
export type Vote = z.infer<typeof voteSchema>;

/** A dot-voting round, run by the facilitator; its votes are in the `votes` root. */
export const roundSchema = z.object({
  id: idSchema,
  title: text(200),
  /** what can be voted on: interventions, stakeholders or canvas notes */
  targetRoot: z.enum(['interventions', 'stakeholders', 'canvas']),
  votesPerPerson: z.number().int().min(1).max(20),
  status: z.enum(['open', 'closed']),
  revealed: z.boolean(),
  createdAt: z.number(),
  closedAt: z.number().nullable(),
});
export type Round = z.infer<typeof roundSchema>;

/** the longest agenda and the longest step a facilitator can plan (a step's timer: MAX_TIMER_MS) */
export const MAX_AGENDA_STEPS = 30;
export const MAX_STEP_MINUTES = 240;

/** One step of the workshop agenda: what the group does, and for how long (minutes, if planned). */
export const agendaStepSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(200),
  minutes: z.number().int().min(1).max(MAX_STEP_MINUTES).nullable(),
}).strict();
export type AgendaStep = z.infer<typeof agendaStepSchema>;
/**
 * An entry of `facilitation.agenda` as stored: a step, or — on boards of schema version 3 and
 * before — a plain string, the step's title. Old entries still read (shared/facilitation/agenda.ts
 * `agendaSteps` gives each one an id from its place); every write stores steps.
 */
export const agendaEntrySchema = z.union([agendaStepSchema, z.string().max(200)]);
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;

/** The id an old string entry is read with: from its place in the list (1-based). */
export function legacyStepId(index: number): string {
  return `step-${index + 1}`;
}

/**
 * The stored agenda: steps whose ids, as they are read (an old string entry by its place), are all
 * different; every browser lists the steps keyed by id, so one repeated id would break the list
 * for everyone.
 */
export const agendaSchema = z.array(agendaEntrySchema).max(MAX_AGENDA_STEPS).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const id = typeof entry === 'string' ? (entry.trim() ? legacyStepId(i) : null) : entry.id;
    if (id === null) return;
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate step id ${id}` });
    seen.add(id);
  });
});

/**
 * The `facilitation` root (a single Y.Map). Times are the server's clock in ms: clients learn
 * their offset from the server so that a timer reads the same in every browser.
 */
export const facilitationSchema = z.object({
  /** timer: running when timerEndsAt is set; paused when timerRemainingMs is set */
  timerEndsAt: z.number().nullable(),
  timerRemainingMs: z.number().nullable(),
  timerDurationMs: z.number().min(0),
  activeRound: z.string().max(64).nullable(),
  privateMode: z.boolean(),
  /** "bring everyone to me": the facilitator's view, with a nonce so repeated summons fire */
  summon: z.object({
    view: z.string().max(40), x: z.number(), y: z.number(), zoom: z.number(), by: z.string().max(80), at: z.number(),
    /** the tab and how far it is scrolled (fractions), for views that scroll rather than pan */
    subview: z.string().max(40).optional(), scroll: z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).optional(),
    /** the size of the pane the facilitator saw it in (CSS px), so smaller screens show all of it */
    w: z.number().positive().max(100_000).optional(), h: z.number().positive().max(100_000).optional(),
  }).nullable(),
  /** the workshop's steps, in order */
  agenda: agendaSchema,
  /** the id of the step the group is on; null before the first or when none is set */
  agendaCurrent: idSchema.nullable(),
});
export type Facilitation = z.infer<typeof facilitationSchema>;

export function defaultFacilitation(): Facilitation {
  return { timerEndsAt: null, timerRemainingMs: null, timerDurationMs: 5 * 60_000, activeRound: null, privateMode: false, summon: null, agenda: [], agendaCurrent: null };
}

export const metaSchema = z.object({
  schemaVersion: z.number().int().min(1),
  title: text(200),
  city: text(120),
  template: text(40),
  createdAt: z.number(),
  baselineYear: z.number().int().min(1990).max(2100).nullable(),
  baselineTco2e: nonNegative,
  targetYear: z.number().int().min(2000).max(2100),
  targetReductionPct: z.number().min(0).max(100),
  otherPlansTco2e: nonNegative,
  fields: stringList(30, 80),
});
export type Meta = z.infer<typeof metaSchema>;

export type RecordRoots = {
  interventions: Intervention;
  stakeholders: Stakeholder;
  relations: Relation;
  canvas: CanvasItem;
  comments: Comment;
  votes: Vote;
  rounds: Round;
};
export type RecordRoot = keyof RecordRoots;

export const recordSchemas = {
  interventions: interventionSchema,
  stakeholders: stakeholderSchema,
  relations: relationSchema,
  canvas: canvasItemSchema,
  comments: commentSchema,
  votes: voteSchema,
  rounds: roundSchema,
} as const;

/** Defaults for a new record: what a card, marker or note starts with. */
export const defaults: { [R in RecordRoot]: (now: number) => Omit<RecordRoots[R], 'id'> } = {
  interventions: (now) => ({
    code: '', title: '', module: 'B-2.2', description: '', field: '', levers: [], type: '',
    status: 'idea', outcome: '', responsible: '', scale: '', stakeholders: [], startYear: null,
    endYear: null, reductionTco2e: null, costEur: null, renewableMwh: null, sinksTco2e: null, energyRemoved: '', indicators: '', cobenefits: [],
    dependsOn: [], notes: '', earlyChanges: '', lateOutcomes: '', locked: false, createdAt: now, updatedAt: now,
  }),
  stakeholders: () => ({
    name: '', organisation: '', type: '', sector: '', system: '', power: 50, interest: 50,
    attitude: 'unknown', engagement: 'inform', notes: '', x: 0, y: 0, locked: false,
  }),
  relations: () => ({ from: '', to: '', type: 'collaborates', label: '', strength: 2, directed: false }),
  canvas: (now) => ({
    kind: 'note', x: 0, y: 0, w: 160, h: 120, text: '', color: 'yellow', from: null, to: null, z: now,
    locked: false, private: false, author: '', createdAt: now,
  }),
  comments: (now) => ({
    target: null, parent: null, author: '', authorId: '', text: '', mentions: [], createdAt: now, resolved: false,
  }),
  votes: (now) => ({ round: 'r', voter: '', target: 'x', createdAt: now }),
  rounds: (now) => ({ title: '', targetRoot: 'interventions', votesPerPerson: 3, status: 'open', revealed: false, createdAt: now, closedAt: null }),
};

export function defaultMeta(now: number): Meta {
  return {
    schemaVersion: SCHEMA_VERSION, title: '', city: '', template: 'blank', createdAt: now, baselineYear: null,
    baselineTco2e: null, targetYear: 2030, targetReductionPct: 80, otherPlansTco2e: null, fields: [],
  };
}
