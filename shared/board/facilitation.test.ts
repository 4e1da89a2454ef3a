import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTimer } from '../facilitation/timer.ts';
import { agendaSteps } from '../facilitation/agenda.ts';
import { SCHEMA_VERSION } from '../schema/index.ts';
import {
  addAgendaStep, editAgendaStep, initBoard, loadSnapshot, migrateDoc, moveAgendaStep, parseSnapshot, readFacilitation,
  removeAgendaStep, setCurrentStep, snapshotBoard, startAgendaStep, stepAgenda,
} from './index.ts';

const titles = (doc: Y.Doc) => agendaSteps(readFacilitation(doc).agenda).map((s) => s.title);

describe('agenda writes', () => {
  it('the facilitator writes, reorders and walks through an agenda', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Workshop' });
    const welcome = addAgendaStep(doc, { title: 'Welcome', minutes: 10 })!;
    const barriers = addAgendaStep(doc, { title: 'Barriers', minutes: 25 })!;
    const vote = addAgendaStep(doc, { title: 'Dot vote', minutes: null })!;
    expect(addAgendaStep(doc, { title: '  ', minutes: 5 })).toBeNull();
    expect(titles(doc)).toEqual(['Welcome', 'Barriers', 'Dot vote']);

    moveAgendaStep(doc, vote.id, -1);
    expect(titles(doc)).toEqual(['Welcome', 'Dot vote', 'Barriers']);
    expect(editAgendaStep(doc, barriers.id, { title: 'Barriers and opportunities', minutes: 30 })).toBe(true);
    expect(editAgendaStep(doc, barriers.id, { title: '' })).toBe(false);
    expect(agendaSteps(readFacilitation(doc).agenda)[2]).toEqual({ id: barriers.id, title: 'Barriers and opportunities', minutes: 30 });

    expect(stepAgenda(doc, 1)).toBe(welcome.id);
    expect(stepAgenda(doc, 1)).toBe(vote.id);
    expect(stepAgenda(doc, -1)).toBe(welcome.id);
    setCurrentStep(doc, barriers.id);
    expect(stepAgenda(doc, 1)).toBe(barriers.id); // the last step stays current
    setCurrentStep(doc, 'not-a-step');
    expect(readFacilitation(doc).agendaCurrent).toBe(barriers.id);

    // reordering keeps the current step, removing it moves on
    moveAgendaStep(doc, barriers.id, -1);
    expect(readFacilitation(doc).agendaCurrent).toBe(barriers.id);
    removeAgendaStep(doc, barriers.id);
    expect(readFacilitation(doc).agendaCurrent).toBe(vote.id);
    // the timer was never touched by any of it
    expect(readTimer(readFacilitation(doc), 0).status).toBe('idle');
  });

  it('starting a step makes it current and starts the timer with its duration, in one change', () => {
    const doc = new Y.Doc();
    const barriers = addAgendaStep(doc, { title: 'Barriers', minutes: 25 })!;
    const open = addAgendaStep(doc, { title: 'Open discussion', minutes: null })!;
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(startAgendaStep(doc, barriers.id, 1_000_000)).toBe(true);
    expect(updates).toHaveLength(1);
    const f = readFacilitation(doc);
    expect(f.agendaCurrent).toBe(barriers.id);
    expect(readTimer(f, 1_000_000 + 60_000)).toEqual({ status: 'running', remainingMs: 24 * 60_000 });
    // a step without a duration becomes current and leaves the running timer alone
    expect(startAgendaStep(doc, open.id, 1_100_000)).toBe(true);
    expect(readFacilitation(doc)).toMatchObject({ agendaCurrent: open.id, timerEndsAt: f.timerEndsAt });
    expect(startAgendaStep(doc, 'gone', 0)).toBe(false);
  });

  it('a version 3 board with a list of titles still loads, steps through, and exports and imports', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Old board' });
    doc.transact(() => {
      doc.getMap('meta').set('schemaVersion', 3);
      doc.getMap('facilitation').set('agenda', ['Welcome', 'Barriers', 'Dot vote']);
      doc.getMap('facilitation').delete('agendaCurrent');
    });
    expect(migrateDoc(doc)).toBe(3);
    // the key a version 3 board lacked is written, so that stepping is never its first write
    expect(doc.getMap('facilitation').get('agendaCurrent')).toBeNull();
    expect(readFacilitation(doc).agendaCurrent).toBeNull();
    expect(stepAgenda(doc, 1)).toBe('step-1');
    expect(stepAgenda(doc, 1)).toBe('step-2');
    // a backup of the old board imports as it is, and reads the same
    const backup = JSON.parse(JSON.stringify(snapshotBoard(doc)));
    const copy = new Y.Doc();
    loadSnapshot(copy, parseSnapshot(backup, 3));
    expect(snapshotBoard(copy)).toEqual(snapshotBoard(doc));
    expect(agendaSteps(readFacilitation(copy).agenda)[1]).toEqual({ id: 'step-2', title: 'Barriers', minutes: null });
    // the first change of the list writes steps, keeping the ids (and so the current step)
    addAgendaStep(doc, { title: 'Wrap-up', minutes: 5 });
    const f = readFacilitation(doc);
    expect(f.agenda.every((e) => typeof e === 'object')).toBe(true);
    expect(f.agendaCurrent).toBe('step-2');
    expect(stepAgenda(doc, 1)).toBe('step-3');
    // and the new shape round-trips through a backup too
    const again = new Y.Doc();
    loadSnapshot(again, parseSnapshot(JSON.parse(JSON.stringify(snapshotBoard(doc))), SCHEMA_VERSION));
    expect(snapshotBoard(again).facilitation).toEqual(snapshotBoard(doc).facilitation);
  });
});
