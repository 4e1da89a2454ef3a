import { describe, expect, it } from 'vitest';
import type { Round, Vote } from '../schema/index.ts';
import { countVotes, myVotesOn, rankResults, seenBy, shownCounts, tally, usedVotes, voterCount, votesLeft } from './votes.ts';

let n = 0;
const vote = (round: string, voter: string, target: string, createdAt = ++n): Vote => ({ id: `v${++n}`, round, voter, target, createdAt });
const round = (id: string, votesPerPerson = 3, status: Round['status'] = 'open'): Round => ({
  id, title: id, targetRoot: 'interventions', votesPerPerson, status, revealed: false, createdAt: 0, closedAt: null,
});

describe('dot voting', () => {
  it('counts dots per target, several dots from one person allowed', () => {
    const votes = [vote('r1', 'ana', 'a'), vote('r1', 'ana', 'a'), vote('r1', 'bor', 'b')];
    expect(Object.fromEntries(tally(votes, round('r1')))).toEqual({ a: 2, b: 1 });
    expect(myVotesOn(votes, 'r1', 'ana', 'a')).toHaveLength(2);
  });

  it('keeps rounds apart', () => {
    const votes = [vote('r1', 'ana', 'a'), vote('r2', 'ana', 'a'), vote('r2', 'ana', 'b'), vote('r2', 'bor', 'b')];
    expect(Object.fromEntries(tally(votes, round('r1')))).toEqual({ a: 1 });
    expect(Object.fromEntries(tally(votes, round('r2')))).toEqual({ a: 1, b: 2 });
    expect(usedVotes(votes, 'r1', 'ana')).toBe(1);
    expect(usedVotes(votes, 'r2', 'ana')).toBe(2);
    expect(voterCount(votes, 'r2')).toBe(2);
  });

  it('enforces the per-person limit: votes left, and extra dots are not counted', () => {
    const r = round('r1', 2);
    const votes = [vote('r1', 'ana', 'a', 1), vote('r1', 'ana', 'b', 2)];
    expect(votesLeft(r, votes, 'ana')).toBe(0);
    expect(votesLeft(r, votes, 'bor')).toBe(2);
    expect(votesLeft({ ...r, status: 'closed' }, [], 'bor')).toBe(0);
    // a third dot slipped in from a second tab: the earliest two count
    const over = [...votes, vote('r1', 'ana', 'c', 3)];
    expect(Object.fromEntries(tally(over, r))).toEqual({ a: 1, b: 1 });
  });

  it('ranks with shared ranks for ties, ordered by label, then id', () => {
    const votes = [
      vote('r', 'ana', 'x'), vote('r', 'bor', 'x'),
      vote('r', 'ana', 'y'), vote('r', 'cene', 'y'),
      vote('r', 'bor', 'z'),
    ];
    const labels: Record<string, string> = { x: 'Solar roofs', y: 'Bike lanes', z: 'Heat pumps', w: 'Zero' };
    const ranked = rankResults(votes, round('r'), ['x', 'y', 'z', 'w'], (id) => labels[id]!);
    expect(ranked).toEqual([
      { target: 'y', count: 2, rank: 1 },
      { target: 'x', count: 2, rank: 1 },
      { target: 'z', count: 1, rank: 3 },
      { target: 'w', count: 0, rank: 4 },
    ]);
  });

  it('drops votes for targets that are gone when candidates are given', () => {
    const votes = [vote('r', 'ana', 'gone'), vote('r', 'ana', 'kept')];
    expect(rankResults(votes, round('r'), ['kept'])).toEqual([{ target: 'kept', count: 1, rank: 1 }]);
    expect(rankResults(votes, round('r')).map((r) => r.target).sort()).toEqual(['gone', 'kept']);
  });

  it('ranks the same whatever order votes arrive in', () => {
    const votes = [vote('r', 'a', 'p'), vote('r', 'b', 'q'), vote('r', 'c', 'q'), vote('r', 'd', 'p'), vote('r', 'e', 's')];
    const one = rankResults(votes, round('r'));
    const two = rankResults([...votes].reverse(), round('r'));
    expect(two).toEqual(one);
  });
});

describe('counts people may see', () => {
  const hidden = round('hidden', 2);
  const shown = { ...round('shown', 1, 'closed'), revealed: true };
  const votes = [vote('hidden', 'p1', 'a'), vote('shown', 'p1', 'a'), vote('shown', 'p1', 'b'), vote('shown', 'p2', 'b')];

  it('sums the rounds given, each ballot counted up to its share', () => {
    expect(Object.fromEntries(countVotes(seenBy({ votes, rounds: [hidden, shown] }, 'facilitator')))).toEqual({ a: 2, b: 1 });
  });

  it('counts only a board that went through seenBy (a type error otherwise)', () => {
    // @ts-expect-error: rounds not filtered for a role would count the hidden one
    expect(() => countVotes({ votes, rounds: [hidden, shown] })).not.toThrow();
  });

  it('hides an unrevealed round from everyone but the facilitator, on cards and in exports', () => {
    expect(Object.fromEntries(shownCounts(votes, [hidden, shown], 'editor'))).toEqual({ a: 1, b: 1 });
    expect(Object.fromEntries(shownCounts(votes, [hidden, shown], 'facilitator'))).toEqual({ a: 2, b: 1 });
    const board = { title: 'x', rounds: [hidden, shown], votes };
    const viewer = seenBy(board, 'viewer');
    expect(viewer.rounds.map((r) => r.id)).toEqual(['shown']);
    expect(viewer.votes.every((v) => v.round === 'shown')).toBe(true);
    expect(viewer.title).toBe('x');
    expect(seenBy(board, 'facilitator').votes).toHaveLength(4);
  });
});
