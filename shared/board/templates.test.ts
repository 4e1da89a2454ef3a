import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoard, listRecords, TRANSITION_PHASES } from './index.ts';

describe('canvas templates', () => {
  it('barriers: a frame per urban system with barriers and opportunities areas and a hint', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'T', template: 'barriers' });
    const items = listRecords(doc, 'canvas');
    const frames = items.filter((i) => i.kind === 'frame');
    expect(frames.filter((f) => f.text === 'Barriers')).toHaveLength(5);
    expect(frames.filter((f) => f.text === 'Opportunities')).toHaveLength(5);
    expect(frames.map((f) => f.text)).toContain('Mobility & transport');
    // hints are texts: nothing to vote on or turn into a card
    expect(items.filter((i) => i.kind === 'text' && i.text.startsWith('Hint'))).toHaveLength(5);
    expect(items.filter((i) => i.kind === 'note')).toHaveLength(0);
    // every sub-area sits inside its system's frame
    const systems = frames.filter((f) => f.z === 0);
    for (const sub of frames.filter((f) => f.z === 1)) {
      expect(systems.some((s) => sub.x >= s.x && sub.x + sub.w <= s.x + s.w && sub.y + sub.h <= s.y + s.h)).toBe(true);
    }
  });

  it('transition map: six phases in a row, in order', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'T', template: 'transition-map' });
    const frames = listRecords(doc, 'canvas').filter((i) => i.kind === 'frame').sort((a, b) => a.x - b.x);
    expect(frames.map((f) => f.text)).toEqual([...TRANSITION_PHASES]);
    expect(new Set(frames.map((f) => f.y)).size).toBe(1);
  });

  it('a board made in Slovenian gets the template in Slovenian', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'T', template: 'barriers', language: 'sl' });
    const texts = listRecords(doc, 'canvas').map((i) => i.text);
    for (const t of ['Ovire', 'Priložnosti', 'Mobilnost in promet']) expect(texts).toContain(t);
    expect(texts.some((t) => t.startsWith('Namig:'))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/Barriers|Opportunities|Hint/);
    const map = new Y.Doc();
    initBoard(map, { title: 'T', template: 'transition-map', language: 'sl' });
    expect(listRecords(map, 'canvas').filter((i) => i.kind === 'frame').sort((a, b) => a.x - b.x)[0]!.text).toBe('1 Zgradite močan mandat');
  });

  it('blank: nothing', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'T' });
    expect(listRecords(doc, 'canvas')).toEqual([]);
  });
});
