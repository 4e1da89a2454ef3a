/**
 * The facilitator's tools on the `facilitation` root (timer, agenda, private mode, "bring everyone
 * to me") and locking. Timer and agenda arithmetic are in shared/facilitation/; these write their
 * patches. `now` is always the server's clock (the client's serverNow()).
 */
import type * as Y from 'yjs';
import type { AgendaStep, Facilitation } from '../schema/index.ts';
import { addMinute, pauseTimer, resetTimer, resumeTimer, startTimer } from '../facilitation/timer.ts';
import {
  agendaSteps, cleanStep, neighbourStep, stepDurationMs, withoutStep, withStep, withStepMoved,
} from '../facilitation/agenda.ts';
import { newId } from './ids.ts';
import { readFacilitation, updateFacilitation } from './meta.ts';
import { insertRecord, listRecords, patchRecord, type Origin } from './records.ts';

export type TimerAction = 'start' | 'pause' | 'resume' | 'reset' | 'addMinute';

export function runTimer(doc: Y.Doc, action: TimerAction, serverNow: number, origin?: Origin, durationMs?: number): Facilitation {
  const f = readFacilitation(doc);
  const patch = action === 'start' ? startTimer(durationMs ?? f.timerDurationMs, serverNow)
    : action === 'pause' ? pauseTimer(f, serverNow)
    : action === 'resume' ? resumeTimer(f, serverNow)
    : action === 'addMinute' ? addMinute(f, serverNow)
    : resetTimer();
  return updateFacilitation(doc, patch, origin);
}

/**
 * Agenda writes. Each stores the whole list of steps (old string entries become steps on the first
 * write) and keeps `agendaCurrent` apart, so advancing a step never overwrites an edit of the list.
 */
function writeAgenda(doc: Y.Doc, agenda: AgendaStep[], origin?: Origin, current?: string | null): Facilitation {
  return updateFacilitation(doc, current === undefined ? { agenda } : { agenda, agendaCurrent: current }, origin);
}

/** Add a step at the end; returns it, or null when the title is empty or the agenda is full. */
export function addAgendaStep(doc: Y.Doc, input: { title: string; minutes: number | null }, origin?: Origin): AgendaStep | null {
  const clean = cleanStep(input.title, input.minutes);
  const steps = agendaSteps(readFacilitation(doc).agenda);
  if (!clean) return null;
  const step = { id: newId(), ...clean };
  const agenda = withStep(steps, step);
  if (agenda.length === steps.length) return null;
  writeAgenda(doc, agenda, origin);
  return step;
}

/** Change a step's title or duration; an empty title keeps the old one. */
export function editAgendaStep(doc: Y.Doc, id: string, patch: { title?: string; minutes?: number | null }, origin?: Origin): boolean {
  const steps = agendaSteps(readFacilitation(doc).agenda);
  const step = steps.find((s) => s.id === id);
  if (!step) return false;
  const clean = cleanStep(patch.title ?? step.title, patch.minutes === undefined ? step.minutes : patch.minutes);
  if (!clean) return false;
  writeAgenda(doc, steps.map((s) => (s.id === id ? { ...s, ...clean } : s)), origin);
  return true;
}

export function moveAgendaStep(doc: Y.Doc, id: string, delta: -1 | 1, origin?: Origin): void {
  writeAgenda(doc, withStepMoved(agendaSteps(readFacilitation(doc).agenda), id, delta), origin);
}

/** Remove a step; if the group was on it, the next step (or the one before the last) becomes current. */
export function removeAgendaStep(doc: Y.Doc, id: string, origin?: Origin): void {
  const { agenda, agendaCurrent } = withoutStep(readFacilitation(doc), id);
  writeAgenda(doc, agenda, origin, agendaCurrent);
}

/** Make a step current (null: none), without touching the timer. */
export function setCurrentStep(doc: Y.Doc, id: string | null, origin?: Origin): void {
  const steps = agendaSteps(readFacilitation(doc).agenda);
  if (id !== null && !steps.some((s) => s.id === id)) return;
  updateFacilitation(doc, { agendaCurrent: id }, origin);
}

/** "Next" or "previous" step; returns the step now current (unchanged at either end). */
export function stepAgenda(doc: Y.Doc, direction: 1 | -1, origin?: Origin): string | null {
  const f = readFacilitation(doc);
  const id = neighbourStep(agendaSteps(f.agenda), f.agendaCurrent, direction);
  if (id !== null) updateFacilitation(doc, { agendaCurrent: id }, origin);
  return id ?? f.agendaCurrent;
}

/**
 * Start a step: make it current and start the shared timer with its duration, in one change (one
 * undo step). A step without a duration only becomes current.
 */
export function startAgendaStep(doc: Y.Doc, id: string, serverNow: number, origin?: Origin): boolean {
  const step = agendaSteps(readFacilitation(doc).agenda).find((s) => s.id === id);
  if (!step) return false;
  const ms = stepDurationMs(step);
  updateFacilitation(doc, { agendaCurrent: id, ...(ms === null ? {} : startTimer(ms, serverNow)) }, origin);
  return true;
}

export function setPrivateMode(doc: Y.Doc, on: boolean, origin?: Origin): void {
  updateFacilitation(doc, { privateMode: on }, origin);
}

/**
 * Private notes are drafts: they live in a document of their author's own (kept in the browser,
 * never sent anywhere) until private mode ends. Publishing moves them, with their ids, onto the
 * board as ordinary notes and empties the drafts. Adding before deleting means a crash in between
 * leaves a note on the board and a draft that publishes onto the same id again — never a loss.
 */
export function publishDrafts(board: Y.Doc, drafts: Y.Doc, origin?: Origin): number {
  const items = listRecords(drafts, 'canvas');
  if (items.length === 0) return 0;
  board.transact(() => {
    for (const item of items) insertRecord(board, 'canvas', { ...item, private: false });
  }, origin);
  drafts.transact(() => {
    const root = drafts.getMap('canvas');
    for (const item of items) root.delete(item.id);
  });
  return items.length;
}

/** Show every private note to everyone and end private mode, in one change. */
export function revealPrivateNotes(doc: Y.Doc, origin?: Origin): number {
  let n = 0;
  doc.transact(() => {
    for (const item of listRecords(doc, 'canvas')) if (item.private) { patchRecord(doc, 'canvas', item.id, { private: false }); n++; }
    updateFacilitation(doc, { privateMode: false });
  }, origin);
  return n;
}

export type Summon = NonNullable<Facilitation['summon']>;

/** "Bring everyone to me": `at` (server ms) makes each summon fire once in every browser. */
export function summonEveryone(doc: Y.Doc, summon: Summon, origin?: Origin): void {
  updateFacilitation(doc, { summon }, origin);
}

export type LockableRoot = 'canvas' | 'interventions' | 'stakeholders';

/** Lock or unlock items so they cannot be moved by accident (the facilitator's tool). */
export function setLocked(doc: Y.Doc, root: LockableRoot, ids: readonly string[] | 'all', locked: boolean, origin?: Origin): number {
  let n = 0;
  doc.transact(() => {
    const targets = ids === 'all' ? listRecords(doc, root).map((r) => r.id) : ids;
    for (const id of targets) if (patchRecord(doc, root, id, { locked })) n++;
  }, origin);
  return n;
}

/**
 * Lock or unlock every note, card and stakeholder on the board in one change (one undo step).
 * Returns how many changed (those already so are not counted), for the facilitator to be told.
 */
export function setAllLocked(doc: Y.Doc, locked: boolean, origin?: Origin): number {
  let n = 0;
  doc.transact(() => {
    for (const root of ['canvas', 'interventions', 'stakeholders'] as const) {
      n += setLocked(doc, root, listRecords(doc, root).filter((r) => r.locked !== locked).map((r) => r.id), locked);
    }
  }, origin);
  return n;
}
