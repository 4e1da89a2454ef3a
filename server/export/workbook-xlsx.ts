/**
 * The board as an Excel workbook (exceljs): one sheet per table — interventions, stakeholders,
 * relations, emissions gap, voting results, comments. Figures are real number cells with the unit
 * in the header, headers are frozen and filterable, columns sized to their content. Text is always
 * written as a text cell, never as a formula, so "=HYPERLINK(…)" in a title stays harmless.
 */
import ExcelJS from 'exceljs';
import type { BoardSnapshot } from '../../shared/board/snapshot.ts';
import { emissionsGap, fieldOf, fieldsOfBoard } from '../../shared/portfolio/index.ts';
import { quadrantOf } from '../../shared/stakeholders/index.ts';
import { openThreads, targetLabels, votingResults } from '../../shared/export/report-model.ts';
import { REPORT_MESSAGES, fieldLabel, fill, leverLabel, type ReportLang } from '../../shared/export/report-messages.ts';

type Value = string | number | boolean | Date | null;
interface SheetColumn { header: string; format?: string; width?: number }

const WHOLE = '#,##0';
const DECIMAL = '#,##0.0';
const YEAR = '0';

function addSheet(book: ExcelJS.Workbook, name: string, columns: SheetColumn[], rows: Value[][]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => {
    const longest = Math.max(c.header.length, ...rows.slice(0, 500).map((r) => cellLength(r[i])));
    return { header: c.header, width: c.width ?? Math.min(60, Math.max(8, longest + 2)), style: c.format ? { numFmt: c.format } : {} };
  });
  for (const r of rows) sheet.addRow(r);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE0E7FF' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return sheet;
}

function cellLength(v: Value | undefined): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return String(Math.round(v)).length + 3;
  if (v instanceof Date) return 16;
  return Math.min(60, String(v).length);
}

export async function boardXlsx(board: BoardSnapshot, { lang = 'en', now = new Date() }: { lang?: ReportLang; now?: Date } = {}): Promise<Buffer> {
  const m = REPORT_MESSAGES[lang];
  const o = m.outlines, s = m.stakeholders, sh = m.sheets;
  const book = new ExcelJS.Workbook();
  book.creator = 'Leverboard';
  book.title = board.meta.title;
  book.created = now;
  const fields = fieldsOfBoard(board.meta);
  const names = new Map(board.stakeholders.map((p) => [p.id, p.name]));
  const votes = new Map<string, number>();
  for (const v of board.votes) votes.set(v.target, (votes.get(v.target) ?? 0) + 1);
  const byCode = [...board.interventions].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));

  addSheet(book, sh.interventions, [
    { header: o.code }, { header: o.title_, width: 45 }, { header: o.module }, { header: o.field, width: 28 }, { header: o.levers, width: 30 },
    { header: o.type, width: 24 }, { header: o.status }, { header: o.responsible, width: 30 },
    { header: m.financing.start, format: YEAR }, { header: m.financing.end, format: YEAR },
    { header: o.reductionTco2e, format: DECIMAL, width: 16 }, { header: o.costEur, format: WHOLE, width: 16 }, { header: o.costPerTco2e, format: DECIMAL, width: 16 },
    { header: o.renewableMwh, format: DECIMAL, width: 16 }, { header: o.cobenefits, width: 30 }, { header: o.stakeholders, width: 30 },
    { header: o.description, width: 60 }, { header: o.outcome, width: 40 }, { header: o.notes, width: 40 }, { header: o.votes }, { header: sh.id, width: 20 },
  ], byCode.map((i) => [
    i.code, i.title, i.module, fieldLabel(m, fieldOf(i, fields)), i.levers.map((l) => leverLabel(m, l)).join('; '), i.type, m.status[i.status],
    i.responsible, i.startYear, i.endYear, i.reductionTco2e, i.costEur,
    i.costEur != null && i.reductionTco2e ? i.costEur / i.reductionTco2e : null, i.renewableMwh, i.cobenefits.join('; '),
    i.stakeholders.map((id) => names.get(id) ?? id).join('; '), i.description, i.outcome, i.notes, votes.get(i.id) ?? 0, i.id,
  ]));

  addSheet(book, sh.stakeholders, [
    { header: s.name, width: 40 }, { header: s.organisation, width: 30 }, { header: s.type, width: 24 }, { header: s.sector }, { header: s.system, width: 30 },
    { header: `${s.power} (0–100)`, format: WHOLE }, { header: `${s.interest} (0–100)`, format: WHOLE }, { header: s.quadrant }, { header: s.attitude },
    { header: s.engagement }, { header: s.notes, width: 40 }, { header: sh.id, width: 20 },
  ], [...board.stakeholders].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)).map((p) => [
    p.name, p.organisation, p.type, p.sector ? m.sector[p.sector] : '', p.system, p.power, p.interest, m.quadrant[quadrantOf(p.power, p.interest)],
    m.attitude[p.attitude], m.engagement[p.engagement], p.notes, p.id,
  ]));

  addSheet(book, sh.relations, [
    { header: s.from, width: 36 }, { header: s.relationType }, { header: s.to, width: 36 }, { header: s.label, width: 24 },
    { header: `${s.strength} (1–3)`, format: WHOLE }, { header: s.directed }, { header: sh.id, width: 20 },
  ], [...board.relations].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [
    names.get(r.from) ?? r.from, m.relationType[r.type], names.get(r.to) ?? r.to, r.label, r.strength, r.directed ? s.yes : s.no, r.id,
  ]));

  const gap = emissionsGap(board.meta, board.interventions);
  const share = (v: number | null) => (v === null || !gap.baselineTco2e ? null : (v / gap.baselineTco2e) * 100);
  addSheet(book, sh.gap, [
    { header: m.gap.item, width: 55 }, { header: m.gap.emissions, format: WHOLE, width: 20 },
    { header: m.gap.share, format: DECIMAL, width: 16 },
  ], [
    [fill(m.gap.baseline, { year: board.meta.baselineYear ?? '—' }), gap.baselineTco2e, gap.baselineTco2e ? 100 : null],
    [fill(m.gap.target, { pct: gap.targetReductionPct ?? '' }), gap.targetTco2e, share(gap.targetTco2e)],
    [m.gap.otherPlans, gap.otherPlansTco2e, share(gap.otherPlansTco2e)],
    [m.gap.gap, gap.gapTco2e, share(gap.gapTco2e)],
    [m.gap.portfolio, gap.portfolioTco2e, share(gap.portfolioTco2e)],
    [m.gap.residual, gap.residualTco2e, share(gap.residualTco2e)],
  ]);

  const voteRows: Value[][] = [];
  for (const { round, ranked } of votingResults(board)) {
    for (const r of ranked) voteRows.push([round.title || round.id, round.status === 'open' ? m.voting.open : m.voting.closed, r.rank, r.label, r.votes]);
  }
  addSheet(book, sh.voting, [
    { header: sh.round, width: 30 }, { header: sh.status }, { header: m.voting.rank, format: WHOLE }, { header: m.voting.item, width: 50 }, { header: m.voting.votes, format: WHOLE },
  ], voteRows);

  const labels = targetLabels(board);
  const commentRows: Value[][] = [];
  const open = new Set(openThreads(board.comments).flatMap((t) => [t.root.id, ...t.replies.map((r) => r.id)]));
  for (const c of [...board.comments].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))) {
    const root = c.parent ? board.comments.find((p) => p.id === c.parent) : c;
    commentRows.push([
      c.target ? labels.get(c.target) ?? c.target : m.comments.board, c.author, c.text, new Date(c.createdAt),
      open.has(c.id) ? sh.open : (root?.resolved ?? c.resolved) ? sh.resolved : '', c.parent ?? '', c.id,
    ]);
  }
  addSheet(book, sh.comments, [
    { header: m.comments.on, width: 36 }, { header: m.comments.author, width: 18 }, { header: m.comments.text, width: 60 },
    { header: sh.created, format: 'yyyy-mm-dd hh:mm', width: 18 }, { header: sh.status, width: 12 }, { header: sh.parent, width: 20 }, { header: sh.id, width: 20 },
  ], commentRows);

  return Buffer.from(await book.xlsx.writeBuffer());
}
