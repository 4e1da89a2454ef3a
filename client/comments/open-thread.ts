/**
 * How CommentButton (placed by any feature) asks the comments panel to open a target's threads
 * without importing it: a DOM event on window, which the panel listens to.
 */
export const OPEN_COMMENTS_EVENT = 'leverboard:open-comments';

export interface OpenCommentsDetail { target: string | null }

export function requestOpenComments(target: string | null): void {
  window.dispatchEvent(new CustomEvent<OpenCommentsDetail>(OPEN_COMMENTS_EVENT, { detail: { target } }));
}
