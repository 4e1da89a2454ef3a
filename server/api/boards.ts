/** The boards API of the contract: create, read, delete, rotate a token, restore a backup. */
import { Hono } from 'hono';
import * as Y from 'yjs';
import { z } from 'zod';
import { ROLES, TEMPLATES, type Role } from '../../shared/schema/index.ts';
import { TERMS_LANGS } from '../../shared/schema/terms.ts';
import { initBoard, loadSnapshot, newId, readMeta, SnapshotError } from '../../shared/board/index.ts';
import { parseBackup } from '../../shared/export/backup.ts';
import type { BoardStore } from '../persistence/store.ts';
import type { PubSub } from '../pubsub/pubsub.ts';
import type { RoomRegistry } from '../sync/registry.ts';
import { hashToken, newToken, newTokens } from '../auth/tokens.ts';
import { boardAccess } from './board-access.ts';
import { BadRequest, jsonBody } from './json-body.ts';

export interface BoardsDeps { store: BoardStore; registry: RoomRegistry; pubsub: PubSub }

const newBoardSchema = z.object({
  title: z.string().trim().min(1, 'a board needs a title').max(200),
  city: z.string().trim().max(120).optional(),
  template: z.enum(TEMPLATES).optional(),
  /** the language a template's words are written in */
  language: z.enum(TERMS_LANGS).optional(),
}).strict();

async function createFromDoc(store: BoardStore, doc: Y.Doc) {
  const meta = readMeta(doc);
  const { tokens, hashes } = newTokens();
  const id = newId(12);
  await store.createBoard(
    { id, title: meta.title, city: meta.city, createdAt: meta.createdAt, tokenHashes: hashes },
    Y.encodeStateAsUpdate(doc),
  );
  return { id, title: meta.title, city: meta.city, tokens };
}

export function boardsApi({ store, registry, pubsub }: BoardsDeps) {
  return new Hono()
    .post('/', async (c) => {
      const body = await jsonBody(c, newBoardSchema);
      const doc = new Y.Doc();
      initBoard(doc, { title: body.title, city: body.city, template: body.template, language: body.language });
      return c.json(await createFromDoc(store, doc), 201);
    })
    .post('/import', async (c) => {
      let raw: unknown;
      try { raw = JSON.parse(await c.req.text()); } catch { throw new BadRequest('the body must be a JSON backup'); }
      let snapshot;
      try { snapshot = parseBackup(raw); } catch (e) {
        if (e instanceof SnapshotError) throw new BadRequest(e.message);
        throw e;
      }
      const doc = new Y.Doc();
      loadSnapshot(doc, snapshot);
      return c.json(await createFromDoc(store, doc), 201);
    })
    .get('/:id', boardAccess(store, 'viewer'), (c) => {
      const board = c.get('board');
      return c.json({ id: board.id, title: board.title, city: board.city, role: c.get('role') });
    })
    .delete('/:id', boardAccess(store, 'facilitator'), async (c) => {
      const { id } = c.get('board');
      await registry.discard(id);
      await store.deleteBoard(id);
      await pubsub.publish({ kind: 'revoke', board: id, role: null });
      return c.body(null, 204);
    })
    .post('/:id/tokens/:role', boardAccess(store, 'facilitator'), async (c) => {
      const role = c.req.param('role') as Role;
      if (!(ROLES as readonly string[]).includes(role)) throw new BadRequest(`role must be one of ${ROLES.join(', ')}`);
      const { id } = c.get('board');
      const token = newToken();
      await store.setTokenHash(id, role, hashToken(token));
      registry.revoke(id, role, 'token rotated');
      await pubsub.publish({ kind: 'revoke', board: id, role });
      return c.json({ token });
    });
}
