/**
 * The JSON backup: `{"format": "leverboard", "version": N, "board": {…every root, records as
 * arrays…}}`. Reading one validates everything and migrates older schema versions; a broken or
 * hostile file is refused with a readable message and nothing is written.
 */
import type * as Y from 'yjs';
import { RECORD_ROOTS, SCHEMA_VERSION } from '../schema/index.ts';
import { parseSnapshot, snapshotBoard, SnapshotError, type BoardSnapshot } from '../board/snapshot.ts';

export interface Backup { format: 'leverboard'; version: number; exportedAt: string; board: BoardSnapshot }

export function backupOf(doc: Y.Doc, now = new Date()): Backup {
  return { format: 'leverboard', version: SCHEMA_VERSION, exportedAt: now.toISOString(), board: snapshotBoard(doc) };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 8;

/** No board has these keys or this depth; a file that does was made to attack a parser, not to restore a board. */
function checkShape(input: unknown): void {
  const stack: [unknown, number, string][] = [[input, 0, '']];
  while (stack.length) {
    const [value, depth, path] = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) throw new SnapshotError(`${path}: nested too deeply`);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (value[i] && typeof value[i] === 'object') stack.push([value[i], depth + 1, `${path}[${i}]`]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new SnapshotError(`${path || 'backup'}: the key "${key}" is not allowed`);
      const v = (value as Record<string, unknown>)[key];
      if (v && typeof v === 'object') stack.push([v, depth + 1, path ? `${path}.${key}` : key]);
    }
  }
}

export function parseBackup(input: unknown): BoardSnapshot {
  if (!isPlainObject(input)) throw new SnapshotError('not a Leverboard backup: expected a JSON object');
  const o = input;
  checkShape(o);
  if (o.format !== 'leverboard') throw new SnapshotError('not a Leverboard backup: "format" must be "leverboard"');
  if (typeof o.version !== 'number') throw new SnapshotError('not a Leverboard backup: "version" must be a number');
  if (!isPlainObject(o.board)) throw new SnapshotError('not a Leverboard backup: "board" must be an object');
  // The single roots are spread over their defaults, so anything but an object would be read as
  // "no values" instead of being refused.
  for (const root of ['meta', 'facilitation'] as const) {
    if (o.board[root] !== undefined && !isPlainObject(o.board[root])) throw new SnapshotError(`${root}: expected an object`);
  }
  for (const root of RECORD_ROOTS) {
    const list = o.board[root];
    if (!Array.isArray(list)) continue;
    const bad = list.findIndex((r) => !isPlainObject(r));
    if (bad >= 0) throw new SnapshotError(`${root}[${bad}]: expected an object`);
  }
  return parseSnapshot(o.board, o.version);
}
