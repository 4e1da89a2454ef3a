/**
 * The free canvas as SVG: frames, notes, text, shapes and connectors where people put them, in
 * stacking order. Private notes (private mode, not yet revealed) stay out of every export.
 */
import type { CanvasItem } from '../../schema/index.ts';
import { REPORT_MESSAGES, type ReportLang } from '../report-messages.ts';
import { NOTE_COLOURS } from './colours.ts';
import { arrowHead, charsFor, lines, n, safeColour, svgDocument, text, wrap, type Picture } from './svg.ts';

const MARGIN = 24;

function colourOf(item: CanvasItem, fallback: string): string {
  return NOTE_COLOURS[item.color] ?? safeColour(item.color, fallback);
}

export function canvasSvg(board: { canvas: readonly CanvasItem[] }, lang: ReportLang = 'en'): Picture {
  const m = REPORT_MESSAGES[lang];
  const items = board.canvas.filter((i) => !i.private).sort((a, b) => a.z - b.z || a.id.localeCompare(b.id));
  const boxes = items.filter((i) => i.kind !== 'connector');
  if (boxes.length === 0) return svgDocument(320, 80, text(MARGIN, 44, m.none, { fill: '#475569' }), m.canvas.title);
  const minX = Math.min(...boxes.map((i) => i.x)), minY = Math.min(...boxes.map((i) => i.y));
  const width = Math.max(...boxes.map((i) => i.x + i.w)) - minX + 2 * MARGIN;
  const height = Math.max(...boxes.map((i) => i.y + i.h)) - minY + 2 * MARGIN;
  const X = (x: number) => x - minX + MARGIN, Y = (y: number) => y - minY + MARGIN;
  const byId = new Map(boxes.map((i) => [i.id, i]));
  let frames = '', shapes = '', connectors = '';
  for (const i of items) {
    const x = X(i.x), y = Y(i.y);
    if (i.kind === 'frame') {
      frames += `<rect x="${n(x)}" y="${n(y)}" width="${n(i.w)}" height="${n(i.h)}" fill="#f8fafc" stroke="#64748b" stroke-width="1.5" rx="6"/>`;
      if (i.text) frames += text(x + 10, y + 22, wrap(i.text, charsFor(i.w - 20, 15), 1)[0] ?? '', { 'font-size': 15, 'font-weight': 'bold', fill: '#334155' });
    } else if (i.kind === 'connector') {
      const a = i.from ? byId.get(i.from) : undefined, b = i.to ? byId.get(i.to) : undefined;
      if (!a || !b) continue;
      const [x1, y1, x2, y2] = [X(a.x + a.w / 2), Y(a.y + a.h / 2), X(b.x + b.w / 2), Y(b.y + b.h / 2)];
      // stop the line at the target's edge, so the arrow is visible
      const dx = x1 - x2, dy = y1 - y2;
      const t = dx === 0 && dy === 0 ? 0 : Math.min(Math.abs((b.w / 2) / (dx || 1e-9)), Math.abs((b.h / 2) / (dy || 1e-9)), 1);
      const ex = x2 + dx * t, ey = y2 + dy * t;
      connectors += `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(ex)}" y2="${n(ey)}" stroke="#334155" stroke-width="2"/>` + arrowHead(x1, y1, ex, ey, 10, '#334155');
    } else {
      const fillColour = i.kind === 'text' ? 'none' : colourOf(i, i.kind === 'note' ? NOTE_COLOURS.yellow : '#e0e7ff');
      const stroke = i.kind === 'text' ? 'none' : '#94a3b8';
      if (i.kind === 'ellipse') {
        shapes += `<ellipse cx="${n(x + i.w / 2)}" cy="${n(y + i.h / 2)}" rx="${n(i.w / 2)}" ry="${n(i.h / 2)}" fill="${fillColour}" stroke="${stroke}"/>`;
      } else {
        shapes += `<rect x="${n(x)}" y="${n(y)}" width="${n(i.w)}" height="${n(i.h)}" rx="${i.kind === 'note' ? 2 : 6}" fill="${fillColour}" stroke="${stroke}"/>`;
      }
      const size = i.kind === 'text' ? 16 : 13;
      const maxLines = Math.max(1, Math.floor((i.h - 12) / (size * 1.3)));
      if (i.text) shapes += lines(x + 10, y + size + 8, wrap(i.text, charsFor(i.w - 20, size), maxLines), size * 1.3, { 'font-size': size });
    }
  }
  return svgDocument(width, height, `<g>${frames}</g><g>${shapes}</g><g>${connectors}</g>`, m.canvas.title);
}
