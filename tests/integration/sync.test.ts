/**
 * The sync endpoint end to end: a real server on a real SQLite file, stock y-websocket clients.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startServer, type RunningServer } from '../../server/server.ts';
import {
  addIntervention, addRecord, getRecord, listRecords, readMeta, updateIntervention, updateFacilitation,
} from '../../shared/board/index.ts';
import { encodeAwareness, encodeAwarenessEntries } from '../../server/sync/protocol.ts';
import { connect, createBoard, sleep, synced, until, type Client } from '../support/board-client.ts';

let dataDir: string;
let server: RunningServer;
const clients: Client[] = [];
const open = (board: string, token: string) => { const c = connect(server.url, board, token); clients.push(c); return c; };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'leverboard-sync-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir });
});
afterEach(() => { while (clients.length) clients.pop()!.destroy(); });
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('sync', () => {
  it('two stock providers converge, including concurrent edits of one card', async () => {
    const board = await createBoard(server.url);
    const a = open(board.id, board.tokens.editor);
    const b = open(board.id, board.tokens.facilitator);
    await Promise.all([synced(a), synced(b)]);
    expect(readMeta(a.doc).title).toBe('Test board');
    const card = addIntervention(a.doc, { title: 'District heating', field: 'energy', levers: ['technology'] });
    await until(b.doc, () => getRecord(b.doc, 'interventions', card.id) !== undefined);
    updateIntervention(a.doc, card.id, { costEur: 1000 });
    updateIntervention(b.doc, card.id, { reductionTco2e: 50 });
    await until(a.doc, () => getRecord(a.doc, 'interventions', card.id)?.reductionTco2e === 50);
    await until(b.doc, () => getRecord(b.doc, 'interventions', card.id)?.costEur === 1000);
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
  });

  it('refuses a missing or wrong token before any content is sent', async () => {
    const board = await createBoard(server.url);
    for (const [query, status] of [['', 401], ['?token=nope', 403]] as const) {
      const ws = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${board.id}${query}`);
      const got: unknown[] = [];
      ws.on('message', (m) => got.push(m));
      const code = await new Promise<number>((resolve) => ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
      expect(code).toBe(status);
      expect(got).toEqual([]);
    }
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/sync/nosuchboard?token=${board.tokens.editor}`);
    expect(await new Promise((r) => ws.on('unexpected-response', (_q, res) => r(res.statusCode)))).toBe(404);
  });

  it('never applies, stores or relays what a viewer sends', async () => {
    const board = await createBoard(server.url);
    const editor = open(board.id, board.tokens.editor);
    const viewer = open(board.id, board.tokens.viewer);
    await Promise.all([synced(editor), synced(viewer)]);
    addIntervention(viewer.doc, { title: 'sneaky' });
    addRecord(viewer.doc, 'comments', { text: 'viewer comment' });
    const marker = addIntervention(editor.doc, { title: 'after' });
    await until(viewer.doc, () => getRecord(viewer.doc, 'interventions', marker.id) !== undefined);
    await sleep(200);
    expect(listRecords(editor.doc, 'interventions').map((i) => i.title)).toEqual(['after']);
    expect(listRecords(editor.doc, 'comments')).toEqual([]);
    // a fresh client (reading what the server holds) sees none of it either
    const fresh = open(board.id, board.tokens.editor);
    await synced(fresh);
    expect(listRecords(fresh.doc, 'interventions').map((i) => i.title)).toEqual(['after']);
  });

  it('lets a commenter change comments and votes only', async () => {
    const board = await createBoard(server.url);
    const editor = open(board.id, board.tokens.editor);
    const commenter = open(board.id, board.tokens.commenter);
    await Promise.all([synced(editor), synced(commenter)]);
    const card = addIntervention(editor.doc, { title: 'Bike lanes', costEur: 10 });
    await until(commenter.doc, () => getRecord(commenter.doc, 'interventions', card.id) !== undefined);

    updateIntervention(commenter.doc, card.id, { costEur: 999 });
    updateFacilitation(commenter.doc, { privateMode: true });
    const comment = addRecord(commenter.doc, 'comments', { target: card.id, text: 'Who pays?' });
    const vote = addRecord(commenter.doc, 'votes', { round: 'r1', target: card.id, voter: 'm' });
    await until(editor.doc, () => getRecord(editor.doc, 'comments', comment.id) !== undefined && getRecord(editor.doc, 'votes', vote.id) !== undefined);
    await sleep(200);
    expect(getRecord(editor.doc, 'interventions', card.id)?.costEur).toBe(10);
    expect(editor.doc.getMap('facilitation').get('privateMode')).toBe(false);
  });

  it('keeps an editor out of the facilitator-only parts', async () => {
    const board = await createBoard(server.url);
    const editor = open(board.id, board.tokens.editor);
    const facilitator = open(board.id, board.tokens.facilitator);
    await Promise.all([synced(editor), synced(facilitator)]);
    updateFacilitation(editor.doc, { timerEndsAt: 123 });
    const card = addIntervention(editor.doc, { title: 'x' });
    await until(facilitator.doc, () => getRecord(facilitator.doc, 'interventions', card.id) !== undefined);
    await sleep(100);
    expect(facilitator.doc.getMap('facilitation').get('timerEndsAt')).toBe(null);
    updateFacilitation(facilitator.doc, { timerEndsAt: 456 });
    const other = open(board.id, board.tokens.editor);
    await until(other.doc, () => other.doc.getMap('facilitation').get('timerEndsAt') === 456);
  });

  it('validates what an editor writes against the schema, keeping the valid part', async () => {
    const board = await createBoard(server.url);
    const rogue = open(board.id, board.tokens.editor);
    const honest = open(board.id, board.tokens.editor);
    await Promise.all([synced(rogue), synced(honest)]);
    const card = addIntervention(rogue.doc, { title: 'Valid card', costEur: 5 });
    await until(honest.doc, () => getRecord(honest.doc, 'interventions', card.id) !== undefined);
    // raw Yjs writes that bypass the typed functions
    const record = rogue.doc.getMap('interventions').get(card.id) as Y.Map<unknown>;
    rogue.doc.transact(() => {
      record.set('costEur', -1_000_000);
      record.set('isAdmin', true);
      rogue.doc.getMap('meta').set('title', 'x'.repeat(10_000));
      rogue.doc.getMap('secrets').set('a', 1);
    });
    record.set('title', 'Renamed card');
    await until(honest.doc, () => getRecord(honest.doc, 'interventions', card.id)?.title === 'Renamed card');
    const seen = getRecord(honest.doc, 'interventions', card.id) as Record<string, unknown>;
    expect(seen.costEur).toBe(5);
    expect(seen.isAdmin).toBeUndefined();
    expect(readMeta(honest.doc).title).toBe('Test board');
    expect(honest.doc.share.has('secrets')).toBe(false);
  });

  it('keeps every change across a server restart', async () => {
    const board = await createBoard(server.url);
    const a = open(board.id, board.tokens.editor);
    await synced(a);
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push(addIntervention(a.doc, { title: `card ${i}`, costEur: i }).id);
    updateIntervention(a.doc, ids[3]!, { title: 'renamed' });
    // wait until the server has everything (a second client sees the last change)
    const b = open(board.id, board.tokens.viewer);
    await until(b.doc, () => getRecord(b.doc, 'interventions', ids[3]!)?.title === 'renamed');
    a.destroy(); b.destroy();
    const port = server.port;
    await server.close();
    server = await startServer({ port, host: '127.0.0.1', dataDir });
    const c = open(board.id, board.tokens.viewer);
    await synced(c);
    expect(listRecords(c.doc, 'interventions')).toHaveLength(50);
    expect(getRecord(c.doc, 'interventions', ids[3]!)?.title).toBe('renamed');
  });

  it('someone alone on a board hears their presence back, so the stock provider never times out', async () => {
    const board = await createBoard(server.url);
    const a = open(board.id, board.tokens.editor);
    await synced(a);
    await sleep(50);
    const heard = a.provider.wsLastMessageReceived;
    // what the provider's awareness sends every 15 s to renew itself, and on every change
    a.provider.awareness.setLocalStateField('user', { name: 'Ana', color: '#f00' });
    await vi.waitFor(() => expect(a.provider.wsLastMessageReceived).toBeGreaterThan(heard), { timeout: 2000, interval: 20 });
    expect(a.provider.wsconnected).toBe(true);
  });

  it('shows presence and refuses awareness for someone else\'s client id', async () => {
    const board = await createBoard(server.url);
    const a = open(board.id, board.tokens.viewer);
    const b = open(board.id, board.tokens.editor);
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ana', color: '#f00' });
    await new Promise<void>((resolve) => {
      const check = () => {
        const s = b.provider.awareness.getStates().get(a.doc.clientID) as { user?: { name: string } } | undefined;
        if (s?.user?.name === 'Ana') { b.provider.awareness.off('change', check); resolve(); }
      };
      b.provider.awareness.on('change', check);
      check();
    });
    // a raw client claims Ana's id: nobody sees the forged state
    const raw = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${board.id}?token=${board.tokens.viewer}`);
    await new Promise((r) => raw.on('open', r));
    raw.send(encodeAwareness(encodeAwarenessEntries([{ clientId: a.doc.clientID, clock: 10_000, state: JSON.stringify({ user: { name: 'Mallory', color: '#000' } }) }])));
    // Ana's socket is probed and answers, so she keeps her id once the probe has run out.
    await sleep(3500);
    const seen = b.provider.awareness.getStates().get(a.doc.clientID) as { user: { name: string } };
    expect(seen.user.name).toBe('Ana');
    expect(raw.readyState).toBe(WebSocket.OPEN);
    raw.close();
  });

  it('someone who drops off and comes back is seen again (echoes of their presence claim nothing)', async () => {
    const board = await createBoard(server.url);
    const a = open(board.id, board.tokens.editor);
    const b = open(board.id, board.tokens.editor);
    await Promise.all([synced(a), synced(b)]);
    const nameOfA = () => (b.provider.awareness.getStates().get(a.doc.clientID) as { user?: { name: string } } | undefined)?.user?.name;
    const waitFor = (want: string | undefined) => new Promise<void>((resolve) => {
      const check = () => { if (nameOfA() === want) { b.provider.awareness.off('change', check); resolve(); } };
      b.provider.awareness.on('change', check);
      check();
    });
    a.provider.awareness.setLocalStateField('user', { name: 'Ana', color: '#f00' });
    await waitFor('Ana');
    // Every stock provider sends each awareness change it hears back to the server, so after Ana's
    // socket has gone, her removal comes back from the others. That must not claim her id.
    const clock = b.provider.awareness.meta.get(a.doc.clientID)!.clock;
    const connections = server.registry.connectionCount;
    a.provider.disconnect();
    await waitFor(undefined);
    while (server.registry.connectionCount >= connections) await sleep(10);
    const echo = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${board.id}?token=${board.tokens.editor}`);
    await new Promise((r) => echo.on('open', r));
    echo.send(encodeAwareness(encodeAwarenessEntries([{ clientId: a.doc.clientID, clock, state: 'null' }])));
    echo.send(encodeAwareness(encodeAwarenessEntries([{ clientId: a.doc.clientID, clock, state: JSON.stringify({ user: { name: 'Ana', color: '#f00' } }) }])));
    await sleep(100);
    a.provider.connect();
    await synced(a);
    a.provider.awareness.setLocalStateField('user', { name: 'Ana, back', color: '#f00' });
    await waitFor('Ana, back');
    echo.close();
  });

  it('a tab that reconnects while its old socket still looks open gets its presence back when that socket proves dead', async () => {
    const board = await createBoard(server.url);
    const b = open(board.id, board.tokens.editor);
    await synced(b);
    const nameOf = (id: number) => (b.provider.awareness.getStates().get(id) as { user?: { name: string } } | undefined)?.user?.name;
    const seenAs = (id: number, name: string) => new Promise<void>((resolve) => {
      const check = () => { if (nameOf(id) === name) { b.provider.awareness.off('change', check); resolve(); } };
      b.provider.awareness.on('change', check);
      check();
    });
    // The old socket: open on the server, but its peer has gone silent (it answers no ping).
    const id = 123_456_789;
    const stale = new WebSocket(`${server.url.replace('http', 'ws')}/sync/${board.id}?token=${board.tokens.editor}`, { autoPong: false });
    await new Promise((r) => stale.on('open', r));
    stale.send(encodeAwareness(encodeAwarenessEntries([{ clientId: id, clock: 1, state: JSON.stringify({ user: { name: 'Ana', color: '#f00' } }) }])));
    await seenAs(id, 'Ana');
    // The same tab again, on a new socket: the stock provider with the same client id.
    const doc = new Y.Doc();
    doc.clientID = id;
    const again = connect(server.url, board.id, board.tokens.editor, doc);
    clients.push(again);
    // Like the app, it announces itself with a newer clock than the state the server last saw.
    again.provider.awareness.setLocalStateField('user', { name: 'Ana', color: '#f00' });
    again.provider.awareness.setLocalStateField('user', { name: 'Ana, back online', color: '#f00' });
    await synced(again);
    await seenAs(id, 'Ana, back online');
    await new Promise((r) => (stale.readyState === WebSocket.CLOSED ? r(null) : stale.on('close', r)));
  });

  it('closes connections of a rotated token and refuses the old one', async () => {
    const board = await createBoard(server.url);
    const v = open(board.id, board.tokens.viewer);
    await synced(v);
    const closed = new Promise<void>((resolve) => v.provider.on('connection-close', () => resolve()));
    const res = await fetch(`${server.url}/api/boards/${board.id}/tokens/viewer`, { method: 'POST', headers: { authorization: `Bearer ${board.tokens.facilitator}` } });
    expect(res.status).toBe(200);
    await closed;
    const old = await fetch(`${server.url}/api/boards/${board.id}?token=${board.tokens.viewer}`);
    expect(old.status).toBe(403);
    const { token } = await res.json() as { token: string };
    expect((await fetch(`${server.url}/api/boards/${board.id}?token=${token}`)).status).toBe(200);
  });
});
