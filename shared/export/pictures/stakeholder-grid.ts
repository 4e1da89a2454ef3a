/**
 * The power/interest grid (Mendelow) as SVG: interest across, power up, the four quadrants named,
 * one dot per stakeholder in its sector's colour with its name. Stakeholders that share a point
 * (plans rate in three levels) are fanned out as in the app, so each one stays visible.
 */
import type { Stakeholder } from '../../schema/index.ts';
import { spreadCoincident } from '../../stakeholders/index.ts';
import { REPORT_MESSAGES, type ReportLang } from '../report-messages.ts';
import { SECTOR_COLOURS } from './colours.ts';
import { charsFor, n, svgDocument, text, wrap, type Picture } from './svg.ts';

const SIZE = 640, LEFT = 56, TOP = 16, BOTTOM = 48, LEGEND = 30;

/** The order stakeholders are numbered in, on the grid and in the report's table: by system, then name. */
export function stakeholderOrder<S extends Pick<Stakeholder, 'id' | 'name' | 'system'>>(stakeholders: readonly S[]): S[] {
  return [...stakeholders].sort((a, b) => a.system.localeCompare(b.system) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Above this many stakeholders the names would pile up: dots carry numbers that the report's table lists. */
export const GRID_NAME_LIMIT = 25;

export interface GridOptions { labels?: 'names' | 'numbers' | 'auto' }

export function stakeholderGridSvg(board: { stakeholders: readonly Stakeholder[] }, lang: ReportLang = 'en', { labels = 'auto' }: GridOptions = {}): Picture {
  const m = REPORT_MESSAGES[lang];
  const people = stakeholderOrder(board.stakeholders);
  const numbered = labels === 'numbers' || (labels === 'auto' && people.length > GRID_NAME_LIMIT);
  const offsets = spreadCoincident(people.map((s) => ({ id: s.id, power: s.power, interest: s.interest })), numbered ? 16 : 13);
  const px = (interest: number) => LEFT + (Math.min(100, Math.max(0, interest)) / 100) * SIZE;
  const py = (power: number) => TOP + SIZE - (Math.min(100, Math.max(0, power)) / 100) * SIZE;
  const half = SIZE / 2;
  let body = '';
  const quadrants: [number, number, string, string][] = [
    [LEFT, TOP, m.quadrant.satisfy, '#fef3c7'], [LEFT + half, TOP, m.quadrant.manage, '#fee2e2'],
    [LEFT, TOP + half, m.quadrant.monitor, '#f1f5f9'], [LEFT + half, TOP + half, m.quadrant.inform, '#dbeafe'],
  ];
  for (const [x, y, label, colour] of quadrants) {
    body += `<rect x="${x}" y="${y}" width="${half}" height="${half}" fill="${colour}" stroke="#94a3b8"/>`;
    // names at the outer edge, away from the midlines where "medium" ratings sit
    body += text(x + 10, y === TOP ? y + 22 : y + half - 12, label, { 'font-size': 15, 'font-weight': 'bold', fill: '#475569' });
  }
  body += text(LEFT + SIZE / 2, TOP + SIZE + 34, `${m.axis.interest} →`, { 'font-size': 13, 'text-anchor': 'middle' });
  body += text(LEFT, TOP + SIZE + 18, m.axis.low, { 'font-size': 11, fill: '#475569' });
  body += text(LEFT + SIZE, TOP + SIZE + 18, m.axis.high, { 'font-size': 11, fill: '#475569', 'text-anchor': 'end' });
  body += text(22, TOP + SIZE / 2, `${m.axis.power} →`, { 'font-size': 13, 'text-anchor': 'middle', transform: `rotate(-90 22 ${TOP + SIZE / 2})` });
  body += text(40, TOP + SIZE, m.axis.low, { 'font-size': 11, fill: '#475569', 'text-anchor': 'middle', transform: `rotate(-90 40 ${TOP + SIZE})` });
  body += text(40, TOP, m.axis.high, { 'font-size': 11, fill: '#475569', 'text-anchor': 'end', transform: `rotate(-90 40 ${TOP})` });
  people.forEach((s, i) => {
    const o = offsets.get(s.id) ?? { dx: 0, dy: 0 };
    const x = px(s.interest) + o.dx, y = py(s.power) + o.dy;
    const colour = SECTOR_COLOURS[s.sector] ?? SECTOR_COLOURS[''];
    if (numbered) {
      body += `<circle cx="${n(x)}" cy="${n(y)}" r="7.5" fill="${colour}" stroke="#ffffff" stroke-width="1"/>`;
      body += text(x, y + 3, String(i + 1), { 'font-size': 8, 'font-weight': 'bold', fill: '#ffffff', 'text-anchor': 'middle' });
    } else {
      body += `<circle cx="${n(x)}" cy="${n(y)}" r="5" fill="${colour}" stroke="#ffffff" stroke-width="1"/>`;
      body += text(x + 7, y + 3, wrap(s.name, charsFor(130, 9), 1)[0] ?? '', { 'font-size': 9, fill: '#111827' });
    }
  });
  // legend: the sectors, in the helix order
  let lx = LEFT;
  const ly = TOP + SIZE + BOTTOM + 6;
  for (const sector of ['public', 'business', 'academia', 'civil', 'environment', ''] as const) {
    const label = sector ? m.sector[sector] : m.sector.none;
    body += `<circle cx="${lx + 5}" cy="${ly}" r="5" fill="${SECTOR_COLOURS[sector]}"/>`;
    body += text(lx + 14, ly + 4, label, { 'font-size': 11 });
    lx += 24 + label.length * 6.5;
  }
  return svgDocument(Math.max(LEFT + SIZE + 16, lx), TOP + SIZE + BOTTOM + LEGEND, `<g>${body}</g>`, m.stakeholders.grid);
}
