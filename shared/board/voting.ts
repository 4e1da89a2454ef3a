/**
 * Dot-voting rounds. The facilitator starts a round (a record in `rounds`, which only the
 * facilitator may write) and it becomes `facilitation.activeRound`; everyone who may comment puts
 * dots (records in `votes`) until the round closes; counts stay hidden until it is revealed.
 * Rounds and their votes are kept, so results of past rounds can be listed.
 */
import type * as Y from 'yjs';
import type { Round, Vote } from '../schema/index.ts';
import { votesLeft, myVotesOn } from '../facilitation/votes.ts';
import { getRecord, insertRecord, listRecords, patchRecord, recordRoot, type Origin } from './records.ts';
import { readFacilitation } from './meta.ts';

export interface NewRound { title: string; targetRoot: Round['targetRoot']; votesPerPerson: number }

/** Start a round (closing the one running, if any) and make it the active one. */
export function startRound(doc: Y.Doc, round: NewRound, origin?: Origin, now = Date.now()): Round {
  let created!: Round;
  doc.transact(() => {
    const active = readFacilitation(doc).activeRound;
    if (active && getRecord(doc, 'rounds', active)?.status === 'open') patchRecord(doc, 'rounds', active, { status: 'closed', closedAt: now });
    created = insertRecord(doc, 'rounds', { ...round, title: round.title.trim(), status: 'open', revealed: false, createdAt: now, closedAt: null }, now);
    doc.getMap('facilitation').set('activeRound', created.id);
  }, origin);
  return created;
}

/** Close a round: no more dots. It stays the active round (so its results show) until another starts. */
export function closeRound(doc: Y.Doc, id: string, origin?: Origin, now = Date.now()): boolean {
  let ok = false;
  doc.transact(() => { ok = patchRecord(doc, 'rounds', id, { status: 'closed', closedAt: now }); }, origin);
  return ok;
}

/** Show the counts to everyone. */
export function revealRound(doc: Y.Doc, id: string, revealed = true, origin?: Origin): boolean {
  let ok = false;
  doc.transact(() => { ok = patchRecord(doc, 'rounds', id, { revealed }); }, origin);
  return ok;
}

/** Stop showing a round in the bar (it stays in the results list). */
export function dismissRound(doc: Y.Doc, origin?: Origin): void {
  doc.transact(() => doc.getMap('facilitation').set('activeRound', null), origin);
}

/** Delete a round with its votes. */
export function deleteRound(doc: Y.Doc, id: string, origin?: Origin): void {
  doc.transact(() => {
    const votes = recordRoot(doc, 'votes');
    for (const v of listRecords(doc, 'votes')) if (v.round === id) votes.delete(v.id);
    recordRoot(doc, 'rounds').delete(id);
    if (readFacilitation(doc).activeRound === id) doc.getMap('facilitation').set('activeRound', null);
  }, origin);
}

/** Put one dot on `target`; null when the round is not open or the voter has no dots left. */
export function castVote(doc: Y.Doc, roundId: string, voter: string, target: string, origin?: Origin, now = Date.now()): Vote | null {
  const round = getRecord(doc, 'rounds', roundId);
  if (!round || votesLeft(round, listRecords(doc, 'votes'), voter) <= 0) return null;
  let vote!: Vote;
  doc.transact(() => { vote = insertRecord(doc, 'votes', { round: roundId, voter, target, createdAt: now }, now); }, origin);
  return vote;
}

/** Take back one of this voter's dots on `target` while the round is open. */
export function withdrawVote(doc: Y.Doc, roundId: string, voter: string, target: string, origin?: Origin): boolean {
  const round = getRecord(doc, 'rounds', roundId);
  if (!round || round.status !== 'open') return false;
  const mine = myVotesOn(listRecords(doc, 'votes'), roundId, voter, target).sort((a, b) => b.createdAt - a.createdAt);
  if (mine.length === 0) return false;
  doc.transact(() => recordRoot(doc, 'votes').delete(mine[0]!.id), origin);
  return true;
}
