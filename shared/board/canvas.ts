/**
 * The free workshop canvas: notes, text, frames, shapes and connectors (records in `canvas`).
 * Multi-item changes (moving a selection, deleting with the connectors attached, pasting) are one
 * transaction each, so one undo step. A note can become an intervention or a stakeholder: the card
 * is created and the note removed in the same transaction, so undo brings the note back and takes
 * the card away again. Moving a frame carries the items it holds (`frameHolds`): the client adds
 * them to the same `placeCanvasItems` call, so the frame and its items move in one step.
 */
import type * as Y from 'yjs';
import { canvasItemSchema, type CanvasItem, type Intervention, type Stakeholder } from '../schema/index.ts';
import { addRecord, deleteRecord, insertRecord, listRecords, patchRecord, recordRoot, updateRecord, type Origin } from './records.ts';

export interface Placement { x: number; y: number; w?: number; h?: number }

/** the most text an item holds (the schema's limit; editors keep the first this many characters) */
export const CANVAS_TEXT_MAX = canvasItemSchema.shape.text.maxLength ?? 5000;

type Box = Pick<CanvasItem, 'x' | 'y' | 'w' | 'h'>;

/**
 * Whether a frame holds an item, so that moving the frame carries it: an item is in a frame when
 * its centre lies inside the frame's box (a note half over the edge goes with the frame most of it
 * is on). Another frame is in it only when wholly inside, so a small frame laid on a big one never
 * drags the big one along. Connectors follow their ends anyway; locked items are never carried.
 */
export function frameHolds(frame: Box, item: Pick<CanvasItem, 'kind' | 'locked'> & Box): boolean {
  if (item.kind === 'connector' || item.locked) return false;
  if (item.kind === 'frame') {
    return item.x >= frame.x && item.y >= frame.y && item.x + item.w <= frame.x + frame.w && item.y + item.h <= frame.y + frame.h
      && item.w * item.h < frame.w * frame.h;
  }
  const cx = item.x + item.w / 2;
  const cy = item.y + item.h / 2;
  return cx >= frame.x && cx <= frame.x + frame.w && cy >= frame.y && cy <= frame.y + frame.h;
}

/**
 * What moves along when `moving` move: the items held by the frames among them (as their
 * positions are now, when the move starts), leaving out what is moving anyway. A frame inside a
 * moving frame brings its own items, which lie inside the outer frame too.
 */
export function carriedItems<T extends CanvasItem>(moving: readonly Pick<CanvasItem, 'id' | 'kind' | 'x' | 'y' | 'w' | 'h'>[], items: readonly T[]): T[] {
  const frames = moving.filter((m) => m.kind === 'frame');
  if (frames.length === 0) return [];
  const ids = new Set(moving.map((m) => m.id));
  return items.filter((item) => !ids.has(item.id) && frames.some((f) => frameHolds(f, item)));
}

export function addCanvasItem(doc: Y.Doc, fields: Partial<CanvasItem>, origin?: Origin): CanvasItem {
  return addRecord(doc, 'canvas', fields, origin);
}

export function updateCanvasItem(doc: Y.Doc, id: string, patch: Partial<CanvasItem>, origin?: Origin): boolean {
  return updateRecord(doc, 'canvas', id, patch, origin);
}

/** Move and resize several items at once; locked items stay where they are. */
export function placeCanvasItems(doc: Y.Doc, places: ReadonlyMap<string, Placement>, origin?: Origin): void {
  const root = recordRoot(doc, 'canvas');
  doc.transact(() => {
    for (const [id, p] of places) {
      const item = root.get(id);
      if (!item || item.get('locked') === true) continue;
      const patch: Partial<CanvasItem> = { x: Math.round(p.x), y: Math.round(p.y) };
      if (p.w !== undefined) patch.w = Math.max(8, Math.round(p.w));
      if (p.h !== undefined) patch.h = Math.max(8, Math.round(p.h));
      patchRecord(doc, 'canvas', id, patch);
    }
  }, origin);
}

/** Set fields (colour, text…) on several items in one change. */
export function patchCanvasItems(doc: Y.Doc, ids: readonly string[], patch: Partial<CanvasItem>, origin?: Origin): void {
  doc.transact(() => { for (const id of ids) patchRecord(doc, 'canvas', id, patch); }, origin);
}

/** Delete items and the connectors attached to them, in one change. Locked items are kept. */
export function deleteCanvasItems(doc: Y.Doc, ids: readonly string[], origin?: Origin): string[] {
  const root = recordRoot(doc, 'canvas');
  const gone = new Set(ids.filter((id) => root.get(id) && root.get(id)!.get('locked') !== true));
  doc.transact(() => {
    for (const item of listRecords(doc, 'canvas')) {
      if (item.kind === 'connector' && ((item.from && gone.has(item.from)) || (item.to && gone.has(item.to)))) gone.add(item.id);
    }
    for (const id of gone) root.delete(id);
  }, origin);
  return [...gone];
}

/**
 * Add copies of `items` (from this board or a clipboard) shifted by `offset`. Connectors come
 * along only when both their ends are copied, and then join the copies. Copies are never locked
 * or private, and belong to `author`. Returns the new items, in the given order.
 */
export function pasteCanvasItems(
  doc: Y.Doc, items: readonly CanvasItem[], offset: { x: number; y: number }, author: string, origin?: Origin, now = Date.now(),
): CanvasItem[] {
  const newIds = new Map<string, string>();
  const out: CanvasItem[] = [];
  doc.transact(() => {
    let z = now;
    for (const item of items) {
      if (item.kind === 'connector') continue;
      const { id, ...rest } = item;
      const copy = insertRecord(doc, 'canvas', {
        ...rest, x: item.x + offset.x, y: item.y + offset.y, locked: false, private: false, author, createdAt: now, z: z++,
      }, now);
      newIds.set(id, copy.id);
      out.push(copy);
    }
    for (const item of items) {
      if (item.kind !== 'connector' || !item.from || !item.to) continue;
      const from = newIds.get(item.from);
      const to = newIds.get(item.to);
      if (!from || !to) continue;
      const { id: _id, ...rest } = item;
      out.push(insertRecord(doc, 'canvas', { ...rest, from, to, locked: false, private: false, author, createdAt: now, z: z++ }, now));
    }
  }, origin);
  return out;
}

/** A connector between two existing items (not between connectors, not from an item to itself). */
export function connectCanvasItems(doc: Y.Doc, from: string, to: string, author: string, origin?: Origin): CanvasItem | null {
  const root = recordRoot(doc, 'canvas');
  const a = root.get(from);
  const b = root.get(to);
  if (from === to || !a || !b || a.get('kind') === 'connector' || b.get('kind') === 'connector') return null;
  return addCanvasItem(doc, { kind: 'connector', from, to, w: 0, h: 0, color: 'grey', author }, origin);
}

/** the title of a card made from a note: its first line; the rest goes to the description */
function splitNote(text: string): { title: string; rest: string } {
  const trimmed = text.trim();
  const [first = '', ...more] = trimmed.split('\n');
  const title = first.trim().slice(0, 300);
  const rest = first.trim().length > 300 ? trimmed : more.join('\n').trim();
  return { title, rest };
}

function removeNote(doc: Y.Doc, noteId: string): void {
  for (const item of listRecords(doc, 'canvas')) {
    if (item.kind === 'connector' && (item.from === noteId || item.to === noteId)) deleteRecord(doc, 'canvas', item.id);
  }
  recordRoot(doc, 'canvas').delete(noteId);
}

/**
 * Turn a note into an intervention (title from its first line); the note is removed. The card keeps
 * the note's id, so the dots and comments the note gathered stay with what it became.
 */
export function noteToIntervention(doc: Y.Doc, noteId: string, fields: Partial<Intervention> = {}, origin?: Origin, now = Date.now()): Intervention | null {
  const note = recordRoot(doc, 'canvas').get(noteId);
  if (!note) return null;
  const { title, rest } = splitNote(String(note.get('text') ?? ''));
  let card: Intervention | null = null;
  doc.transact(() => {
    removeNote(doc, noteId);
    card = insertRecord(doc, 'interventions', { title, description: rest.slice(0, 20000), ...fields, id: noteId }, now);
  }, origin);
  return card;
}

/** Turn a note into a stakeholder (name from its first line, the rest as notes), as `noteToIntervention` does. */
export function noteToStakeholder(doc: Y.Doc, noteId: string, fields: Partial<Stakeholder> = {}, origin?: Origin, now = Date.now()): Stakeholder | null {
  const note = recordRoot(doc, 'canvas').get(noteId);
  if (!note) return null;
  const { title, rest } = splitNote(String(note.get('text') ?? ''));
  let person: Stakeholder | null = null;
  doc.transact(() => {
    removeNote(doc, noteId);
    person = insertRecord(doc, 'stakeholders', { name: title, notes: rest.slice(0, 20000), ...fields, id: noteId }, now);
  }, origin);
  return person;
}
