/**
 * The board as an Excel workbook (exceljs): one sheet per table — interventions, C-3.1 financing
 * totals, stakeholders, relations, emissions gap, voting results, comments. Figures are real number
 * cells with the unit in the header, headers are frozen and filterable, columns sized to their
 * content. Text is always written as a text cell, never as a formula, so "=HYPERLINK(…)" in a title
 * stays harmless. The totals a finance officer works from are Excel formulas (SUM/SUMIF over the
 * cells above) with their result cached, so they open right in any reader and stay right when a
 * figure is edited; they follow the app's rules (shared/portfolio/totals.ts): dropped interventions
 * are left out, a figure no intervention has is left blank rather than 0, and cost per tCO2e counts
 * only interventions with both figures.
 */
import ExcelJS from 'exceljs';
import type { Intervention } from '../../shared/schema/index.ts';
import { LEVER_COLUMNS, byCode, emissionsGap, fieldOf, fieldsOfBoard, portfolioTotals, type PortfolioTotals, type Sum } from '../../shared/portfolio/index.ts';
import { quadrantOf } from '../../shared/stakeholders/index.ts';
import { countVotes } from '../../shared/facilitation/votes.ts';
import { openThreads, targetLabels, votingResults, type SeenBoard } from '../../shared/export/report-model.ts';
import { REPORT_MESSAGES, fieldLabel, fill, fillCount, leverLabel, type ReportLang, type ReportMessages } from '../../shared/export/report-messages.ts';

type Value = string | number | boolean | Date | null | ExcelJS.CellFormulaValue;
interface SheetColumn { header: string; format?: string; width?: number }

const WHOLE = '#,##0';
const DECIMAL = '#,##0.0';
const YEAR = '0';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE0E7FF' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F5F9' } };
const TOTAL_BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' } };

function addSheet(book: ExcelJS.Workbook, name: string, columns: SheetColumn[], rows: Value[][]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => {
    const longest = Math.max(c.header.length, ...rows.slice(0, 500).map((r) => cellLength(r[i])));
    return { header: c.header, width: c.width ?? Math.min(60, Math.max(8, longest + 2)), style: c.format ? { numFmt: c.format } : {} };
  });
  for (const r of rows) sheet.addRow(r);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return sheet;
}

function cellLength(v: Value | undefined): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return String(Math.round(v)).length + 3;
  if (v instanceof Date) return 16;
  if (typeof v === 'object') return cellLength((v.result ?? null) as Value);
  return Math.min(60, String(v).length);
}

/** A formula with its result cached, or a blank cell when the result is unknown (no figure to add). */
function formula(text: string, result: number | null): Value {
  return result === null ? null : { formula: text, result };
}

/** Text as a literal SUMIF criterion: quotes doubled, Excel's wildcards (* ? ~) escaped. */
function criterionText(text: string): string {
  return text.replace(/[~*?]/g, '~$&').replace(/"/g, '""');
}

function markTotal(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell({ includeEmpty: true }, (cell) => { cell.fill = TOTAL_FILL; cell.border = TOTAL_BORDER; });
}

type InterventionColumn = SheetColumn & { key: string; value: (i: Intervention) => Value };

function interventionsSheet(book: ExcelJS.Workbook, board: SeenBoard, m: ReportMessages, fields: string[], totals: PortfolioTotals): void {
  const o = m.outlines, sh = m.sheets;
  const names = new Map(board.stakeholders.map((p) => [p.id, p.name]));
  const votes = countVotes(board);
  const listed = [...board.interventions].sort(byCode);
  const columns: InterventionColumn[] = [
    { key: 'code', header: o.code, value: (i) => i.code },
    { key: 'title', header: o.title_, width: 45, value: (i) => i.title },
    { key: 'module', header: o.module, value: (i) => i.module },
    { key: 'field', header: o.field, width: 28, value: (i) => fieldLabel(m, fieldOf(i, fields)) },
    { key: 'levers', header: o.levers, width: 30, value: (i) => i.levers.map((l) => leverLabel(m, l)).join('; ') },
    { key: 'type', header: o.type, width: 24, value: (i) => i.type },
    { key: 'status', header: o.status, value: (i) => m.status[i.status] },
    { key: 'responsible', header: o.responsible, width: 30, value: (i) => i.responsible },
    { key: 'start', header: m.financing.start, format: YEAR, value: (i) => i.startYear },
    { key: 'end', header: m.financing.end, format: YEAR, value: (i) => i.endYear },
    { key: 'reduction', header: o.reductionTco2e, format: DECIMAL, width: 16, value: (i) => i.reductionTco2e },
    { key: 'cost', header: o.costEur, format: WHOLE, width: 16, value: (i) => i.costEur },
    { key: 'perTco2e', header: o.costPerTco2e, format: DECIMAL, width: 16, value: () => null }, // a formula, set below
    { key: 'renewable', header: o.renewableMwh, format: DECIMAL, width: 16, value: (i) => i.renewableMwh },
    { key: 'sinks', header: o.sinksTco2e, format: DECIMAL, width: 16, value: (i) => i.sinksTco2e },
    { key: 'energyRemoved', header: o.energyRemoved, width: 30, value: (i) => i.energyRemoved },
    { key: 'cobenefits', header: o.cobenefits, width: 30, value: (i) => i.cobenefits.join('; ') },
    { key: 'stakeholders', header: o.stakeholders, width: 30, value: (i) => i.stakeholders.map((id) => names.get(id) ?? id).join('; ') },
    { key: 'description', header: o.description, width: 60, value: (i) => i.description },
    { key: 'outcome', header: o.outcome, width: 40, value: (i) => i.outcome },
    { key: 'indicators', header: o.indicators, width: 40, value: (i) => i.indicators },
    { key: 'notes', header: o.notes, width: 40, value: (i) => i.notes },
    { key: 'votes', header: o.votes, value: (i) => votes.get(i.id) ?? 0 },
    { key: 'id', header: sh.id, width: 20, value: (i) => i.id },
  ];
  const col = (key: string) => columns.findIndex((c) => c.key === key) + 1;
  const sheet = addSheet(book, sh.interventions, columns, listed.map((i) => columns.map((c) => c.value(i))));
  const letter = (key: string) => sheet.getColumn(col(key)).letter;
  // Cost per tCO2e of a row follows its cost and reduction when they are edited (blank, not #DIV/0!, at 0 t).
  listed.forEach((i, n) => {
    if (i.costEur == null || !i.reductionTco2e) return;
    const r = n + 2;
    sheet.getCell(r, col('perTco2e')).value = { formula: `IFERROR(${letter('cost')}${r}/${letter('reduction')}${r},"")`, result: i.costEur / i.reductionTco2e };
  });
  if (listed.length === 0) return;

  // The total row, one empty row below the data so that sorting or filtering the table leaves it alone.
  const last = listed.length + 1;
  const range = (key: string) => `${letter(key)}$2:${letter(key)}$${last}`;
  const live = `${range('status')},"<>${criterionText(m.status.dropped)}"`;
  const liveSum = (key: string, result: number | null) => formula(`SUMIF(${live},${range(key)})`, result);
  const renewable = listed.filter((i) => i.status !== 'dropped' && i.renewableMwh != null);
  const sinks = listed.filter((i) => i.status !== 'dropped' && i.sinksTco2e != null);
  const t = totals.total;
  const row = sheet.getRow(last + 2);
  row.getCell(col('code')).value = m.total;
  row.getCell(col('title')).value = fillCount(m, sh.totalOf, t.count);
  row.getCell(col('reduction')).value = liveSum('reduction', t.reductionTco2e);
  row.getCell(col('cost')).value = liveSum('cost', t.costEur);
  // over the interventions that have both figures, as the app computes it
  row.getCell(col('perTco2e')).value = formula(
    `IFERROR(SUMIFS(${range('cost')},${live},${range('reduction')},"<>")/SUMIFS(${range('reduction')},${live},${range('cost')},"<>"),"")`, t.costPerTco2e,
  );
  row.getCell(col('renewable')).value = liveSum('renewable', renewable.length ? renewable.reduce((s, i) => s + i.renewableMwh!, 0) : null);
  row.getCell(col('sinks')).value = liveSum('sinks', sinks.length ? sinks.reduce((s, i) => s + i.sinksTco2e!, 0) : null);
  markTotal(row);
}

/**
 * C-3.1 totals as the app's Analytics view shows them: one block per measure (number of
 * interventions, tCO2e/yr, EUR, EUR per tCO2e), each fields of action × levers with a total column
 * and a total row. Counts, reductions and costs total with SUM formulas; cost per tCO2e cannot be
 * derived from the blocks above it (it pairs cost and reduction card by card), so it is the app's value.
 */
function financingSheet(book: ExcelJS.Workbook, m: ReportMessages, fields: string[], totals: PortfolioTotals): void {
  const sh = m.sheets, o = m.outlines;
  const levers = LEVER_COLUMNS.filter((l) => l !== 'none' || totals.columns.none.count > 0);
  const rows = [...fields, ...Object.keys(totals.rows).filter((f) => !fields.includes(f))];
  const width = levers.length + 2;
  const sheet = book.addWorksheet(sh.financing.slice(0, 31), { views: [{ state: 'frozen', xSplit: 1 }] });
  sheet.columns = [{ width: 36 }, ...Array.from({ length: width - 1 }, () => ({ width: 17 }))];
  const letter = (column: number) => sheet.getColumn(column).letter;
  const note = (r: number, text: string) => {
    sheet.mergeCells(r, 1, r, width);
    const cell = sheet.getCell(r, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(r).height = 30;
  };
  note(1, sh.financingIntro);

  const measures: { title: string; format: string; pick: (s: Sum) => number | null; sum: boolean }[] = [
    { title: sh.count, format: WHOLE, pick: (s) => s.count, sum: true },
    { title: o.reductionTco2e, format: DECIMAL, pick: (s) => s.reductionTco2e, sum: true },
    { title: o.costEur, format: WHOLE, pick: (s) => s.costEur, sum: true },
    { title: o.costPerTco2e, format: DECIMAL, pick: (s) => s.costPerTco2e, sum: false },
  ];
  let r = 3;
  for (const measure of measures) {
    const head = sheet.getRow(r);
    head.values = [measure.title, ...levers.map((l) => leverLabel(m, l)), m.total];
    head.font = { bold: true };
    head.alignment = { vertical: 'middle', wrapText: true };
    head.eachCell((cell) => { cell.fill = HEADER_FILL; });
    const first = r + 1, lastRow = r + rows.length, lastLever = letter(levers.length + 1);
    const total = (text: string, s: Sum) => (measure.sum ? formula(text, measure.pick(s)) : measure.pick(s));
    rows.forEach((f, n) => {
      const at = first + n;
      sheet.getRow(at).values = [
        fieldLabel(m, f), ...levers.map((l) => measure.pick(totals.cells[f][l])), total(`SUM(B${at}:${lastLever}${at})`, totals.rows[f]),
      ];
    });
    const foot = sheet.getRow(lastRow + 1);
    foot.values = [
      m.total, ...levers.map((l, n) => total(`SUM(${letter(n + 2)}${first}:${letter(n + 2)}${lastRow})`, totals.columns[l])),
      total(`SUM(B${first}:${lastLever}${lastRow})`, totals.total),
    ];
    markTotal(foot);
    for (let at = first; at <= lastRow + 1; at++) for (let c = 2; c <= width; c++) sheet.getCell(at, c).numFmt = measure.format;
    for (let at = first; at <= lastRow; at++) sheet.getCell(at, width).font = { bold: true };
    r = lastRow + 3;
  }
  note(r++, sh.perTco2eNote);
  const t = totals.total;
  if (t.missingReduction || t.missingCost) note(r++, fill(sh.missingFigures, { reduction: t.missingReduction, cost: t.missingCost }));
  if (totals.dropped.count) note(r++, fillCount(m, sh.droppedOut, totals.dropped.count));
}

export async function boardXlsx(board: SeenBoard, { lang = 'en', now = new Date() }: { lang?: ReportLang; now?: Date } = {}): Promise<Buffer> {
  const m = REPORT_MESSAGES[lang];
  const s = m.stakeholders, sh = m.sheets;
  const book = new ExcelJS.Workbook();
  book.creator = 'Leverboard';
  book.title = board.meta.title;
  book.created = now;
  // Cached results are what a reader without a calculation engine shows; Excel recomputes them on opening.
  book.calcProperties.fullCalcOnLoad = true;
  const fields = fieldsOfBoard(board.meta);
  const names = new Map(board.stakeholders.map((p) => [p.id, p.name]));
  const totals = portfolioTotals(board.interventions, fields);

  interventionsSheet(book, board, m, fields, totals);
  financingSheet(book, m, fields, totals);

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
