/**
 * The stakeholder network as SVG: each stakeholder where the network view placed it (those never
 * placed are parked the way the app parks them), relations as lines in their type's colour and
 * dash, thicker when stronger, with an arrowhead when directed.
 */
import type { Relation, Stakeholder } from '../../schema/index.ts';
import { NODE_SIZE, parkUnplaced, isUnplaced } from '../../stakeholders/index.ts';
import { REPORT_MESSAGES, type ReportLang } from '../report-messages.ts';
import { RELATION_COLOURS, SECTOR_COLOURS } from './colours.ts';
import { arrowHead, charsFor, lines, n, svgDocument, text, wrap, type Picture } from './svg.ts';

const MARGIN = 24, W = NODE_SIZE.width, H = NODE_SIZE.height;

/** Where a line from the centre of a W×H box towards (dx, dy) leaves the box. */
function edge(cx: number, cy: number, dx: number, dy: number): [number, number] {
  if (dx === 0 && dy === 0) return [cx, cy];
  const t = Math.min(Math.abs((W / 2) / (dx || 1e-9)), Math.abs((H / 2) / (dy || 1e-9)));
  return [cx + dx * t, cy + dy * t];
}

export function networkSvg(board: { stakeholders: readonly Stakeholder[]; relations: readonly Relation[] }, lang: ReportLang = 'en'): Picture {
  const m = REPORT_MESSAGES[lang];
  const parked = parkUnplaced(board.stakeholders);
  const at = new Map(board.stakeholders.map((s) => [s.id, isUnplaced(s) ? parked.get(s.id) ?? { x: 0, y: 0 } : { x: s.x, y: s.y }]));
  if (at.size === 0) return svgDocument(320, 80, text(MARGIN, 44, m.none, { fill: '#475569' }), m.stakeholders.network);
  const xs = [...at.values()].map((p) => p.x), ys = [...at.values()].map((p) => p.y);
  const minX = Math.min(...xs), minY = Math.min(...ys);
  const width = Math.max(...xs) - minX + W + 2 * MARGIN, height = Math.max(...ys) - minY + H + 2 * MARGIN;
  const centre = (id: string) => { const p = at.get(id)!; return [p.x - minX + MARGIN + W / 2, p.y - minY + MARGIN + H / 2] as const; };
  let edges = '';
  for (const r of [...board.relations].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!at.has(r.from) || !at.has(r.to) || r.from === r.to) continue;
    const [x1, y1] = centre(r.from), [x2, y2] = centre(r.to);
    const style = RELATION_COLOURS[r.type] ?? RELATION_COLOURS.other;
    const strokeWidth = r.strength >= 3 ? 4 : r.strength <= 1 ? 1.5 : 2.5;
    const [ex, ey] = edge(x2, y2, x1 - x2, y1 - y2);
    edges += `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(ex)}" y2="${n(ey)}" stroke="${style.colour}" stroke-width="${strokeWidth}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`;
    if (r.directed) edges += arrowHead(x1, y1, ex, ey, 10 + strokeWidth, style.colour);
    if (r.label) edges += text((x1 + ex) / 2, (y1 + ey) / 2 - 4, wrap(r.label, 28, 1)[0] ?? '', { 'font-size': 10, fill: style.colour, 'text-anchor': 'middle' });
  }
  let nodes = '';
  for (const s of [...board.stakeholders].sort((a, b) => a.id.localeCompare(b.id))) {
    const [cx, cy] = centre(s.id);
    const x = cx - W / 2, y = cy - H / 2;
    const colour = SECTOR_COLOURS[s.sector] ?? SECTOR_COLOURS[''];
    nodes += `<rect x="${n(x)}" y="${n(y)}" width="${W}" height="${H}" rx="8" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`;
    nodes += `<rect x="${n(x)}" y="${n(y)}" width="8" height="${H}" rx="3" fill="${colour}"/>`;
    nodes += lines(x + 16, y + 22, wrap(s.name, charsFor(W - 24, 12), 2), 15, { 'font-size': 12, 'font-weight': 'bold' });
    const sub = s.organisation || s.system || (s.sector ? m.sector[s.sector] : '');
    if (sub) nodes += text(x + 16, y + H - 10, wrap(sub, charsFor(W - 24, 10), 1)[0] ?? '', { 'font-size': 10, fill: '#475569' });
  }
  return svgDocument(width, height, `<g>${edges}</g><g>${nodes}</g>`, m.stakeholders.network);
}
