/**
 * Small helpers the SVG pictures share. The pictures are plain strings of SVG 1.1 with no CSS, no
 * fonts to fetch and no markers, so the same text renders in a browser, is drawn as vectors into
 * the PDF by svg-to-pdfkit and validates as XML. Text is never measured (there is no DOM on the
 * server): lines are wrapped by an estimate of the average glyph width.
 */

export interface Picture { svg: string; width: number; height: number }

// XML 1.0 forbids most control characters; a board may hold anything a person pasted.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function esc(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const FONT = 'DejaVu Sans, Helvetica, Arial, sans-serif';

/** A number as SVG writes it: short, never NaN. */
export function n(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0';
}

/**
 * Break text into at most `maxLines` lines of about `maxChars` characters; the last gets an
 * ellipsis when cut. Lines may also break after a slash ("Technology/ Infrastructure"); a word
 * longer than a line is cut.
 */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  // tokens with the space that came before them: a slash-joined word breaks after each slash
  const tokens = [...text.replace(/\s+/g, ' ').trim().matchAll(/( ?)([^ /]*\/|[^ /]+)/g)].map((m) => ({ space: m[1], word: m[2] }));
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const { space, word } of tokens) {
    const w = word.length > maxChars ? `${word.slice(0, Math.max(1, maxChars - 1))}…` : word;
    const joined = line ? `${line}${space}${w}` : w;
    if (!line || joined.length <= maxChars) line = joined;
    else { lines.push(line); line = w; if (lines.length === maxLines) break; }
    used++;
  }
  if (lines.length < maxLines && line) lines.push(line);
  if (used < tokens.length && lines.length) {
    const last = lines[lines.length - 1];
    lines[lines.length - 1] = last.length >= maxChars ? `${last.slice(0, maxChars - 1)}…` : `${last}…`;
  }
  return lines;
}

/** Characters that fit a width at a font size, roughly (DejaVu Sans averages about 0.58 em). */
export function charsFor(width: number, fontSize: number): number {
  return Math.max(3, Math.floor(width / (fontSize * 0.58)));
}

/** About how wide a line of text is, by the same measure. */
export function textWidth(content: string, fontSize: number): number {
  return content.length * fontSize * 0.58;
}

export function text(x: number, y: number, content: string, attrs: Record<string, string | number> = {}): string {
  const a = Object.entries({ 'font-family': FONT, 'font-size': 12, fill: '#1f2937', ...attrs })
    .map(([k, v]) => `${k}="${typeof v === 'number' ? n(v) : esc(v)}"`).join(' ');
  return `<text x="${n(x)}" y="${n(y)}" ${a}>${esc(content)}</text>`;
}

/** Several lines starting at (x, y), one `lineHeight` apart. */
export function lines(x: number, y: number, content: string[], lineHeight: number, attrs: Record<string, string | number> = {}): string {
  return content.map((l, i) => text(x, y + i * lineHeight, l, attrs)).join('');
}

export function svgDocument(width: number, height: number, body: string, title: string): Picture {
  const w = Math.ceil(width), h = Math.ceil(height);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n`
    + `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(title)}">`
    + `<title>${esc(title)}</title><rect x="0" y="0" width="${w}" height="${h}" fill="#ffffff"/>${body}</svg>`;
  return { svg, width: w, height: h };
}

/** A colour attribute that is safe to write: #rgb/#rrggbb, else the fallback. */
export function safeColour(value: string | undefined, fallback: string): string {
  return value && /^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$/.test(value) ? value : fallback;
}

/** A filled triangle at the end of a line from (x1,y1) to (x2,y2): arrows without SVG markers. */
export function arrowHead(x1: number, y1: number, x2: number, y2: number, size: number, fill: string): string {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const a = angle + Math.PI - 0.4, b = angle + Math.PI + 0.4;
  const p = [[x2, y2], [x2 + size * Math.cos(a), y2 + size * Math.sin(a)], [x2 + size * Math.cos(b), y2 + size * Math.sin(b)]];
  return `<polygon points="${p.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${fill}"/>`;
}
