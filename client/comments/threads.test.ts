import { describe, expect, it } from 'vitest';
import type { Comment } from '../../shared/schema/index.ts';
import { buildThreads, findMentions, isUnread, mentionQuery, openCount } from './threads.ts';

const c = (id: string, parent: string | null, createdAt: number, extra: Partial<Comment> = {}): Comment => ({
  id, target: 't1', parent, author: 'A', authorId: 'a', text: id, mentions: [], createdAt, resolved: false, ...extra,
});

describe('comment threads', () => {
  it('groups replies under their thread, newest activity first', () => {
    const threads = buildThreads([c('one', null, 1), c('two', null, 2), c('r1', 'one', 5), c('orphan', 'gone', 9)]);
    expect(threads.map((t) => t.root.id)).toEqual(['one', 'two']);
    expect(threads[0]!.replies.map((r) => r.id)).toEqual(['r1']);
    expect(threads[0]!.lastAt).toBe(5);
  });

  it('counts comments in open threads per target', () => {
    const threads = buildThreads([c('a', null, 1), c('b', 'a', 2), c('x', null, 3, { resolved: true }), c('board', null, 4, { target: null })]);
    expect(openCount(threads, 't1')).toBe(2);
    expect(openCount(threads, null)).toBe(1);
    expect(openCount(threads, 'nothing')).toBe(0);
  });

  it('finds mentions of known names, longest first, at word ends', () => {
    const names = ['Ana', 'Ana Novak', 'Bor'];
    expect(findMentions('thanks @Ana Novak and @bor!', names)).toEqual(['Ana Novak', 'Bor']);
    expect(findMentions('@Ana, see this', names)).toEqual(['Ana']);
    expect(findMentions('@Borut is someone else; mail ana@x.si', names)).toEqual([]);
  });

  it('reads the @word being typed', () => {
    expect(mentionQuery('hi @An', 6)).toEqual({ start: 3, query: 'An' });
    expect(mentionQuery('hi @', 4)).toEqual({ start: 3, query: '' });
    expect(mentionQuery('mail a@b', 8)).toBeNull();
  });

  it('marks threads with others\' newer comments as unread', () => {
    const [t] = buildThreads([c('a', null, 1, { authorId: 'me' }), c('b', 'a', 5, { authorId: 'you' })]);
    expect(isUnread(t!, undefined, 'me')).toBe(true);
    expect(isUnread(t!, 5, 'me')).toBe(false);
    expect(isUnread(t!, 4, 'you')).toBe(false);
  });
});
