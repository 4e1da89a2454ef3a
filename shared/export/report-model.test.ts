import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addIntervention, addRecord, initBoard, snapshotBoard, updateMeta } from '../board/index.ts';
import { buildReport, openThreads, votingResults } from './report-model.ts';
import { reportMarkdown } from './report-markdown.ts';
import { reportHtml } from './report-html.ts';

function board() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Kranj | test', city: 'Kranj' }, 1);
  updateMeta(doc, { baselineYear: 2018, baselineTco2e: 1000, otherPlansTco2e: 300 });
  const a = addIntervention(doc, { code: '2', title: 'Bikes', field: 'mobility', levers: ['technology'], reductionTco2e: 100, costEur: 2000, startYear: 2025, endYear: 2030 });
  const b = addIntervention(doc, { code: '10', title: '=cmd|calc', field: 'energy', levers: ['finance'], reductionTco2e: 50.5, costEur: null });
  addIntervention(doc, { code: '3', title: 'Dropped', status: 'dropped', reductionTco2e: 999, costEur: 999 });
  const r = addRecord(doc, 'rounds', { title: 'Round 1', status: 'closed' });
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
  const report = buildReport(b, { now: new Date(Date.UTC(2025, 2, 14)) });

  it('follows the Action Plan modules, with the board title, city and date', () => {
    expect(report.sections.map((s) => s.module || s.id)).toEqual(['A-2.1', 'A-3.2', 'B-1.1', 'B-2.2', 'C-3.1', 'voting', 'comments']);
    expect(report).toMatchObject({ title: 'Kranj | test', city: 'Kranj', date: '14 March 2025', lang: 'en' });
    expect(buildReport(b, { lang: 'sl', now: new Date(Date.UTC(2025, 2, 14)) }).date).toBe('14. marec 2025');
  });

  it('computes the emissions gap and the C-3.1 totals without dropped interventions', () => {
    const gap = report.sections[0].blocks.find((x) => x.kind === 'table')!;
    expect(gap.kind === 'table' && gap.rows.map((r) => r[1])).toEqual([1000, 800, 300, 500, 150.5, 200]);
    const fin = report.sections[4].blocks[0];
    expect(fin.kind === 'table' && fin.rows.map((r) => r[0])).toEqual(['2 Bikes', '10 =cmd|calc']);
    expect(fin.kind === 'table' && fin.footer).toEqual(['Total', '', null, null, '', 150.5, 2000]);
  });

  it('ranks closed rounds and keeps unrevealed open rounds secret', () => {
    const results = votingResults(b);
    expect(results.map((x) => x.round.title)).toEqual(['Round 1']);
    expect(results[0].ranked.map((x) => [x.rank, x.label, x.votes])).toEqual([[1, '2 Bikes', 2], [2, '10 =cmd|calc', 1]]);
    expect(results[0].voters).toBe(2);
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
});
