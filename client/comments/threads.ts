/**
 * Comment threads as the panel shows them: grouped from the flat `comments` root (a thread is a
 * comment without parent, with its replies), counts of open comments per target, @mentions found
 * in a text, and unread markers from a last-seen time per thread.
 */
import type { Comment } from '../../shared/schema/index.ts';

export interface Thread { root: Comment; replies: Comment[]; lastAt: number }

export function buildThreads(comments: readonly Comment[]): Thread[] {
  const byId = new Map<string, Thread>();
  for (const c of comments) if (c.parent === null) byId.set(c.id, { root: c, replies: [], lastAt: c.createdAt });
  for (const c of comments) {
    if (c.parent === null) continue;
    const thread = byId.get(c.parent);
    if (!thread) continue; // a reply whose thread was deleted
    thread.replies.push(c);
    thread.lastAt = Math.max(thread.lastAt, c.createdAt);
  }
  for (const t of byId.values()) t.replies.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return [...byId.values()].sort((a, b) => b.lastAt - a.lastAt || a.root.id.localeCompare(b.root.id));
}

/** comments (first ones and replies) in open threads on `target` */
export function openCount(threads: readonly Thread[], target: string | null): number {
  let n = 0;
  for (const t of threads) if (!t.root.resolved && t.root.target === target) n += 1 + t.replies.length;
  return n;
}

/**
 * The known names mentioned as "@Name" in a text, longest names first so "@Ana Novak" is not
 * read as "@Ana". Matching ignores case; a name must end at a word boundary.
 */
export function findMentions(text: string, names: readonly string[]): string[] {
  const found: string[] = [];
  const lower = text.toLowerCase();
  const sorted = [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
  let taken = lower;
  for (const name of sorted) {
    const needle = `@${name.toLowerCase()}`;
    let at = taken.indexOf(needle);
    while (at !== -1) {
      const after = taken[at + needle.length];
      if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) {
        if (!found.includes(name)) found.push(name);
        taken = taken.slice(0, at) + ' '.repeat(needle.length) + taken.slice(at + needle.length);
      }
      at = taken.indexOf(needle, at + 1);
    }
  }
  return found.slice(0, 20);
}

/** the "@word" being typed at the caret, for suggestions */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const m = /(^|\s)@([\p{L}\p{N}._-]*(?: [\p{L}\p{N}._-]*)?)$/u.exec(before);
  if (!m) return null;
  return { start: caret - m[2]!.length - 1, query: m[2]! };
}

/** a thread is unread when someone else wrote in it after this person last saw it */
export function isUnread(thread: Thread, seenAt: number | undefined, selfId: string): boolean {
  const seen = seenAt ?? 0;
  return [thread.root, ...thread.replies].some((c) => c.createdAt > seen && c.authorId !== selfId);
}
