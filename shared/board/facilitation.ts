/**
 * The facilitator's tools on the `facilitation` root (timer, private mode, "bring everyone to me")
 * and locking. Timer arithmetic is in shared/facilitation/timer.ts; these write its patches.
 * `now` is always the server's clock (the client's serverNow()).
 */
import type * as Y from 'yjs';
import type { Facilitation } from '../schema/index.ts';
import { addMinute, pauseTimer, resetTimer, resumeTimer, startTimer } from '../facilitation/timer.ts';
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

/** Lock or unlock every note, card and stakeholder on the board in one change (one undo step). */
export function setAllLocked(doc: Y.Doc, locked: boolean, origin?: Origin): number {
  let n = 0;
  doc.transact(() => {
    for (const root of ['canvas', 'interventions', 'stakeholders'] as const) n += setLocked(doc, root, 'all', locked);
  }, origin);
  return n;
}
