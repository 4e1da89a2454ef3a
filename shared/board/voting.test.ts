import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addThread, addReply, castVote, closeRound, deleteRound, getRecord, listRecords, readFacilitation, revealRound, runTimer,
  setThreadResolved, startRound, withdrawVote, revealPrivateNotes, addCanvasItem, setLocked,
  setAllLocked, addIntervention, addStakeholder,
} from './index.ts';
import { rankResults } from '../facilitation/votes.ts';

describe('voting rounds', () => {
  it('limits dots per person, keeps rounds apart, closes the previous round', () => {
    const doc = new Y.Doc();
    const r1 = startRound(doc, { title: 'Top ideas', targetRoot: 'interventions', votesPerPerson: 2 }, undefined, 1);
    expect(readFacilitation(doc).activeRound).toBe(r1.id);
    expect(castVote(doc, r1.id, 'ana', 'a')).not.toBeNull();
    expect(castVote(doc, r1.id, 'ana', 'a')).not.toBeNull();
    expect(castVote(doc, r1.id, 'ana', 'b')).toBeNull();
    expect(withdrawVote(doc, r1.id, 'ana', 'a')).toBe(true);
    expect(castVote(doc, r1.id, 'ana', 'b')).not.toBeNull();
    const r2 = startRound(doc, { title: 'Second', targetRoot: 'stakeholders', votesPerPerson: 1 }, undefined, 2);
    expect(getRecord(doc, 'rounds', r1.id)).toMatchObject({ status: 'closed', closedAt: 2 });
    expect(castVote(doc, r1.id, 'bor', 'a')).toBeNull();
    expect(castVote(doc, r2.id, 'ana', 'x')).not.toBeNull();
    const votes = listRecords(doc, 'votes');
    expect(rankResults(votes, getRecord(doc, 'rounds', r1.id)!).map((r) => [r.target, r.count])).toEqual([['a', 1], ['b', 1]]);
    revealRound(doc, r1.id);
    expect(getRecord(doc, 'rounds', r1.id)!.revealed).toBe(true);
    closeRound(doc, r2.id);
    expect(castVote(doc, r2.id, 'bor', 'x')).toBeNull();
    deleteRound(doc, r2.id);
    expect(listRecords(doc, 'votes').every((v) => v.round === r1.id)).toBe(true);
    expect(readFacilitation(doc).activeRound).toBeNull();
  });
});

describe('comments', () => {
  it('threads replies to the first comment and resolves the thread', () => {
    const doc = new Y.Doc();
    const t = addThread(doc, { target: 'card1', text: ' Is the cost per year? ', author: 'Mentor', authorId: 'm' });
    const r1 = addReply(doc, t.id, { text: 'Total', author: 'Ana', authorId: 'a' })!;
    const r2 = addReply(doc, r1.id, { text: '@Mentor thanks', author: 'Mentor', authorId: 'm', mentions: ['Mentor'] })!;
    expect(t.text).toBe('Is the cost per year?');
    expect(r2).toMatchObject({ parent: t.id, target: 'card1', mentions: ['Mentor'] });
    setThreadResolved(doc, t.id, true);
    expect(getRecord(doc, 'comments', t.id)!.resolved).toBe(true);
  });
});

describe('facilitation tools', () => {
  it('runs the timer on the server clock', () => {
    const doc = new Y.Doc();
    runTimer(doc, 'start', 1000, undefined, 60_000);
    expect(readFacilitation(doc)).toMatchObject({ timerEndsAt: 61_000, timerRemainingMs: null });
    runTimer(doc, 'pause', 31_000);
    expect(readFacilitation(doc)).toMatchObject({ timerEndsAt: null, timerRemainingMs: 30_000 });
  });

  it('reveals private notes and ends private mode; locks everything', () => {
    const doc = new Y.Doc();
    const a = addCanvasItem(doc, { private: true, author: 'p' });
    doc.getMap('facilitation').set('privateMode', true);
    expect(revealPrivateNotes(doc)).toBe(1);
    expect(getRecord(doc, 'canvas', a.id)!.private).toBe(false);
    expect(readFacilitation(doc).privateMode).toBe(false);
    expect(setLocked(doc, 'canvas', 'all', true)).toBe(1);
    expect(getRecord(doc, 'canvas', a.id)!.locked).toBe(true);
  });

  it('locking everything counts only what changed, for the facilitator to be told', () => {
    const doc = new Y.Doc();
    const note = addCanvasItem(doc, { author: 'p' });
    addCanvasItem(doc, { author: 'p' });
    addIntervention(doc, { title: 'Bike lanes' });
    addStakeholder(doc, { name: 'School board' });
    setLocked(doc, 'canvas', [note.id], true);
    expect(setAllLocked(doc, true)).toBe(3);
    expect(setAllLocked(doc, true)).toBe(0);
    expect(listRecords(doc, 'interventions').every((r) => r.locked)).toBe(true);
    expect(setAllLocked(doc, false)).toBe(4);
  });
});
