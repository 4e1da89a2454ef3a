/**
 * The JSON backup: `{"format": "leverboard", "version": N, "board": {…every root, records as
 * arrays…}}`. Reading one validates everything and migrates older schema versions; a broken or
 * hostile file is refused with a readable message and nothing is written.
 */
import type * as Y from 'yjs';
import { SCHEMA_VERSION } from '../schema/index.ts';
import { parseSnapshot, snapshotBoard, SnapshotError, type BoardSnapshot } from '../board/snapshot.ts';

export interface Backup { format: 'leverboard'; version: number; exportedAt: string; board: BoardSnapshot }

export function backupOf(doc: Y.Doc, now = new Date()): Backup {
  return { format: 'leverboard', version: SCHEMA_VERSION, exportedAt: now.toISOString(), board: snapshotBoard(doc) };
}

export function parseBackup(input: unknown): BoardSnapshot {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new SnapshotError('not a Leverboard backup: expected a JSON object');
  const o = input as Record<string, unknown>;
  if (o.format !== 'leverboard') throw new SnapshotError('not a Leverboard backup: "format" must be "leverboard"');
  if (typeof o.version !== 'number') throw new SnapshotError('not a Leverboard backup: "version" must be a number');
  return parseSnapshot(o.board, o.version);
}
