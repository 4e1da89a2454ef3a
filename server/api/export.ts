/**
 * GET /api/boards/:id/export?format=F — any role may export. Rendering happens here on the server
 * so that a large board never freezes a browser.
 */
import { Hono } from 'hono';
import { readMeta } from '../../shared/board/index.ts';
import { backupOf } from '../../shared/export/backup.ts';
import type { BoardStore } from '../persistence/store.ts';
import type { RoomRegistry } from '../sync/registry.ts';
import { boardAccess } from './board-access.ts';
import { BadRequest } from './json-body.ts';

export interface ExportDeps { store: BoardStore; registry: RoomRegistry }

export function fileBaseName(title: string): string {
  const slug = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return slug.slice(0, 60) || 'board';
}

export function exportApi({ store, registry }: ExportDeps) {
  return new Hono().get('/:id/export', boardAccess(store, 'viewer'), async (c) => {
    const format = c.req.query('format') ?? 'json';
    const { id } = c.get('board');
    if (format !== 'json') throw new BadRequest(`unknown export format: ${format}`);
    const { backup, title } = await registry.read(id, (doc) => ({ backup: backupOf(doc), title: readMeta(doc).title }));
    return c.body(JSON.stringify(backup), 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${fileBaseName(title)}.leverboard.json"`,
    });
  });
}
