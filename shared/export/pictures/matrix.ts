/**
 * The portfolio matrix as SVG: fields of action down, systemic levers across; each card sits in the
 * column of its first lever (as in the app). A cell's shade is the lever coverage of that field
 * (every lever of a card counts), so empty lever columns — a finding the workshop must see — show.
 * A picture stands on its own: `heading` (the board's title and city) above it, each field's totals
 * under its name, and a key to the shades below. A report, which has its own heading, leaves
 * `heading` out.
 */
import type { BoardSnapshot } from '../../board/snapshot.ts';
import { LEVERS } from '../../schema/index.ts';
import { fieldOf, fieldsOfBoard, leverColumnOf, leverCoverage, portfolioTotals, LEVER_COLUMNS, NO_LEVER, type LeverColumn } from '../../portfolio/index.ts';
import { REPORT_MESSAGES, fieldLabel, fill, formatNumber, leverLabel, type ReportLang } from '../report-messages.ts';
import { COVERAGE_FILL } from './colours.ts';
import { charsFor, lines, n, svgDocument, text, textWidth, wrap, type Picture } from './svg.ts';

const HEAD_W = 170, COL_W = 170, HEAD_H = 56, CARD_H = 32, CARD_GAP = 4, PAD = 6, MAX_CARDS = 8, TITLE_H = 46, KEY_H = 40;

export function matrixSvg(
  board: Pick<BoardSnapshot, 'meta' | 'interventions'>, lang: ReportLang = 'en', { heading = true }: { heading?: boolean } = {},
): Picture {
  const m = REPORT_MESSAGES[lang];
  const totals = portfolioTotals(board.interventions, fieldsOfBoard(board.meta));
  const live = board.interventions.filter((i) => i.status !== 'dropped')
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  const fields = fieldsOfBoard(board.meta);
  const coverage = leverCoverage(live, fields);
  const cells = new Map<string, typeof live>();
  for (const i of live) {
    const key = `${fieldOf(i, fields)}|${leverColumnOf(i)}`;
    cells.set(key, [...(cells.get(key) ?? []), i]);
  }
  const columns: LeverColumn[] = LEVER_COLUMNS.filter((l) => l !== NO_LEVER || live.some((i) => leverColumnOf(i) === NO_LEVER));
  const rows = fields.filter((f) => f !== '' || live.some((i) => fieldOf(i, fields) === ''));
  const rowHeight = (f: string) => {
    const most = Math.max(0, ...columns.map((c) => Math.min(cells.get(`${f}|${c}`)?.length ?? 0, MAX_CARDS + 1)));
    return Math.max(96, PAD * 2 + most * (CARD_H + CARD_GAP));
  };
  const width = HEAD_W + columns.length * COL_W;
  let body = '';
  const top = heading ? TITLE_H : 0;
  if (heading) {
    const boardTitle = String(board.meta.title ?? ''), city = String(board.meta.city ?? '');
    const title = [boardTitle, boardTitle.includes(city) ? '' : city].filter(Boolean).join(' — ');
    body += text(0, 20, `${m.matrix.title}${title ? `: ${title}` : ''}`, { 'font-size': 16, 'font-weight': 'bold' });
    body += text(0, 38, m.matrix.caption, { 'font-size': 11, fill: '#475569' });
  }
  columns.forEach((c, ci) => {
    const x = HEAD_W + ci * COL_W;
    body += `<rect x="${x}" y="${top}" width="${COL_W}" height="${HEAD_H}" fill="#e0e7ff" stroke="#94a3b8"/>`;
    body += lines(x + 8, top + 20, wrap(leverLabel(m, c), charsFor(COL_W - 16, 12), 3), 14, { 'font-weight': 'bold' });
  });
  let y = top + HEAD_H;
  for (const f of rows) {
    const h = rowHeight(f);
    body += `<rect x="0" y="${y}" width="${HEAD_W}" height="${h}" fill="#f8fafc" stroke="#94a3b8"/>`;
    const name = wrap(fieldLabel(m, f), charsFor(HEAD_W - 16, 12), 3);
    body += lines(8, y + 18, name, 14, { 'font-weight': 'bold' });
    // the field's totals, as the app shows them beside the row
    const sum = totals.rows[f];
    const figures = [
      fill(m.matrix.count, { n: sum?.count ?? 0 }),
      sum?.reductionTco2e != null ? fill(m.matrix.tonnes, { value: formatNumber(lang, sum.reductionTco2e) }) : '',
      sum?.costEur != null ? fill(m.matrix.euros, { value: formatNumber(lang, sum.costEur) }) : '',
    ].filter(Boolean);
    body += lines(8, y + 18 + name.length * 14 + 4, figures, 13, { 'font-size': 10.5, fill: '#475569' });
    columns.forEach((c, ci) => {
      const x = HEAD_W + ci * COL_W;
      const level = c === NO_LEVER ? 'empty' : coverage.cells[f]?.[c as (typeof LEVERS)[number]]?.level ?? 'empty';
      body += `<rect x="${x}" y="${y}" width="${COL_W}" height="${h}" fill="${COVERAGE_FILL[level]}" stroke="#94a3b8"/>`;
      const cards = cells.get(`${f}|${c}`) ?? [];
      cards.slice(0, MAX_CARDS).forEach((card, k) => {
        const cy = y + PAD + k * (CARD_H + CARD_GAP);
        const label = [card.code, card.title].filter(Boolean).join(' ');
        body += `<rect x="${x + PAD}" y="${n(cy)}" width="${COL_W - 2 * PAD}" height="${CARD_H}" rx="3" fill="#ffffff" stroke="#64748b"/>`;
        body += lines(x + PAD + 4, cy + 13, wrap(label, charsFor(COL_W - 2 * PAD - 8, 10), 2), 12, { 'font-size': 10 });
      });
      if (cards.length > MAX_CARDS) {
        body += text(x + PAD + 4, y + PAD + MAX_CARDS * (CARD_H + CARD_GAP) + 14, fill(m.more, { n: cards.length - MAX_CARDS }), { 'font-size': 10, fill: '#475569' });
      }
    });
    y += h;
  }
  // the key to the shades
  let kx = 0;
  const ky = y + 16;
  body += text(kx, ky + 10, m.matrix.legend, { 'font-size': 11, fill: '#1f2937' });
  kx += textWidth(m.matrix.legend, 11) + 12;
  for (const level of ['empty', 'thin', 'covered'] as const) {
    body += `<rect x="${n(kx)}" y="${ky}" width="16" height="12" fill="${COVERAGE_FILL[level]}" stroke="#94a3b8"/>`;
    body += text(kx + 22, ky + 10, m.matrix[level], { 'font-size': 11, fill: '#1f2937' });
    kx += 22 + textWidth(m.matrix[level], 11) + 16;
  }
  return svgDocument(Math.max(width, kx), y + KEY_H, `<g>${body}</g>`, m.matrix.title);
}

