import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCanvasItem, connectCanvasItems, deleteCanvasItems, getRecord, listRecords, noteToIntervention, noteToStakeholder,
  pasteCanvasItems, placeCanvasItems,
} from './index.ts';

const setup = () => {
  const doc = new Y.Doc();
  const me = Symbol('me');
  const undo = new Y.UndoManager(['canvas', 'interventions', 'stakeholders'].map((r) => doc.getMap(r)), { trackedOrigins: new Set([me]), captureTimeout: 0 });
  return { doc, me, undo };
};

describe('canvas items', () => {
  it('deletes a selection with its connectors in one undo step, keeping locked items', () => {
    const { doc, me, undo } = setup();
    const a = addCanvasItem(doc, { text: 'a' }, me);
    const b = addCanvasItem(doc, { text: 'b' }, me);
    const c = addCanvasItem(doc, { text: 'c', locked: true }, me);
    connectCanvasItems(doc, a.id, b.id, 'p', me);
    connectCanvasItems(doc, b.id, c.id, 'p', me);
    const gone = deleteCanvasItems(doc, [a.id, c.id], me);
    expect(gone).toHaveLength(2); // a and its connector; c is locked
    expect(listRecords(doc, 'canvas').map((i) => i.text).sort()).toEqual(['', 'b', 'c']);
    undo.undo();
    expect(listRecords(doc, 'canvas')).toHaveLength(5);
  });

  it('moves several items at once, never a locked one', () => {
    const { doc, me } = setup();
    const a = addCanvasItem(doc, { x: 0, y: 0 }, me);
    const l = addCanvasItem(doc, { x: 0, y: 0, locked: true }, me);
    placeCanvasItems(doc, new Map([[a.id, { x: 10.4, y: 20, w: 300 }], [l.id, { x: 99, y: 99 }]]), me);
    expect(getRecord(doc, 'canvas', a.id)).toMatchObject({ x: 10, y: 20, w: 300, h: 120 });
    expect(getRecord(doc, 'canvas', l.id)).toMatchObject({ x: 0, y: 0 });
  });

  it('pastes copies with connectors joining the copies', () => {
    const { doc, me } = setup();
    const a = addCanvasItem(doc, { text: 'a', locked: true, private: true, author: 'x' }, me);
    const b = addCanvasItem(doc, { text: 'b' }, me);
    const other = addCanvasItem(doc, { text: 'other' }, me);
    const ab = connectCanvasItems(doc, a.id, b.id, 'p', me)!;
    const dangling = connectCanvasItems(doc, a.id, other.id, 'p', me)!;
    const copies = pasteCanvasItems(doc, [a, b, ab, dangling], { x: 20, y: 20 }, 'me', me);
    expect(copies).toHaveLength(3);
    const [ca, cb, conn] = copies;
    expect(ca).toMatchObject({ text: 'a', x: 20, locked: false, private: false, author: 'me' });
    expect(conn).toMatchObject({ kind: 'connector', from: ca!.id, to: cb!.id });
  });

  it('refuses connectors to nothing or to themselves', () => {
    const { doc, me } = setup();
    const a = addCanvasItem(doc, {}, me);
    expect(connectCanvasItems(doc, a.id, a.id, 'p', me)).toBeNull();
    expect(connectCanvasItems(doc, a.id, 'nope', 'p', me)).toBeNull();
  });

  it('turns a note into an intervention or stakeholder; one undo brings the note back', () => {
    const { doc, me, undo } = setup();
    const note = addCanvasItem(doc, { text: 'Solar on school roofs\nwith the energy agency' }, me);
    const other = addCanvasItem(doc, {}, me);
    connectCanvasItems(doc, note.id, other.id, 'p', me);
    const card = noteToIntervention(doc, note.id, {}, me)!;
    expect(card).toMatchObject({ title: 'Solar on school roofs', description: 'with the energy agency' });
    expect(getRecord(doc, 'canvas', note.id)).toBeUndefined();
    expect(listRecords(doc, 'canvas')).toHaveLength(1); // the connector went with the note
    undo.undo();
    expect(getRecord(doc, 'canvas', note.id)).toBeDefined();
    expect(getRecord(doc, 'interventions', card.id)).toBeUndefined();
    const person = noteToStakeholder(doc, note.id, { sector: 'civil' }, me)!;
    expect(person).toMatchObject({ name: 'Solar on school roofs', notes: 'with the energy agency', sector: 'civil' });
  });

  it('keeps the note\'s id, so its dots and comments stay with the card it becomes', () => {
    const { doc, me } = setup();
    const note = addCanvasItem(doc, { kind: 'note', text: 'Car-free centre' }, me);
    const card = noteToIntervention(doc, note.id, {}, me)!;
    expect(card.id).toBe(note.id);
    expect(getRecord(doc, 'interventions', note.id)?.title).toBe('Car-free centre');
    const other = addCanvasItem(doc, { kind: 'note', text: 'Energy cooperative' }, me);
    expect(noteToStakeholder(doc, other.id, {}, me)!.id).toBe(other.id);
  });
});
