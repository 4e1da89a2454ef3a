import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStakeholder, getRecord } from '../board/index.ts';
import { placeStakeholders } from './positions.ts';

describe('placeStakeholders', () => {
  it('moves several stakeholders in one undoable change', () => {
    const doc = new Y.Doc();
    const origin = Symbol('me');
    const a = addStakeholder(doc, { name: 'A' });
    const b = addStakeholder(doc, { name: 'B' });
    const undo = new Y.UndoManager(doc.getMap('stakeholders'), { trackedOrigins: new Set([origin]) });
    placeStakeholders(doc, new Map([[a.id, { x: 10, y: 20 }], [b.id, { x: 30, y: 40 }]]), origin);
    expect(getRecord(doc, 'stakeholders', b.id)).toMatchObject({ x: 30, y: 40 });
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(getRecord(doc, 'stakeholders', a.id)).toMatchObject({ x: 0, y: 0 });
  });

  it('leaves locked stakeholders where they are', () => {
    const doc = new Y.Doc();
    const a = addStakeholder(doc, { name: 'A', x: 5, y: 5, locked: true });
    const b = addStakeholder(doc, { name: 'B' });
    placeStakeholders(doc, new Map([[a.id, { x: 10, y: 20 }], [b.id, { x: 30, y: 40 }]]));
    expect(getRecord(doc, 'stakeholders', a.id)).toMatchObject({ x: 5, y: 5 });
    expect(getRecord(doc, 'stakeholders', b.id)).toMatchObject({ x: 30, y: 40 });
  });
});
