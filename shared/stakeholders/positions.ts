/**
 * Writing many network positions at once (auto-layout, placing parked nodes): one undoable change.
 * Locked stakeholders stay where they are.
 */
import type * as Y from 'yjs';
import { getRecord, updateStakeholder, type Origin } from '../board/index.ts';
import type { Positions } from './layout.ts';

export function placeStakeholders(doc: Y.Doc, positions: Positions, origin?: Origin): void {
  if (positions.size === 0) return;
  doc.transact(() => {
    for (const [id, p] of positions) {
      if (getRecord(doc, 'stakeholders', id)?.locked) continue;
      updateStakeholder(doc, id, { x: p.x, y: p.y }, origin);
    }
  }, origin);
}
