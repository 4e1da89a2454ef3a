import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as Yjs from 'yjs';
import {
  addIntervention, deleteIntervention, getRecord, initBoard, listRecords, loadSnapshot, migrateDoc, moveIntervention, parseSnapshot, RecordError,
  snapshotBoard, updateIntervention, updateRecord, SnapshotError,
} from './index.ts';
import { SCHEMA_VERSION } from '../schema/index.ts';

describe('typed record functions', () => {
  it('fill defaults and validate', () => {
    const doc = new Y.Doc();
    const card = addIntervention(doc, { title: 'Bike sharing' });
    expect(card).toMatchObject({ status: 'idea', levers: [], costEur: null, module: 'B-2.2' });
    expect(() => addIntervention(doc, { title: 'x', costEur: -5 })).toThrow(RecordError);
    expect(() => updateIntervention(doc, card.id, { startYear: 1800 })).toThrow(/startYear/);
    expect(getRecord(doc, 'interventions', card.id)!.startYear).toBeNull();
  });

  it('read a record that lacks fields (a stock client writes the contract\'s only) with their defaults, and patch it', () => {
    const doc = new Y.Doc();
    const comment = new Y.Map<unknown>();
    doc.getMap('comments').set('c1', comment);
    for (const [k, v] of Object.entries({ id: 'c1', target: null, parent: null, author: 'Mira', text: 'Who pays?', createdAt: 5, resolved: false })) comment.set(k, v);
    expect(getRecord(doc, 'comments', 'c1')).toMatchObject({ text: 'Who pays?', mentions: [], authorId: '' });
    expect(listRecords(doc, 'comments')[0]!.mentions).toEqual([]);
    updateRecord(doc, 'comments', 'c1', { resolved: true });
    expect(getRecord(doc, 'comments', 'c1')!.resolved).toBe(true);
    // only what was patched is written: the defaults stay defaults
    expect([...comment.keys()].sort()).toEqual(['author', 'createdAt', 'id', 'parent', 'resolved', 'target', 'text']);
    // a record without even its id is read under its key
    const bare = new Y.Map<unknown>();
    doc.getMap('canvas').set('n1', bare);
    expect(getRecord(doc, 'canvas', 'n1')).toMatchObject({ id: 'n1', kind: 'note' });
  });

  it('write one transaction per call, so one undo step', () => {
    const doc = new Y.Doc();
    const origin = Symbol('me');
    const undo = new Yjs.UndoManager([doc.getMap('interventions')], { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    const a = addIntervention(doc, { title: 'A' }, origin);
    const b = addIntervention(doc, { title: 'B', dependsOn: [a.id] }, origin);
    deleteIntervention(doc, a.id, origin);
    expect(getRecord(doc, 'interventions', b.id)!.dependsOn).toEqual([]);
    undo.undo();
    expect(getRecord(doc, 'interventions', a.id)).toBeDefined();
    expect(getRecord(doc, 'interventions', b.id)!.dependsOn).toEqual([a.id]);
  });

  it('move a card to another cell: onto a lever it pulls it keeps all, onto another the first is replaced; never a locked card', () => {
    const doc = new Y.Doc();
    const card = addIntervention(doc, { field: 'energy', levers: ['technology', 'finance'] });
    expect(moveIntervention(doc, card.id, 'mobility', 'finance')).toBe(true);
    expect(getRecord(doc, 'interventions', card.id)).toMatchObject({ field: 'mobility', levers: ['finance', 'technology'] });
    expect(moveIntervention(doc, card.id, 'mobility', 'learning')).toBe(true);
    expect(getRecord(doc, 'interventions', card.id)).toMatchObject({ levers: ['learning', 'technology'] });
    const locked = addIntervention(doc, { field: 'energy', levers: ['technology'], locked: true });
    expect(moveIntervention(doc, locked.id, 'waste', 'finance')).toBe(false);
    expect(getRecord(doc, 'interventions', locked.id)).toMatchObject({ field: 'energy', levers: ['technology'] });
  });
});

describe('snapshots and migrations', () => {
  it('round-trip a board', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'T', city: 'Kranj' });
    addIntervention(doc, { title: 'A', levers: ['finance', 'social'], cobenefits: ['air quality'] });
    const copy = new Y.Doc();
    loadSnapshot(copy, parseSnapshot(JSON.parse(JSON.stringify(snapshotBoard(doc))), SCHEMA_VERSION));
    expect(snapshotBoard(copy)).toEqual(snapshotBoard(doc));
  });

  it('migrate version 1 boards (single lever) in files and in stored documents', () => {
    const v1 = { meta: { title: 'Old', schemaVersion: 1 }, interventions: [{ id: 'i1', title: 'Old card', lever: 'governance', status: 'idea', code: '', module: '', description: '', field: '', type: '', outcome: '', responsible: '', scale: '', stakeholders: [], startYear: null, endYear: null, reductionTco2e: null, costEur: null, renewableMwh: null, cobenefits: [], dependsOn: [], notes: '', earlyChanges: '', lateOutcomes: '', createdAt: 1, updatedAt: 1 }] };
    const parsed = parseSnapshot(v1, 1);
    expect(parsed.interventions[0]!.levers).toEqual(['governance']);
    expect(parsed.meta.schemaVersion).toBe(SCHEMA_VERSION);

    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', 1);
    const rec = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(v1.interventions[0]!)) rec.set(k, v);
    doc.getMap('interventions').set('i1', rec);
    expect(migrateDoc(doc)).toBe(1);
    expect(getRecord(doc, 'interventions', 'i1')).toMatchObject({ levers: ['governance'], locked: false });
    expect((doc.getMap('interventions').get('i1') as Y.Map<unknown>).has('lever')).toBe(false);
  });

  it('take a backup whose records carry only the contract\'s fields, at any version, the rest at their defaults', () => {
    const contractOnly = {
      interventions: [{
        id: 'i1', code: '1.1', title: 'Heat pumps', module: 'B-2.2', description: '', field: 'energy', levers: ['technology'], type: '',
        status: 'planned', outcome: '', responsible: '', scale: '', stakeholders: ['s1'], startYear: 2025, endYear: 2030,
        reductionTco2e: 120, costEur: 1000, renewableMwh: null, cobenefits: [], dependsOn: [], notes: '', createdAt: 1, updatedAt: 1,
      }],
      stakeholders: [{ id: 's1', name: 'City of Kranj', organisation: '', type: 'Local Authority', sector: 'public', system: '', power: 80, interest: 90, attitude: 'supporter', engagement: 'collaborate', notes: '', x: 0, y: 0 }],
      comments: [{ id: 'c1', target: 'i1', parent: null, author: 'p1', text: 'Who pays?', createdAt: 2, resolved: false }],
    };
    for (const version of [2, 3, SCHEMA_VERSION]) {
      const parsed = parseSnapshot(contractOnly, version);
      expect(parsed.interventions[0]).toMatchObject({ id: 'i1', title: 'Heat pumps', reductionTco2e: 120, sinksTco2e: null, earlyChanges: '', locked: false });
      expect(parsed.stakeholders[0]).toMatchObject({ id: 's1', name: 'City of Kranj', power: 80 });
      expect(parsed.comments[0]).toMatchObject({ id: 'c1', text: 'Who pays?' });
    }
  });

  it('refuse broken input with a readable reason', () => {
    expect(() => parseSnapshot('nope', SCHEMA_VERSION)).toThrow(SnapshotError);
    expect(() => parseSnapshot({ interventions: [{ id: 'x', title: 5 }] }, SCHEMA_VERSION)).toThrow(/interventions\[0\]/);
    expect(() => parseSnapshot({}, SCHEMA_VERSION + 1)).toThrow(/newer/);
    expect(() => parseSnapshot({ interventions: ['x'] }, SCHEMA_VERSION)).toThrow(/interventions\[0\]: expected an object/);
    expect(() => parseSnapshot({ interventions: [{ title: 'no id' }] }, SCHEMA_VERSION)).toThrow(/interventions\[0\]: id/);
    const dup = snapshotBoard((() => { const d = new Y.Doc(); addIntervention(d, { title: 'a' }); return d; })());
    dup.interventions.push(dup.interventions[0]!);
    expect(() => parseSnapshot(dup, SCHEMA_VERSION)).toThrow(/duplicate/);
  });
});
