/**
 * Comment threads for coaching: a thread is a comment with `parent` null on a `target` (any record
 * id, or null for the board itself); replies point at it with `parent`. Resolving is a flag on the
 * thread's first comment. Commenters (remote mentors) write only here and in `votes`.
 */
import type * as Y from 'yjs';
import type { Comment } from '../schema/index.ts';
import { addRecord, getRecord, listRecords, recordRoot, updateRecord, type Origin } from './records.ts';

export interface NewComment { target: string | null; text: string; author: string; authorId: string; mentions?: string[] }

export function addThread(doc: Y.Doc, c: NewComment, origin?: Origin): Comment {
  return addRecord(doc, 'comments', { ...c, text: c.text.trim(), parent: null, mentions: c.mentions ?? [] }, origin);
}

/** A reply goes to the thread's first comment (a reply to a reply joins the same thread). */
export function addReply(doc: Y.Doc, parentId: string, c: Omit<NewComment, 'target'>, origin?: Origin): Comment | null {
  const parent = getRecord(doc, 'comments', parentId);
  if (!parent) return null;
  const thread = parent.parent ?? parent.id;
  return addRecord(doc, 'comments', { ...c, text: c.text.trim(), target: parent.target, parent: thread, mentions: c.mentions ?? [] }, origin);
}

export function setThreadResolved(doc: Y.Doc, threadId: string, resolved: boolean, origin?: Origin): boolean {
  return updateRecord(doc, 'comments', threadId, { resolved }, origin);
}

export function editComment(doc: Y.Doc, id: string, text: string, mentions: string[], origin?: Origin): boolean {
  return updateRecord(doc, 'comments', id, { text: text.trim(), mentions }, origin);
}

/** Delete a comment; deleting a thread's first comment deletes its replies too. */
export function deleteComment(doc: Y.Doc, id: string, origin?: Origin): boolean {
  const root = recordRoot(doc, 'comments');
  if (!root.has(id)) return false;
  doc.transact(() => {
    for (const c of listRecords(doc, 'comments')) if (c.parent === id) root.delete(c.id);
    root.delete(id);
  }, origin);
  return true;
}
