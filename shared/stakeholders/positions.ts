/** Writing many network positions at once (auto-layout, placing parked nodes): one undoable change. */
import type * as Y from 'yjs';
import { updateStakeholder, type Origin } from '../board/index.ts';
import type { Positions } from './layout.ts';

export function placeStakeholders(doc: Y.Doc, positions: Positions, origin?: Origin): void {
  if (positions.size === 0) return;
  doc.transact(() => {
    for (const [id, p] of positions) updateStakeholder(doc, id, { x: p.x, y: p.y }, origin);
  }, origin);
}
