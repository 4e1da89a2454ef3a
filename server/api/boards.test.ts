/** The boards API in memory (Hono's app.request), on a memory store. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createMemoryStore } from '../persistence/memory.ts';
import { createLocalPubSub } from '../pubsub/local.ts';
import { RoomRegistry } from '../sync/registry.ts';
import { createMetrics } from '../metrics.ts';

function setup(maxBodyBytes = 1024 * 1024) {
  const store = createMemoryStore();
  const pubsub = createLocalPubSub();
  const registry = new RoomRegistry({ store, pubsub, compactBytes: 1 << 20, maxBufferedBytes: 1 << 24, maxAwarenessStateBytes: 4096 });
  const metrics = createMetrics(() => registry);
  return createApp({ store, registry, pubsub, metrics, maxBodyBytes });
}

const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

describe('boards API', () => {
  it('creates a board with four distinct role tokens', async () => {
    const app = setup();
    const res = await app.request('/api/boards', json({ title: 'Kranj workshop', city: 'Kranj', template: 'blank' }));
    expect(res.status).toBe(201);
    const board = await res.json();
    expect(board).toMatchObject({ title: 'Kranj workshop' });
    expect(new Set(Object.values(board.tokens)).size).toBe(4);
    for (const role of ['facilitator', 'editor', 'commenter', 'viewer']) {
      const got = await app.request(`/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.tokens[role]}` } });
      expect(await got.json()).toEqual({ id: board.id, title: 'Kranj workshop', city: 'Kranj', role });
    }
  });

  it('answers bad input and bad tokens with JSON errors and the contract statuses', async () => {
    const app = setup(2000);
    for (const [body, status] of [[{}, 400], [{ title: '' }, 400], [{ title: 'x', template: 'nope' }, 400], [{ title: 'x', language: 'de' }, 400], [{ title: 'x', extra: 1 }, 400]] as const) {
      const res = await app.request('/api/boards', json(body));
      expect(res.status).toBe(status);
      expect(typeof (await res.json()).error).toBe('string');
    }
    const notJson = await app.request('/api/boards', { method: 'POST', body: '{nope' });
    expect(notJson.status).toBe(400);
    const big = await app.request('/api/boards', json({ title: 'x'.repeat(5000) }));
    expect(big.status).toBe(413);
    const board = await (await app.request('/api/boards', json({ title: 'B' }))).json();
    expect((await app.request(`/api/boards/${board.id}`)).status).toBe(401);
    expect((await app.request(`/api/boards/${board.id}?token=wrong`)).status).toBe(403);
    expect((await app.request(`/api/boards/nosuch?token=${board.tokens.viewer}`)).status).toBe(404);
    const forbidden = await app.request(`/api/boards/${board.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${board.tokens.editor}` } });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error).toMatch(/facilitator/);
  });

  it('rotates a token: the old one stops working at once', async () => {
    const app = setup();
    const board = await (await app.request('/api/boards', json({ title: 'B' }))).json();
    const auth = { headers: { authorization: `Bearer ${board.tokens.facilitator}` } };
    const res = await app.request(`/api/boards/${board.id}/tokens/editor`, { method: 'POST', ...auth });
    const { token } = await res.json();
    expect(token).not.toBe(board.tokens.editor);
    expect((await app.request(`/api/boards/${board.id}?token=${board.tokens.editor}`)).status).toBe(403);
    expect((await app.request(`/api/boards/${board.id}?token=${token}`)).status).toBe(200);
    expect((await app.request(`/api/boards/${board.id}/tokens/admin`, { method: 'POST', ...auth })).status).toBe(400);
  });

  it('deletes a board and everything in it', async () => {
    const app = setup();
    const board = await (await app.request('/api/boards', json({ title: 'B' }))).json();
    const del = await app.request(`/api/boards/${board.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${board.tokens.facilitator}` } });
    expect(del.status).toBe(204);
    expect((await app.request(`/api/boards/${board.id}?token=${board.tokens.facilitator}`)).status).toBe(404);
  });

  it('serves health and metrics', async () => {
    const app = setup();
    expect(await (await app.request('/healthz')).json()).toEqual({ ok: true });
    const metrics = await (await app.request('/metrics')).text();
    expect(metrics).toContain('leverboard_rooms');
  });
});
