import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addIntervention, initBoard, loadSnapshot, snapshotBoard } from '../board/index.ts';
import { backupOf, parseBackup } from './backup.ts';

describe('JSON backup', () => {
  it('round-trips a board', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Round trip', city: 'Velenje', template: 'barriers' }, 1);
    addIntervention(doc, { code: 'A', title: 'Šola', levers: ['learning', 'social'], costEur: 12.5 });
    const backup = JSON.parse(JSON.stringify(backupOf(doc)));
    const copy = new Y.Doc();
    loadSnapshot(copy, parseBackup(backup));
    expect(snapshotBoard(copy)).toEqual(snapshotBoard(doc));
  });

  it('refuses hostile shapes', () => {
    const base = { format: 'leverboard', version: 2 };
    expect(() => parseBackup(JSON.parse('{"format":"leverboard","version":2,"board":{"__proto__":{"x":1}}}'))).toThrow(/__proto__/);
    expect(() => parseBackup({ ...base, board: { meta: 'x' } })).toThrow(/meta: expected an object/);
    expect(() => parseBackup({ ...base, board: { votes: [null] } })).toThrow(/votes\[0\]/);
    expect(() => parseBackup({ ...base, board: [] })).toThrow(/"board" must be an object/);
    let deep: unknown = 1;
    for (let i = 0; i < 20; i++) deep = { a: deep };
    expect(() => parseBackup({ ...base, board: { meta: deep } })).toThrow(/nested too deeply/);
  });
});
