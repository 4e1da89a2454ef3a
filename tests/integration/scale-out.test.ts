/**
 * Several server processes serving the same boards: PostgreSQL keeps them, Redis carries updates,
 * presence and revocations between the processes. Real PostgreSQL and Redis servers, started here.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../server/server.ts';
import { addIntervention, getRecord, listRecords, updateIntervention } from '../../shared/board/index.ts';
import { startPostgres, type TestPostgres } from '../support/postgres.ts';
import { startRedis, type TestRedis } from '../support/redis.ts';
import { connect, createBoard, synced, until, type Client } from '../support/board-client.ts';

let pg: TestPostgres;
let redis: TestRedis;
let a: RunningServer;
let b: RunningServer;
const dataDir = mkdtempSync(join(tmpdir(), 'leverboard-scale-'));
const clients: Client[] = [];
const open = (server: RunningServer, board: string, token: string) => { const c = connect(server.url, board, token); clients.push(c); return c; };
const start = () => startServer({ port: 0, host: '127.0.0.1', dataDir, databaseUrl: pg.url, redisUrl: redis.url });

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  [a, b] = await Promise.all([start(), start()]);
}, 60_000);
afterEach(() => { while (clients.length) clients.pop()!.destroy(); });
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await Promise.all([pg?.stop(), redis?.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('two server processes, one board', () => {
  it('clients on different servers see each other\'s edits and presence', async () => {
    const board = await createBoard(a.url);
    const onA = open(a, board.id, board.tokens.editor);
    const onB = open(b, board.id, board.tokens.editor);
    await Promise.all([synced(onA), synced(onB)]);
    const card = addIntervention(onA.doc, { title: 'Waste heat' });
    await until(onB.doc, () => getRecord(onB.doc, 'interventions', card.id) !== undefined);
    updateIntervention(onB.doc, card.id, { costEur: 6_000_000 });
    updateIntervention(onA.doc, card.id, { reductionTco2e: 9850 });
    await until(onA.doc, () => getRecord(onA.doc, 'interventions', card.id)?.costEur === 6_000_000);
    await until(onB.doc, () => getRecord(onB.doc, 'interventions', card.id)?.reductionTco2e === 9850);

    onA.provider.awareness.setLocalStateField('user', { name: 'Ana', color: '#123456' });
    await new Promise<void>((resolve) => {
      const check = () => { if ((onB.provider.awareness.getStates().get(onA.doc.clientID) as { user?: { name: string } })?.user?.name === 'Ana') resolve(); };
      onB.provider.awareness.on('change', check);
      check();
    });
  });

  it('enforces roles on every server and keeps everything in PostgreSQL across restarts', async () => {
    const board = await createBoard(b.url);
    const editor = open(a, board.id, board.tokens.editor);
    const viewer = open(b, board.id, board.tokens.viewer);
    await Promise.all([synced(editor), synced(viewer)]);
    addIntervention(viewer.doc, { title: 'from a viewer' });
    const card = addIntervention(editor.doc, { title: 'Solar', costEur: 1 });
    await until(viewer.doc, () => getRecord(viewer.doc, 'interventions', card.id) !== undefined);
    editor.destroy(); viewer.destroy();
    await Promise.all([a.close(), b.close()]);
    [a, b] = await Promise.all([start(), start()]);
    const fresh = open(b, board.id, board.tokens.viewer);
    await synced(fresh);
    expect(listRecords(fresh.doc, 'interventions').map((i) => i.title)).toEqual(['Solar']);
  });

  it('a token rotated on one server closes its connections on the other', async () => {
    const board = await createBoard(a.url);
    const onB = open(b, board.id, board.tokens.commenter);
    await synced(onB);
    const closed = new Promise<void>((resolve) => onB.provider.on('connection-close', () => resolve()));
    const res = await fetch(`${a.url}/api/boards/${board.id}/tokens/commenter`, { method: 'POST', headers: { authorization: `Bearer ${board.tokens.facilitator}` } });
    expect(res.status).toBe(200);
    await closed;
  });
});
