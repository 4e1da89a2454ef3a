/**
 * What a person may do in the workshop tools, from their role (shared/schema/roles.ts, which the
 * server enforces per root) and the state of the thing: locked items do not move, private notes
 * show only to their author, vote counts stay hidden until revealed. The UI asks these so it never
 * offers what the server would refuse.
 */
import { canComment, canEdit, canFacilitate, type CanvasItem, type Comment, type Role, type Round } from '../schema/index.ts';

/** moving, resizing or deleting a canvas item, card or stakeholder */
export function canMove(role: Role, item: { locked: boolean }): boolean {
  return canEdit(role) && !item.locked;
}

export function canToggleLock(role: Role): boolean {
  return canFacilitate(role);
}

/** private-mode notes are for their author's eyes until the facilitator reveals them */
export function canSee(item: Pick<CanvasItem, 'private' | 'author'>, participantId: string): boolean {
  return !item.private || item.author === participantId;
}

export function canVote(role: Role, round: Pick<Round, 'status'> | null | undefined): boolean {
  return canComment(role) && round?.status === 'open';
}

/** counts are anonymous and hidden until the facilitator reveals them; the facilitator sees them live */
export function canSeeCounts(role: Role, round: Pick<Round, 'revealed'>): boolean {
  return round.revealed || canFacilitate(role);
}

export function canRunFacilitation(role: Role): boolean {
  return canFacilitate(role);
}

export function canWriteComment(role: Role): boolean {
  return canComment(role);
}

/** anyone who may comment may resolve or reopen a thread (mentors close the loop with cities) */
export function canResolve(role: Role): boolean {
  return canComment(role);
}

/** only the author changes or deletes their own words */
export function canEditComment(role: Role, comment: Pick<Comment, 'authorId'>, participantId: string): boolean {
  return canComment(role) && comment.authorId !== '' && comment.authorId === participantId;
}

/**
 * The author deletes their own comment; a thread's first comment only while no one else has replied
 * (deleting it takes the replies with it, and those are other people's words).
 */
export function canDeleteComment(
  role: Role, comment: Pick<Comment, 'authorId' | 'parent'>, participantId: string, replies: readonly Pick<Comment, 'authorId'>[],
): boolean {
  return canEditComment(role, comment, participantId) && (comment.parent !== null || replies.every((r) => r.authorId === participantId));
}
