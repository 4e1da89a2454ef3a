import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCanvasItem, getRecord, listRecords, publishDrafts } from './index.ts';

describe('private notes as drafts', () => {
  it('stay out of the board until published, then arrive as ordinary notes with their ids', () => {
    const board = new Y.Doc();
    const drafts = new Y.Doc();
    addCanvasItem(board, { text: 'on the board' });
    const a = addCanvasItem(drafts, { text: 'my idea', x: 40, y: 50, private: true, author: 'ana' });
    const b = addCanvasItem(drafts, { text: 'another', private: true, author: 'ana' });
    // nothing of a draft is in the board's updates
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(board))).not.toContain('my idea');

    expect(publishDrafts(board, drafts)).toBe(2);
    expect(getRecord(board, 'canvas', a.id)).toMatchObject({ text: 'my idea', x: 40, y: 50, private: false, author: 'ana' });
    expect(getRecord(board, 'canvas', b.id)?.private).toBe(false);
    expect(listRecords(drafts, 'canvas')).toEqual([]);
    expect(publishDrafts(board, drafts)).toBe(0);
    expect(listRecords(board, 'canvas')).toHaveLength(3);
  });

  it('publish onto the same id again when a draft outlived its publication', () => {
    const board = new Y.Doc();
    const drafts = new Y.Doc();
    const a = addCanvasItem(drafts, { text: 'idea', private: true });
    publishDrafts(board, drafts);
    addCanvasItem(drafts, { ...a }); // as if the browser had stopped before clearing its drafts
    publishDrafts(board, drafts);
    expect(listRecords(board, 'canvas')).toHaveLength(1);
  });
});
