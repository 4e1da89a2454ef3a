/**
 * Dot voting: counting and ranking the votes of one round, and how many dots a person has left.
 * A vote is one dot (a record in `votes`); a person may put several dots on one target but no more
 * than the round's `votesPerPerson` in all. Rounds never mix: every function takes the round id.
 */
import type { Role, Round, Vote } from '../schema/index.ts';
import { canSeeCounts } from './permissions.ts';

export interface RankedTarget { target: string; count: number; rank: number }

export function votesInRound(votes: readonly Vote[], round: string): Vote[] {
  return votes.filter((v) => v.round === round);
}

export function usedVotes(votes: readonly Vote[], round: string, voter: string): number {
  let n = 0;
  for (const v of votes) if (v.round === round && v.voter === voter) n++;
  return n;
}

export function votesLeft(round: Round, votes: readonly Vote[], voter: string): number {
  if (round.status !== 'open') return 0;
  return Math.max(0, round.votesPerPerson - usedVotes(votes, round.id, voter));
}

/** this voter's dots on one target in one round */
export function myVotesOn(votes: readonly Vote[], round: string, voter: string, target: string): Vote[] {
  return votes.filter((v) => v.round === round && v.voter === voter && v.target === target);
}

/**
 * Counted as the server stores them, but a voter's dots beyond the round's limit (two browsers of
 * one person voting at once) are not counted: the earliest ones are.
 */
export function tally(votes: readonly Vote[], round: Pick<Round, 'id' | 'votesPerPerson'>): Map<string, number> {
  const byVoter = new Map<string, Vote[]>();
  for (const v of votes) {
    if (v.round !== round.id) continue;
    const list = byVoter.get(v.voter) ?? [];
    list.push(v);
    byVoter.set(v.voter, list);
  }
  const counts = new Map<string, number>();
  for (const list of byVoter.values()) {
    list.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    for (const v of list.slice(0, round.votesPerPerson)) counts.set(v.target, (counts.get(v.target) ?? 0) + 1);
  }
  return counts;
}

/** What vote counting reads from a board (a snapshot, or just its votes and rounds). */
export interface VotingData { readonly rounds: readonly Round[]; readonly votes: readonly Vote[] }

declare const seen: unique symbol;
/**
 * A board as a person in one role may count it: only `seenBy` makes one, and every function that
 * counts votes over several rounds (the exports, the cards' counts) takes one, so a round not yet
 * revealed cannot reach a file or a card by a caller forgetting to filter.
 */
export type Seen<B extends VotingData> = B & { readonly [seen]: true };

/**
 * The rounds and dots a person in `role` may count: a round not yet revealed only for the
 * facilitator, as the app shows them. This is the one filter; everything that counts goes through it.
 */
export function seenBy<B extends VotingData>(board: B, role: Role): Seen<B> {
  const rounds = board.rounds.filter((r) => canSeeCounts(role, r));
  const ids = new Set(rounds.map((r) => r.id));
  return { ...board, rounds, votes: board.votes.filter((v) => ids.has(v.round)) } as unknown as Seen<B>;
}

/** Dots per target over the rounds `board` shows, each round counted as `tally` counts it. */
export function countVotes(board: Seen<VotingData>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const round of board.rounds) for (const [target, n] of tally(board.votes, round)) counts.set(target, (counts.get(target) ?? 0) + n);
  return counts;
}

/** Dots per target as a person in `role` sees them on cards and in tables. */
export function shownCounts(votes: readonly Vote[], rounds: readonly Round[], role: Role): Map<string, number> {
  return countVotes(seenBy({ votes, rounds }, role));
}

/**
 * Targets by votes, most first. Ties share a rank (1, 1, 3: "standard competition" ranking) and
 * are ordered by `label`, then id, so every browser lists them the same way. `candidates` adds
 * targets without votes (count 0) and drops votes for targets that no longer exist.
 */
export function rankResults(
  votes: readonly Vote[], round: Pick<Round, 'id' | 'votesPerPerson'>,
  candidates?: readonly string[], label: (id: string) => string = (id) => id,
): RankedTarget[] {
  const counts = tally(votes, round);
  const ids = candidates ? [...new Set(candidates)] : [...counts.keys()];
  const rows = ids.map((target) => ({ target, count: counts.get(target) ?? 0, rank: 0 }));
  rows.sort((a, b) => b.count - a.count || label(a.target).localeCompare(label(b.target)) || a.target.localeCompare(b.target));
  rows.forEach((row, i) => { row.rank = i > 0 && rows[i - 1]!.count === row.count ? rows[i - 1]!.rank : i + 1; });
  return rows;
}

/** how many people voted in a round */
export function voterCount(votes: readonly Vote[], round: string): number {
  return new Set(votes.filter((v) => v.round === round).map((v) => v.voter)).size;
}
