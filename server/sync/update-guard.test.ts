/**
 * The update guard on real Yjs documents: a "server" doc holding the board, a client doc in sync
 * with it making changes, and the guard deciding what of the client's update the server applies.
 * (The end-to-end role checks over the wire are in tests/integration/sync.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAgendaStep, addIntervention, addRecord, deleteIntervention, getRecord, migrateDoc, moveAgendaStep, readFacilitation, removeAgendaStep,
  startAgendaStep, stepAgenda, updateIntervention, updateRecord,
} from '../../shared/board/index.ts';
import type { Role } from '../../shared/schema/index.ts';
import { guardPolicy, guardUpdate } from './update-guard.ts';


function board() {
  const server = new Y.Doc();
  const card = addIntervention(server, { title: 'Bike lanes', costEur: 10 });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client, card };
}

/** what the client changes in `change`, as one update, through the guard for `role` into the server */
function send(server: Y.Doc, client: Y.Doc, role: Role, change: () => void) {
  const before = Y.encodeStateVector(client);
  change();
  const update = Y.encodeStateAsUpdate(client, before);
  const verdict = guardUpdate(server, update, guardPolicy(role));
  Y.applyUpdate(server, verdict.update);
  return { ...verdict, original: update };
}

describe('update guard', () => {
  it('passes an allowed update through untouched', () => {
    const { server, client, card } = board();
    const verdict = send(server, client, 'editor', () => updateIntervention(client, card.id, { costEur: 20 }));
    expect(verdict.refused).toBeNull();
    expect(verdict.update).toBe(verdict.original);
    expect(getRecord(server, 'interventions', card.id)?.costEur).toBe(20);
  });

  it('refuses a commenter deleting an intervention, keeping the comment sent with it', () => {
    const { server, client, card } = board();
    let commentId = '';
    const verdict = send(server, client, 'commenter', () => client.transact(() => {
      deleteIntervention(client, card.id);
      commentId = addRecord(client, 'comments', { target: card.id, text: 'Who pays?' }).id;
    }));
    expect(verdict.refused).toMatch(/interventions/);
    expect(getRecord(server, 'interventions', card.id)?.title).toBe('Bike lanes');
    expect(getRecord(server, 'comments', commentId)?.text).toBe('Who pays?');
  });

  it('keeps the old value when a commenter replaces a field (the replaced value is not deleted)', () => {
    const { server, client, card } = board();
    const verdict = send(server, client, 'commenter', () => updateIntervention(client, card.id, { costEur: 999 }));
    expect(verdict.refused).toMatch(/interventions/);
    expect(getRecord(server, 'interventions', card.id)?.costEur).toBe(10);
  });

  it('refuses a value that does not fit the schema, keeping the valid fields of the same change', () => {
    const { server, client, card } = board();
    const verdict = send(server, client, 'editor', () => client.transact(() => {
      updateIntervention(client, card.id, { title: 'Protected bike lanes' });
      (client.getMap('interventions').get(card.id) as Y.Map<unknown>).set('costEur', -5);
    }));
    expect(verdict.refused).not.toBeNull();
    expect(getRecord(server, 'interventions', card.id)).toMatchObject({ title: 'Protected bike lanes', costEur: 10 });
  });

  it('refuses, for a narrow role only, deleting what the server cannot trace', () => {
    const { server, card } = board();
    // a deletion of a range the server never saw, from a client the server does not know
    const stranger = new Y.Doc();
    stranger.getMap('comments').set('x', 1);
    const deletion = (() => {
      const before = Y.encodeStateVector(stranger);
      stranger.getMap('comments').delete('x');
      return Y.encodeStateAsUpdate(stranger, before);
    })();
    const check = (strict: boolean) => guardUpdate(server, deletion, { ...guardPolicy('commenter'), strict }).refused;
    expect(check(true)).toMatch(/untraceable/);
    expect(check(false)).toBeNull();
    expect(getRecord(server, 'interventions', card.id)).toBeDefined();
  });

  /** a note on the server and a client holding it, with the undo manager the app has (it keeps what it may restore) */
  function offlineEditor() {
    const { server, client } = board();
    const note = addRecord(server, 'canvas', { kind: 'note', text: '', x: 0, y: 0 });
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const undo = new Y.UndoManager(client.getMap('canvas'), { captureTimeout: 0 });
    const before = Y.encodeStateVector(client);
    /** what the provider sends on reconnecting: everything the server lacks, in one update */
    const reconnect = () => { const update = Y.encodeStateAsUpdate(client, before); undo.destroy(); return update; };
    const guard = (update: Uint8Array) => guardUpdate(server, update, guardPolicy('editor'));
    return { server, client, note, reconnect, guard };
  }

  it('passes what an editor did while offline: a key set again and again, merged into one struct', () => {
    const { server, client, note, reconnect, guard } = offlineEditor();
    for (const text of ['T', 'Ty', 'Typ', 'Typed offline']) updateRecord(client, 'canvas', note.id, { text });
    for (let x = 10; x <= 50; x += 10) updateRecord(client, 'canvas', note.id, { x });
    const update = reconnect();
    const merged = (Y.decodeUpdate(update).structs as Y.Item[]).filter((s) => s.content instanceof Y.ContentAny && s.content.getLength() > 1);
    expect(merged.length).toBeGreaterThan(0);
    const verdict = guard(update);
    expect(verdict.refused).toBeNull();
    Y.applyUpdate(server, verdict.update);
    expect(getRecord(server, 'canvas', note.id)).toMatchObject({ text: 'Typed offline', x: 50 });
  });

  it('refuses a merged struct of one key when any of its values does not fit the schema', () => {
    const { client, note, reconnect, guard } = offlineEditor();
    const map = client.getMap('canvas').get(note.id) as Y.Map<unknown>;
    client.transact(() => map.set('x', 'not a number'));
    client.transact(() => map.set('x', 20));
    expect(guard(reconnect()).refused).toMatch(/canvas field x/);
  });

  it('sets a field a record did not have yet (its parent named by id)', () => {
    const server = new Y.Doc();
    const record = new Y.Map<unknown>();
    server.getMap('canvas').set('n1', record);
    record.set('kind', 'note');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const verdict = send(server, client, 'editor', () => (client.getMap('canvas').get('n1') as Y.Map<unknown>).set('text', 'hello'));
    expect(verdict.refused).toBeNull();
    expect((server.getMap('canvas').get('n1') as Y.Map<unknown>).get('text')).toBe('hello');
  });

  it('lets only the facilitator change, unlock or delete a locked item', () => {
    const { server, client } = board();
    const note = addRecord(server, 'canvas', { kind: 'note', text: 'Fixed', x: 0, y: 0, locked: true });
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    expect(send(server, client, 'editor', () => updateRecord(client, 'canvas', note.id, { text: 'Edited' })).refused).toMatch(/locked/);
    expect(send(server, client, 'editor', () => updateRecord(client, 'canvas', note.id, { locked: false })).refused).toMatch(/facilitator/);
    expect(send(server, client, 'editor', () => client.getMap('canvas').delete(note.id)).refused).toMatch(/locked/);
    expect(getRecord(server, 'canvas', note.id)).toMatchObject({ text: 'Fixed', locked: true });
    // an editor still locks nothing, but changes what is not locked
    const free = addRecord(server, 'canvas', { kind: 'note', text: 'Free' });
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server));
    expect(send(server, fresh, 'editor', () => updateRecord(fresh, 'canvas', free.id, { text: 'Moved on' })).refused).toBeNull();
    expect(send(server, fresh, 'editor', () => updateRecord(fresh, 'canvas', free.id, { locked: true })).refused).toMatch(/facilitator/);
    let added = '';
    expect(send(server, fresh, 'editor', () => { added = addRecord(fresh, 'canvas', { kind: 'note', text: 'New' }).id; }).refused).toBeNull();
    expect(getRecord(server, 'canvas', added)).toMatchObject({ text: 'New', locked: false });
    expect(send(server, fresh, 'editor', () => addRecord(fresh, 'canvas', { kind: 'note', text: 'Born locked', locked: true })).refused).toMatch(/facilitator/);
    expect(send(server, fresh, 'facilitator', () => updateRecord(fresh, 'canvas', note.id, { locked: false })).refused).toBeNull();
    expect(send(server, fresh, 'facilitator', () => updateRecord(fresh, 'canvas', note.id, { text: 'Unlocked' })).refused).toBeNull();
    expect(getRecord(server, 'canvas', note.id)).toMatchObject({ text: 'Unlocked', locked: false });
  });

  it('keeps comments and votes as written: only a thread\'s resolved may change, but for the facilitator', () => {
    const { server, client } = board();
    const comment = addRecord(server, 'comments', { text: 'Who pays?', author: 'Fiona', authorId: 'p-fiona' });
    const vote = addRecord(server, 'votes', { round: 'r1', voter: 'ballot-a', target: 'x' });
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    for (const role of ['commenter', 'editor'] as const) {
      const someone = new Y.Doc();
      Y.applyUpdate(someone, Y.encodeStateAsUpdate(server));
      expect(send(server, someone, role, () => updateRecord(someone, 'comments', comment.id, { text: `Forged by the ${role}` })).refused).toMatch(/written in comments/);
      expect(send(server, someone, role, () => updateRecord(someone, 'votes', vote.id, { target: `y-${role}` })).refused).toMatch(/written in votes/);
    }
    expect(send(server, client, 'commenter', () => updateRecord(client, 'comments', comment.id, { resolved: true })).refused).toBeNull();
    expect(getRecord(server, 'comments', comment.id)).toMatchObject({ text: 'Who pays?', resolved: true });
    expect(getRecord(server, 'votes', vote.id)).toMatchObject({ target: 'x' });
    // a new comment and a new vote are written as always
    let added = '';
    expect(send(server, client, 'commenter', () => { added = addRecord(client, 'comments', { text: 'Me too' }).id; }).refused).toBeNull();
    expect(getRecord(server, 'comments', added)?.text).toBe('Me too');
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server));
    expect(send(server, fresh, 'facilitator', () => updateRecord(fresh, 'comments', comment.id, { text: 'Moderated' })).refused).toBeNull();
  });

  it('takes the agenda from the facilitator only: steps, their order, the current step and its timer', () => {
    const { server, client } = board();
    let first = '';
    let second = '';
    expect(send(server, client, 'facilitator', () => {
      first = addAgendaStep(client, { title: 'Barriers by system', minutes: 20 })!.id;
      second = addAgendaStep(client, { title: 'Dot vote', minutes: null })!.id;
    }).refused).toBeNull();
    expect(send(server, client, 'facilitator', () => moveAgendaStep(client, second, -1)).refused).toBeNull();
    expect(send(server, client, 'facilitator', () => startAgendaStep(client, first, 5_000)).refused).toBeNull();
    const agreed = readFacilitation(server);
    expect(agreed.agenda).toEqual([{ id: second, title: 'Dot vote', minutes: null }, { id: first, title: 'Barriers by system', minutes: 20 }]);
    expect(agreed).toMatchObject({ agendaCurrent: first, timerEndsAt: 5_000 + 20 * 60_000 });

    // each attempt from a browser holding the board as the server has it
    const attempt = (role: Role, change: (doc: Y.Doc) => void) => {
      const someone = new Y.Doc();
      Y.applyUpdate(someone, Y.encodeStateAsUpdate(server));
      return send(server, someone, role, () => change(someone)).refused;
    };
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      expect(attempt(role, (d) => stepAgenda(d, -1)), role).toMatch(/facilitation/);
      expect(attempt(role, (d) => startAgendaStep(d, second, 9_000)), role).toMatch(/facilitation/);
      expect(attempt(role, (d) => addAgendaStep(d, { title: `Added by the ${role}`, minutes: 5 })), role).toMatch(/facilitation/);
      expect(attempt(role, (d) => removeAgendaStep(d, first)), role).toMatch(/facilitation/);
      expect(readFacilitation(server), role).toEqual(agreed);
    }
    // the facilitator's writes are checked against the schema like any other
    expect(attempt('facilitator', (d) => d.getMap('facilitation').set('agenda', [{ id: first, title: 'Too long', minutes: 100_000 }]))).toMatch(/agenda/);
    expect(attempt('facilitator', (d) => d.getMap('facilitation').set('agendaCurrent', 'not an id'))).toMatch(/agendaCurrent/);
    // a repeated step id would break every browser's keyed agenda list; an extra key is no step
    expect(attempt('facilitator', (d) => d.getMap('facilitation').set('agenda', [{ id: first, title: 'One', minutes: null }, { id: first, title: 'Two', minutes: 5 }]))).toMatch(/agenda/);
    expect(attempt('facilitator', (d) => d.getMap('facilitation').set('agenda', ['Old step', { id: 'step-1', title: 'Clash', minutes: null }]))).toMatch(/agenda/);
    expect(attempt('facilitator', (d) => d.getMap('facilitation').set('agenda', [{ id: first, title: 'One', minutes: null, html: '<b>x</b>' }]))).toMatch(/agenda/);
    expect(readFacilitation(server)).toEqual(agreed);
    // old string entries still pass, beside steps with their own ids
    expect(attempt('facilitator', (d) => d.getMap('facilitation').set('agenda', ['Welcome', '', { id: first, title: 'Barriers', minutes: 20 }]))).toBeNull();
  });

  it('passes a reconnecting client\'s whole state: deletions the server already holds change nothing, whoever made them', () => {
    const { server } = board();
    const facilitator = new Y.Doc();
    Y.applyUpdate(facilitator, Y.encodeStateAsUpdate(server));
    for (const title of ['Check-in', 'Ideas', 'Vote']) expect(send(server, facilitator, 'facilitator', () => addAgendaStep(facilitator, { title, minutes: 5 })).refused).toBeNull();
    // a commenter who was away comes back: sync step 2 sends everything the server may lack, with the
    // whole delete set — the facilitator's overwritten agendas among it
    const mentor = new Y.Doc();
    Y.applyUpdate(mentor, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateAsUpdate(server);
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      // all it holds against the server's state vector (as sync step 2 sends it), and all of it
      for (const vector of [Y.encodeStateVector(server), Y.encodeStateVector(new Y.Doc())]) {
        const verdict = guardUpdate(server, Y.encodeStateAsUpdate(mentor, vector), guardPolicy(role));
        expect(verdict.refused, role).toBeNull();
        Y.applyUpdate(server, verdict.update);
      }
    }
    expect(Y.encodeStateAsUpdate(server)).toEqual(before);
    expect(readFacilitation(server).agenda).toHaveLength(3);
  });

  it('takes the undo of a facilitator\'s step on a board migrated from before agendaCurrent existed', () => {
    const { server } = board();
    server.transact(() => {
      server.getMap('meta').set('schemaVersion', 3);
      server.getMap('facilitation').delete('agendaCurrent');
    });
    migrateDoc(server);
    const facilitator = new Y.Doc();
    Y.applyUpdate(facilitator, Y.encodeStateAsUpdate(server));
    const me = Symbol('me');
    const undo = new Y.UndoManager(facilitator.getMap('facilitation'), { trackedOrigins: new Set([me]), captureTimeout: 0 });
    expect(send(server, facilitator, 'facilitator', () => addAgendaStep(facilitator, { title: 'Check-in', minutes: 5 })).refused).toBeNull();
    expect(send(server, facilitator, 'facilitator', () => stepAgenda(facilitator, 1, me)).refused).toBeNull();
    expect(readFacilitation(server).agendaCurrent).not.toBeNull();
    expect(send(server, facilitator, 'facilitator', () => undo.undo()).refused).toBeNull();
    expect(readFacilitation(server).agendaCurrent).toBeNull();
  });

  it('takes a comment or vote written a field at a time (an empty map first, then each set its own update), and then keeps it as written', () => {
    const { server, client, card } = board();
    const comment = new Y.Map<unknown>();
    expect(send(server, client, 'commenter', () => client.getMap('comments').set('c-loose', comment)).refused).toBeNull();
    const fields = { id: 'c-loose', target: card.id, parent: null, author: 'Mentor', text: 'Who maintains it?', createdAt: 5, resolved: false };
    for (const [key, value] of Object.entries(fields)) expect(send(server, client, 'commenter', () => comment.set(key, value)).refused, key).toBeNull();
    expect(getRecord(server, 'comments', 'c-loose')).toMatchObject(fields);
    const vote = new Y.Map<unknown>();
    expect(send(server, client, 'commenter', () => client.getMap('votes').set('v-loose', vote)).refused).toBeNull();
    for (const [key, value] of Object.entries({ id: 'v-loose', round: 'r1', voter: 'b1', target: card.id, createdAt: 6 })) {
      expect(send(server, client, 'commenter', () => vote.set(key, value)).refused, key).toBeNull();
    }
    expect(getRecord(server, 'votes', 'v-loose')).toMatchObject({ round: 'r1', voter: 'b1', target: card.id });
    // once written, what it says is the author's
    expect(send(server, client, 'commenter', () => comment.set('text', 'Something else')).refused).toMatch(/comments/);
    expect(send(server, client, 'commenter', () => vote.set('target', 'elsewhere')).refused).toMatch(/votes/);
    expect(getRecord(server, 'comments', 'c-loose')?.text).toBe('Who maintains it?');
    expect(getRecord(server, 'votes', 'v-loose')?.target).toBe(card.id);
  });

  it('a value whose overwrite was refused stays, when the client\'s next change carries its deletion again', () => {
    const { server, client, card } = board();
    const map = client.getMap('interventions').get(card.id) as Y.Map<unknown>;
    expect(send(server, client, 'editor', () => map.set('costEur', -5)).refused).not.toBeNull();
    // Yjs sends the client's whole delete set again with its next update: the old cost goes quietly
    // nowhere, and the good change is taken
    expect(send(server, client, 'editor', () => map.set('title', 'Protected bike lanes')).refused).toBeNull();
    expect(getRecord(server, 'interventions', card.id)).toMatchObject({ title: 'Protected bike lanes', costEur: 10 });
  });

  it('so does a value of the facilitation root: a refused agenda does not take the agreed one with it', () => {
    const { server } = board();
    const facilitator = new Y.Doc();
    Y.applyUpdate(facilitator, Y.encodeStateAsUpdate(server));
    expect(send(server, facilitator, 'facilitator', () => addAgendaStep(facilitator, { title: 'Check-in', minutes: 5 })).refused).toBeNull();
    const agreed = readFacilitation(server).agenda;
    expect(agreed).toHaveLength(1);
    expect(send(server, facilitator, 'facilitator', () => facilitator.getMap('facilitation').set('agenda', [{ id: 'x', title: '', minutes: 1 }])).refused).toMatch(/agenda/);
    expect(send(server, facilitator, 'facilitator', () => facilitator.getMap('facilitation').set('privateMode', true)).refused).toBeNull();
    expect(readFacilitation(server)).toMatchObject({ agenda: agreed, privateMode: true });
  });
});
