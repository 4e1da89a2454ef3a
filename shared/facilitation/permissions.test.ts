import { describe, expect, it } from 'vitest';
import { canWriteRoot } from '../schema/index.ts';
import { canDeleteComment, canEditComment, canMove, canResolve, canRunFacilitation, canSee, canSeeCounts, canToggleLock, canVote, canWriteComment } from './permissions.ts';

describe('workshop permissions', () => {
  it('locked items do not move, and only editors move anything', () => {
    expect(canMove('editor', { locked: false })).toBe(true);
    expect(canMove('facilitator', { locked: true })).toBe(false);
    expect(canMove('commenter', { locked: false })).toBe(false);
    expect(canMove('viewer', { locked: false })).toBe(false);
    expect(canToggleLock('facilitator')).toBe(true);
    expect(canToggleLock('editor')).toBe(false);
  });

  it('private notes show only to their author', () => {
    expect(canSee({ private: true, author: 'p1' }, 'p1')).toBe(true);
    expect(canSee({ private: true, author: 'p1' }, 'p2')).toBe(false);
    expect(canSee({ private: false, author: 'p1' }, 'p2')).toBe(true);
  });

  it('commenters vote and comment but run nothing; viewers do neither', () => {
    expect(canVote('commenter', { status: 'open' })).toBe(true);
    expect(canVote('commenter', { status: 'closed' })).toBe(false);
    expect(canVote('viewer', { status: 'open' })).toBe(false);
    expect(canVote('editor', null)).toBe(false);
    expect(canWriteComment('commenter')).toBe(true);
    expect(canWriteComment('viewer')).toBe(false);
    expect(canResolve('commenter')).toBe(true);
    expect(canRunFacilitation('commenter')).toBe(false);
    expect(canRunFacilitation('editor')).toBe(false);
    expect(canRunFacilitation('facilitator')).toBe(true);
  });

  it('agrees with what the server lets each role write', () => {
    // the UI offers voting and comments to exactly the roles the server accepts them from
    for (const role of ['facilitator', 'editor', 'commenter', 'viewer'] as const) {
      expect(canVote(role, { status: 'open' })).toBe(canWriteRoot(role, 'votes'));
      expect(canWriteComment(role)).toBe(canWriteRoot(role, 'comments'));
      expect(canRunFacilitation(role)).toBe(canWriteRoot(role, 'rounds'));
      expect(canMove(role, { locked: false })).toBe(canWriteRoot(role, 'canvas'));
    }
  });

  it('counts stay hidden until revealed, except to the facilitator', () => {
    expect(canSeeCounts('editor', { revealed: false })).toBe(false);
    expect(canSeeCounts('facilitator', { revealed: false })).toBe(true);
    expect(canSeeCounts('viewer', { revealed: true })).toBe(true);
  });

  it('only the author edits a comment', () => {
    expect(canEditComment('commenter', { authorId: 'p1' }, 'p1')).toBe(true);
    expect(canEditComment('facilitator', { authorId: 'p1' }, 'p2')).toBe(false);
    expect(canEditComment('viewer', { authorId: 'p1' }, 'p1')).toBe(false);
    expect(canEditComment('editor', { authorId: '' }, '')).toBe(false);
    // a thread's first comment goes only while no one else has replied: its replies would go with it
    const root = { authorId: 'p1', parent: null };
    expect(canDeleteComment('commenter', root, 'p1', [])).toBe(true);
    expect(canDeleteComment('commenter', root, 'p1', [{ authorId: 'p1' }])).toBe(true);
    expect(canDeleteComment('commenter', root, 'p1', [{ authorId: 'p2' }])).toBe(false);
    expect(canDeleteComment('commenter', { authorId: 'p1', parent: 'c1' }, 'p1', [])).toBe(true);
    expect(canDeleteComment('commenter', { authorId: 'p2', parent: 'c1' }, 'p1', [])).toBe(false);
  });
});
