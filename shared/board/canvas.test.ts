import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CanvasItem } from '../schema/index.ts';
import {
  CANVAS_TEXT_MAX, addCanvasItem, carriedItems, connectCanvasItems, frameHolds, deleteCanvasItems, getRecord, listRecords, noteToIntervention, noteToStakeholder,
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

  describe('what a frame carries', () => {
    const frame = { id: 'f', kind: 'frame', x: 100, y: 100, w: 600, h: 400, locked: false } as const;
    const item = (id: string, fields: Partial<CanvasItem>) => ({
      id, kind: 'note', x: 0, y: 0, w: 180, h: 140, text: id, color: 'yellow', from: null, to: null, z: 1, locked: false,
      private: false, author: 'p', createdAt: 1, ...fields,
    }) as CanvasItem;

    it('holds items whose centre lies inside, even when they hang over the edge', () => {
      expect(frameHolds(frame, item('inside', { x: 150, y: 150 }))).toBe(true);
      expect(frameHolds(frame, item('over the right edge', { x: 600, y: 150 }))).toBe(true); // centre x 690
      expect(frameHolds(frame, item('mostly outside', { x: 650, y: 150 }))).toBe(false); // centre x 740
      expect(frameHolds(frame, item('above', { x: 150, y: 0 }))).toBe(false); // centre y 70
      expect(frameHolds(frame, item('text', { kind: 'text', x: 120, y: 110, w: 260, h: 60 }))).toBe(true);
    });

    it('never holds locked items or connectors', () => {
      expect(frameHolds(frame, item('locked', { x: 150, y: 150, locked: true }))).toBe(false);
      expect(frameHolds(frame, item('connector', { kind: 'connector', x: 150, y: 150, w: 0, h: 0 }))).toBe(false);
    });

    it('holds a frame only when wholly inside and smaller', () => {
      expect(frameHolds(frame, item('small frame', { kind: 'frame', x: 120, y: 120, w: 200, h: 200 }))).toBe(true);
      expect(frameHolds(frame, item('overlapping frame', { kind: 'frame', x: 500, y: 120, w: 300, h: 200 }))).toBe(false);
      // a small frame on a big one does not carry the big one, though the big one's centre is in it
      const small = { ...frame, x: 300, y: 200, w: 200, h: 200 };
      expect(frameHolds(small, item('big frame', { kind: 'frame', x: 100, y: 100, w: 600, h: 400 }))).toBe(false);
    });

    it('carries what the moving frames hold, except what is moving anyway', () => {
      const a = item('a', { x: 150, y: 150 });
      const b = item('b', { x: 400, y: 300 });
      const out = item('out', { x: 900, y: 150 });
      const locked = item('locked', { x: 200, y: 300, locked: true });
      const inner = item('inner', { kind: 'frame', x: 450, y: 120, w: 220, h: 200 });
      const innerNote = item('inner note', { x: 480, y: 160 });
      const f = item('f', { kind: 'frame', x: 100, y: 100, w: 600, h: 400 });
      const all = [f, a, b, out, locked, inner, innerNote];
      expect(carriedItems([f], all).map((i) => i.id)).toEqual(['a', 'b', 'inner', 'inner note']);
      expect(carriedItems([f, a], all).map((i) => i.id)).toEqual(['b', 'inner', 'inner note']);
      expect(carriedItems([a, b], all)).toEqual([]); // notes carry nothing
    });

    it('moves a frame and what it carries in one undo step', () => {
      const { doc, me, undo } = setup();
      const f = addCanvasItem(doc, { kind: 'frame', x: 0, y: 0, w: 600, h: 400 }, me);
      const a = addCanvasItem(doc, { x: 50, y: 50 }, me);
      const l = addCanvasItem(doc, { x: 250, y: 50, locked: true }, me);
      undo.stopCapturing();
      const moving = [getRecord(doc, 'canvas', f.id)!];
      const places = new Map([...moving, ...carriedItems(moving, listRecords(doc, 'canvas'))].map((i) => [i.id, { x: i.x + 100, y: i.y + 10 }]));
      expect([...places.keys()]).toEqual([f.id, a.id]);
      placeCanvasItems(doc, places, me);
      expect(getRecord(doc, 'canvas', a.id)).toMatchObject({ x: 150, y: 60 });
      expect(getRecord(doc, 'canvas', l.id)).toMatchObject({ x: 250, y: 50 });
      undo.undo();
      expect(getRecord(doc, 'canvas', f.id)).toMatchObject({ x: 0, y: 0 });
      expect(getRecord(doc, 'canvas', a.id)).toMatchObject({ x: 50, y: 50 });
    });
  });

  it('knows the longest text an item holds', () => {
    expect(CANVAS_TEXT_MAX).toBe(5000);
  });
});
