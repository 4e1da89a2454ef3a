import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addIntervention, addRecord, addStakeholder, initBoard, listRecords, snapshotBoard, updateMeta } from '../board/index.ts';
import { buildReport, openThreads, votingResults } from './report-model.ts';
import { reportMarkdown } from './report-markdown.ts';
import { seenBy } from '../facilitation/votes.ts';
import { reportHtml } from './report-html.ts';

function board() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Kranj | test', city: 'Kranj' }, 1);
  updateMeta(doc, { baselineYear: 2018, baselineTco2e: 1000, otherPlansTco2e: 300 });
  const a = addIntervention(doc, { code: '2', title: 'Bikes', field: 'mobility', levers: ['technology'], reductionTco2e: 100, costEur: 2000, startYear: 2025, endYear: 2030 });
  const b = addIntervention(doc, { code: '10', title: '=cmd|calc', field: 'energy', levers: ['finance'], reductionTco2e: 50.5, costEur: null });
  addIntervention(doc, { code: '3', title: 'Dropped', status: 'dropped', reductionTco2e: 999, costEur: 999 });
  const r = addRecord(doc, 'rounds', { title: 'Round 1', status: 'closed', revealed: true });
  const secret = addRecord(doc, 'rounds', { title: 'Secret', status: 'open', revealed: false });
  for (const [target, voter] of [[a.id, 'p1'], [a.id, 'p2'], [b.id, 'p1']]) addRecord(doc, 'votes', { round: r.id, voter, target });
  addRecord(doc, 'votes', { round: secret.id, voter: 'p1', target: b.id });
  const c = addRecord(doc, 'comments', { target: a.id, author: 'Ana', text: 'Who pays?', createdAt: 5 });
  addRecord(doc, 'comments', { target: a.id, parent: c.id, author: 'Bor', text: 'The city.', createdAt: 6 });
  addRecord(doc, 'comments', { target: null, author: 'Cene', text: 'Done', resolved: true, createdAt: 7 });
  return snapshotBoard(doc);
}

describe('report model', () => {
  const b = board();
  const report = buildReport(seenBy(b, 'facilitator'), { now: new Date(Date.UTC(2025, 2, 14)) });

  it('follows the Action Plan modules, with the board title, city and date', () => {
    expect(report.sections.map((s) => s.module || s.id)).toEqual(['A-2.1', 'A-3.2', 'B-1.1', 'B-2.2', 'C-3.1', 'voting', 'comments']);
    expect(report).toMatchObject({ title: 'Kranj | test', city: 'Kranj', date: '14 March 2025', lang: 'en' });
    expect(buildReport(seenBy(b, 'viewer'), { lang: 'sl', now: new Date(Date.UTC(2025, 2, 14)) }).date).toBe('14. marec 2025');
  });

  it('computes the emissions gap and the C-3.1 totals without dropped interventions', () => {
    const gap = report.sections[0].blocks.find((x) => x.kind === 'table')!;
    expect(gap.kind === 'table' && gap.rows.map((r) => r[1])).toEqual([1000, 800, 300, 500, 150.5, 200]);
    const fin = report.sections[4].blocks[0];
    expect(fin.kind === 'table' && fin.rows.map((r) => r[0])).toEqual(['2 Bikes', '10 =cmd|calc']);
    expect(fin.kind === 'table' && fin.footer).toEqual(['Total', '', null, null, '', 150.5, 2000]);
  });

  it('B-1.1: each early change, late outcome and outcome is marked with its intervention; a blank late outcome stays blank', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Pathways' }, 1);
    addIntervention(doc, { code: '1.10', title: 'Heat pumps', field: 'energy', levers: ['technology'], earlyChanges: 'tender out', lateOutcomes: '', outcome: '90 % RES heat', reductionTco2e: 40, cobenefits: ['jobs'] });
    addIntervention(doc, { code: '1.2', title: 'District heating', field: 'energy', levers: ['technology'], earlyChanges: 'permits', lateOutcomes: 'plants run\non biomass', outcome: '', reductionTco2e: 10 });
    addIntervention(doc, { code: '', title: 'Solar roofs', field: 'energy', levers: ['technology'], earlyChanges: '', lateOutcomes: 'roofs | covered', outcome: 'more PV' });
    addIntervention(doc, { code: '1.9', title: 'Energy advice', field: 'energy', levers: ['learning'], outcome: 'people know how' });
    addIntervention(doc, { code: '1.99', title: 'Gone', field: 'energy', levers: ['learning'], lateOutcomes: 'never', status: 'dropped' });
    const r = buildReport(seenBy(snapshotBoard(doc), 'editor'), { now: new Date(0) });
    const section = r.sections.find((x) => x.module === 'B-1.1')!;
    expect(section.blocks[0]).toEqual({ kind: 'paragraph', text: 'Each text is marked with the code (or title) of the intervention that wrote it.' });
    const table = section.blocks.find((x) => x.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.columns.map((c) => c.label)).toEqual([
      'Systemic lever', 'Interventions', 'Outcome it serves', 'Early changes (1–2 years)', 'Late outcomes (3–4 years)', 'Direct impact (tCO2e/yr)', 'Indirect impacts (co-benefits)',
    ]);
    expect(table.rows).toEqual([
      // in the app's order: by code, an intervention without one last
      ['Technology/Infrastructure', '1.2 District heating; 1.10 Heat pumps; Solar roofs', '1.10: 90 % RES heat; Solar roofs: more PV',
        '1.2: permits; 1.10: tender out', '1.2: plants run on biomass; Solar roofs: roofs | covered', 50, 'jobs'],
      // a late outcome nobody wrote is blank, not the outcome it serves; no figure is unknown, not 0
      ['Learning & Capabilities', '1.9 Energy advice', '1.9: people know how', '', '', null, ''],
    ]);
    const md = reportMarkdown(r);
    expect(md).toContain('| Technology/Infrastructure | 1.2 District heating; 1.10 Heat pumps; Solar roofs | 1.10: 90 % RES heat; Solar roofs: more PV | 1.2: permits; 1.10: tender out | 1.2: plants run on biomass; Solar roofs: roofs \\| covered | 50 | jobs |');
    expect(md).toContain('| Learning & Capabilities | 1.9 Energy advice | 1.9: people know how |  |  |  |  |');
    const html = reportHtml(buildReport(seenBy(snapshotBoard(doc), 'editor'), { lang: 'sl', now: new Date(0) }));
    expect(html).toContain('Poznejši izidi (3–4 leta)');
    expect(html).toContain('Izid, ki mu služi');
    expect(html).toContain('1.2: plants run on biomass; Solar roofs: roofs | covered');
    expect(html).not.toContain('never');
  });

  it('B-2.2: lists an intervention\u2019s stakeholders, co-benefits and levers with "; ", since names have commas of their own', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Lists' }, 1);
    const large = addStakeholder(doc, { name: 'Large energy consumers in the areas (Elderly home, health, education and commercial centres)' });
    const bsc = addStakeholder(doc, { name: 'BSC Kranj, regional development agency' });
    addIntervention(doc, {
      code: '1.1', title: 'Heat', levers: ['technology', 'finance'], stakeholders: [large.id, bsc.id], cobenefits: ['air quality', 'jobs, skills'],
    });
    const both = 'Large energy consumers in the areas (Elderly home, health, education and commercial centres); BSC Kranj, regional development agency';
    for (const lang of ['en', 'sl'] as const) {
      const r = buildReport(seenBy(snapshotBoard(doc), 'editor'), { lang, now: new Date(0) });
      const fields = r.sections.find((x) => x.id === 'outlines')!.blocks.find((x) => x.kind === 'fields');
      if (fields?.kind !== 'fields') throw new Error('no fields');
      const value = (label: string) => fields.items.find((item) => item.label === label)?.value;
      expect(value(r.messages.outlines.stakeholders)).toBe(both);
      expect(value(r.messages.outlines.cobenefits)).toBe('air quality; jobs, skills');
      expect(value(r.messages.outlines.levers)).toMatch(/^[^;]+; [^;]+$/);
      expect(reportMarkdown(r)).toContain(both);
      expect(reportHtml(r)).toContain(both);
    }
  });

  it('ranks revealed rounds, and keeps a round not yet revealed for the facilitator', () => {
    const results = votingResults(seenBy(b, 'viewer'));
    expect(results.map((x) => x.round.title)).toEqual(['Round 1']);
    expect(votingResults(seenBy(b, 'facilitator')).map((x) => x.round.title).sort()).toEqual(['Round 1', 'Secret']);
    expect(results[0].ranked.map((x) => [x.rank, x.label, x.votes])).toEqual([[1, '2 Bikes', 2], [2, '10 =cmd|calc', 1]]);
    expect(results[0].voters).toBe(2);
    // counted as the app counts: a ballot stuffed past the round's dots per person counts only its share,
    // and a voted item deleted since is named so, not by its id
    const round = b.rounds.find((r) => r.title === 'Round 1')!;
    const stuffed = Array.from({ length: 10 }, (_, k) => ({ id: `s${k}`, round: round.id, voter: 'stuffer', target: 'gone', createdAt: k }));
    const counted = votingResults(seenBy({ ...b, votes: [...b.votes, ...stuffed] }, 'viewer'), '(deleted since)')[0]!.ranked;
    expect(counted.find((x) => x.target === 'gone')).toMatchObject({ label: '(deleted since)', votes: round.votesPerPerson });
  });

  it('counts only a board seen by a role: a snapshot passed as it is does not compile', () => {
    const snapshot = board();
    // @ts-expect-error: the Secret round is not revealed; without seenBy it would be counted
    expect(() => buildReport(snapshot, { now: new Date(0) })).not.toThrow();
    // @ts-expect-error: likewise for the voting results alone
    expect(() => votingResults(snapshot)).not.toThrow();
    const viewers = buildReport(seenBy(snapshot, 'viewer'), { now: new Date(0) });
    const voting = viewers.sections.find((s) => s.id === 'voting')!;
    expect(JSON.stringify(voting)).not.toContain('Secret');
    // the outline of "10 =cmd|calc" counts its one revealed dot, not the secret one
    expect(JSON.stringify(viewers.sections.find((s) => s.id === 'outlines'))).toContain('{"label":"Votes","value":"1"}');
    expect(JSON.stringify(report.sections.find((s) => s.id === 'outlines'))).toContain('{"label":"Votes","value":"2"}');
  });

  it('lists open threads with their replies, not resolved ones', () => {
    expect(openThreads(b.comments).map((t) => [t.root.text, t.replies.map((r) => r.text)])).toEqual([['Who pays?', ['The city.']]]);
  });

  it('Markdown escapes table pipes; HTML escapes markup', () => {
    const md = reportMarkdown(report);
    expect(md).toContain('# Kranj \\| test');
    expect(md).toContain('| 10 =cmd\\|calc |');
    expect(md).toContain('| **Total** |  |  |  |  | **151** | **2,000** |');
    const html = reportHtml({ ...report, title: '<script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('lists the canvas notes with the frames they sit in, never a private one', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Barriers', template: 'barriers', language: 'sl' }, 1);
    const frames = listRecords(doc, 'canvas').filter((c) => c.kind === 'frame');
    const energy = frames.find((f) => f.text === 'Energetski sistemi')!;
    const barriers = frames.find((f) => f.text === 'Ovire' && f.x > energy.x && f.x < energy.x + energy.w)!;
    addRecord(doc, 'canvas', { kind: 'note', text: 'Plinski kotli', x: barriers.x + 20, y: barriers.y + 40, w: 100, h: 60 });
    addRecord(doc, 'canvas', { kind: 'note', text: 'Secret', x: barriers.x + 20, y: barriers.y + 140, w: 100, h: 60, private: true });
    const section = buildReport(seenBy(snapshotBoard(doc), 'editor'), { lang: 'sl', now: new Date(0) }).sections.find((x) => x.id === 'canvas')!;
    expect(section.title).toBe('Delavniško platno');
    const table = section.blocks.find((x) => x.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows).toContainEqual(['Energetski sistemi › Ovire', 'Plinski kotli']);
    expect(JSON.stringify(table.rows)).not.toContain('Secret');
    expect(section.blocks.some((x) => x.kind === 'picture')).toBe(true);
    // an empty canvas has no section
    const empty = new Y.Doc();
    initBoard(empty, { title: 'Empty' }, 1);
    expect(buildReport(seenBy(snapshotBoard(empty), 'editor'), { lang: 'en', now: new Date(0) }).sections.map((x) => x.id)).not.toContain('canvas');
  });
});
