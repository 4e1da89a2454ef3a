/**
 * Boards for export tests, built the way users build them: the City of Kranj's published plan
 * imported with shared/csv and applied with shared/board, plus the workshop traces an export must
 * carry (relations, canvas notes, a closed voting round, comment threads, Slovenian letters and
 * text that would be a formula in a spreadsheet).
 */
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import {
  addRecord, addRelation, applyImport, initBoard, listRecords, readMeta, snapshotBoard, updateMeta, type BoardSnapshot,
} from '../../shared/board/index.ts';
import { importInterventions } from '../../shared/csv/interventions.ts';
import { importStakeholders } from '../../shared/csv/stakeholders.ts';

export const KRANJ_DIR = new URL('../../../shared/fixtures/kranj/', import.meta.url);

export function kranjDoc(now = Date.UTC(2025, 2, 14, 9, 0)): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Kranj — Climate City Contract', city: 'Kranj' }, now);
  const stakeholders = importStakeholders(readFileSync(new URL('stakeholders.csv', KRANJ_DIR), 'utf8'), []);
  applyImport(doc, 'stakeholders', stakeholders.rows);
  const interventions = importInterventions(
    readFileSync(new URL('interventions.csv', KRANJ_DIR), 'utf8'), [], readMeta(doc).fields, { stakeholders: listRecords(doc, 'stakeholders') },
  );
  applyImport(doc, 'interventions', interventions.rows, { newFields: interventions.newFields });
  const e = JSON.parse(readFileSync(new URL('emissions.json', KRANJ_DIR), 'utf8'));
  updateMeta(doc, { baselineYear: e.baselineYear, baselineTco2e: e.baselineTco2e, targetReductionPct: e.targetReductionPct, otherPlansTco2e: e.otherPlansTco2e });
  addWorkshopTraces(doc, now);
  return doc;
}

export function addWorkshopTraces(doc: Y.Doc, now: number): void {
  const people = listRecords(doc, 'stakeholders').sort((a, b) => a.name.localeCompare(b.name));
  const actions = listRecords(doc, 'interventions').sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  if (people.length >= 3) {
    addRelation(doc, { from: people[0].id, to: people[1].id, type: 'funds', label: 'Sofinanciranje', strength: 3, directed: true });
    addRelation(doc, { from: people[1].id, to: people[2].id, type: 'collaborates', strength: 2 });
  }
  const frame = addRecord(doc, 'canvas', { kind: 'frame', x: 0, y: 0, w: 600, h: 400, text: 'Ovire in priložnosti', z: 1 });
  const a = addRecord(doc, 'canvas', { kind: 'note', x: 40, y: 80, w: 200, h: 120, text: 'Premalo kadra za projekte (čakalne vrste, šola)', color: 'yellow', z: 2 });
  const b = addRecord(doc, 'canvas', { kind: 'note', x: 340, y: 80, w: 200, h: 120, text: '=HYPERLINK("http://x") not a formula', color: 'green', z: 3 });
  addRecord(doc, 'canvas', { kind: 'note', x: 40, y: 250, w: 200, h: 100, text: 'Secret private idea', private: true, author: 'p1', z: 4 });
  addRecord(doc, 'canvas', { kind: 'connector', from: a.id, to: b.id, z: 5 });
  void frame;
  if (actions.length >= 3) {
    const round = addRecord(doc, 'rounds', { title: 'Prioritete žarišč', targetRoot: 'interventions', votesPerPerson: 3, status: 'closed', revealed: true, createdAt: now, closedAt: now + 600_000 });
    const dots: [string, number][] = [[actions[2].id, 3], [actions[0].id, 2], [actions[1].id, 2], [actions[2].id, 0]];
    let voter = 0;
    for (const [target, count] of dots) for (let k = 0; k < count; k++) addRecord(doc, 'votes', { round: round.id, voter: `p${voter++ % 3}`, target, createdAt: now });
    const hidden = addRecord(doc, 'rounds', { title: 'Still secret', targetRoot: 'interventions', votesPerPerson: 2, status: 'open', revealed: false, createdAt: now + 1 });
    addRecord(doc, 'votes', { round: hidden.id, voter: 'p0', target: actions[0].id, createdAt: now });
    const thread = addRecord(doc, 'comments', { target: actions[0].id, author: 'Špela', authorId: 'p1', text: 'Ali je strošek že potrjen?', createdAt: now + 1000 });
    addRecord(doc, 'comments', { target: actions[0].id, parent: thread.id, author: 'Žiga', authorId: 'p2', text: 'Še ne — čakamo občinski svet.', createdAt: now + 2000 });
    addRecord(doc, 'comments', { target: null, author: 'Ana', authorId: 'p3', text: 'Resolved thread', resolved: true, createdAt: now + 3000 });
  }
}

export function kranjSnapshot(): BoardSnapshot {
  return snapshotBoard(kranjDoc());
}
