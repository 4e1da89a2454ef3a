/**
 * Numbers as real Climate City Contract plans write them: "14.342 tonnes CO₂/year", "€ 21.827.000",
 * "24,5", "1,234.5", "1 234". A lone "1.234" is ambiguous (one thousand two hundred thirty-four in
 * a European plan, one point two three four in an English one), so the convention is decided once
 * per FILE from the cells that are not ambiguous, and ambiguous cells follow it:
 *
 * - a cell with both "." and "," tells by whichever comes last (the decimal mark);
 * - several "." (or several ",") are thousands groups: "21.827.000" is European;
 * - one separator followed by other than exactly three digits, or after a leading 0, is a decimal
 *   mark: "24,5" is European, "0.125" and "1234.5" are English;
 * - nothing decides: a ";"-delimited file (what European Excel writes) or a Slovenian import reads
 *   European, any other English; a file whose numbers have no separators at all is 'plain'. When
 *   this tie-break alone decided an ambiguous cell, the import says so (a misread "14.342" is 1000×
 *   off, and nothing else would show it).
 *
 * A thousands separator is one only when the groups after it have exactly three digits (the first
 * group 1–3): "1.2.3", a date "1.5.2024" or "12,34,567" are no number at all, never 123 or 152024.
 * A number may start with its decimal mark: ".5" and ",5" are 0.5.
 */

import type { ImportLang } from './import-messages.ts';

export type NumberConvention = 'european' | 'english' | 'plain';
/** `badGroups`: separators that are neither whole thousands groups nor one decimal mark */
type Reading = 'european' | 'english' | 'ambiguous' | 'plain' | 'badGroups';

/** Cells that mean "no figure": empty, a dash or slash as plans print it, n/a. */
const NONE = /^(?:|[-–—/]+|n\/?a|none|tbd|tbc|\?+|x)$/i;
const MINUS = /[-−–]/;
/**
 * A number as printed, possibly with a sign, thousands groups (. , ' space NBSP) and decimals. It
 * may start with its decimal mark (".5", "-,5"), unless that follows a word or a figure ("ca.500").
 */
const TOKEN = /([-−–]\s?)?(?:\d|(?<![\p{L}\p{N}.,])[.,](?=\d))[\d.,'’\u00a0\u202f ]*/u;

/** what a spreadsheet writes for very large or small numbers: "1E+23", "2.5e-7" — the whole cell */
const SCIENTIFIC = /^[-−–]?\d+(?:\.\d+)?e[-+]?\d+$/i;
/** words plans put after a figure to scale it: "1,5 mio EUR", "2 mrd", "450 k" */
const SCALES: Array<[RegExp, number]> = [
  [/^\s*(?:mio\.?|mil\.|milijon\p{L}*|million\p{L}*)(?![\p{L}\d])/iu, 1e6],
  [/^\s*(?:mrd\.?|milijard\p{L}*|billion\p{L}*|bn)(?![\p{L}\d])/iu, 1e9],
  [/^\s*(?:tisoč|thousand|k)(?![\p{L}\d])/iu, 1e3],
];
/** units whose names hold digits, which are no second figure: CO2e, m², km2, H2 */
const UNIT_DIGITS = /\b(?:t?co2e?|k?m[23]|h2)\b/gi;

interface Token {
  sign: 1 | -1; digits: string; reading: Reading; exact?: number;
  /** a scale word after the figure */
  scale: number;
  /** another figure in the cell, left out ("100-200": the 200) */
  leftOut: string | null;
}

function tokenize(cell: string): Token | null | 'none' {
  const text = cell.trim();
  if (NONE.test(text)) return 'none';
  if (SCIENTIFIC.test(text)) {
    const n = Number(text.replace(/^[−–]/, '-'));
    return { sign: n < 0 ? -1 : 1, digits: text, reading: 'plain', exact: Math.abs(n), scale: 1, leftOut: null };
  }
  const m = TOKEN.exec(text);
  if (!m) return null;
  // A minus counts only when it starts the number ("€ -5", "Diesel: -3.540"), not inside a range.
  const before = text.slice(0, m.index);
  const signed = !!m[1] && (before === '' || /[\s€$£:(]$/.test(before));
  const groups = keepSpaceGroups(m[0].slice(m[1]?.length ?? 0).replace(/[.,'’\u00a0\u202f ]+$/, ''));
  const body = groups.kept;
  let rest = `${groups.tail} ${text.slice(m.index + m[0].length)}`;
  let scale = 1;
  for (const [word, factor] of SCALES) {
    const w = word.exec(rest);
    if (w) { scale = factor; rest = rest.slice(w[0].length); break; }
  }
  // a figure the cell goes on to give ("100-200", "2+3", "5 6") is left out, and said so
  const leftOut = /\d/.test(rest.replace(UNIT_DIGITS, '')) ? rest.trim() : null;
  return { sign: signed && MINUS.test(m[1] ?? '') ? -1 : 1, digits: body, reading: readingOf(body), scale, leftOut };
}

/** "1 234 567 t" keeps its space groups; "5 6" is two numbers, the first one wins (`tail`: the others). */
function keepSpaceGroups(body: string): { kept: string; tail: string } {
  const parts = body.split(/[\u00a0\u202f ]/);
  let out = parts[0]!;
  let k = 1;
  for (; k < parts.length; k++) {
    if (!/^\d{3}(?:[.,]\d+)?$/.test(parts[k]!) || /[.,']/.test(out)) break;
    out += parts[k];
  }
  return { kept: out.replace(/['’](?=\d{3})/g, ''), tail: parts.slice(k).join(' ') };
}

function readingOf(s: string): Reading {
  // a leading decimal mark: ".5" is English, ",5" European; more separators after it are no number
  if (/^[.,]/.test(s)) return /[.,]/.test(s.slice(1)) ? 'badGroups' : s[0] === ',' ? 'european' : 'english';
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (!dots && !commas) return 'plain';
  let reading: 'european' | 'english';
  if (dots && commas) reading = s.lastIndexOf(',') > s.lastIndexOf('.') ? 'european' : 'english';
  else {
    const sep = dots ? '.' : ',';
    if ((dots || commas) > 1) reading = sep === '.' ? 'european' : 'english';
    else {
      const [whole, frac] = s.split(sep);
      if (frac.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) return 'ambiguous';
      reading = sep === ',' ? 'european' : 'english';
    }
  }
  return wholeGroups(s, reading) ? reading : 'badGroups';
}

/** Whether `s` read this way has one decimal mark at most and thousands groups of three digits. */
function wholeGroups(s: string, reading: 'european' | 'english'): boolean {
  const [group, decimal] = reading === 'european' ? ['.', ','] : [',', '.'];
  const [whole, frac = '', ...more] = s.split(decimal);
  if (more.length || frac.includes(group)) return false;
  return !whole.includes(group) || whole.split(group).every((g, k) => (k === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(g));
}

function valueOf(t: Token, convention: NumberConvention): number | null {
  if (t.exact !== undefined) return Number.isFinite(t.exact) ? t.exact * t.sign : null;
  if (t.reading === 'badGroups') return null;
  let s = /^[.,]/.test(t.digits) ? `0${t.digits}` : t.digits;
  const reading = t.reading === 'ambiguous' ? (convention === 'european' ? 'european' : 'english') : t.reading;
  if (reading === 'european') s = s.replace(/\./g, '').replace(',', '.');
  else if (reading === 'english') s = s.replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(s)) return null;
  const n = Number(s) * t.sign * t.scale;
  return Number.isFinite(n) ? n : null;
}

/**
 * How a file's figures read: `convention`, and `ambiguous`, one ambiguous cell (the first) and the
 * value it was read as, when only the tie-break decided how to read such cells.
 */
export interface ConventionFinding {
  convention: NumberConvention;
  ambiguous: { cell: string; value: number } | null;
}

/**
 * Decide a file's convention from all its numeric cells. A tie is broken by the `delimiter` (European
 * Excel writes ";"-separated files) and the import's `lang` (a Slovenian plan writes "14.342").
 */
export function detectConvention(
  cells: Iterable<string>, { delimiter = ',', lang = 'en' }: { delimiter?: string; lang?: ImportLang } = {},
): ConventionFinding {
  let european = 0, english = 0;
  let ambiguous: Token | null = null, ambiguousCell = '';
  for (const cell of cells) {
    const t = tokenize(cell);
    if (!t || t === 'none') continue;
    if (t.reading === 'european') european++;
    else if (t.reading === 'english') english++;
    else if (t.reading === 'ambiguous' && !ambiguous) { ambiguous = t; ambiguousCell = cell; }
  }
  if (european > english) return { convention: 'european', ambiguous: null };
  if (english > european) return { convention: 'english', ambiguous: null };
  if (european === 0 && !ambiguous) return { convention: 'plain', ambiguous: null };
  const convention = delimiter === ';' || lang === 'sl' ? 'european' : 'english';
  const value = ambiguous && valueOf(ambiguous, convention);
  return { convention, ambiguous: ambiguous && value !== null ? { cell: clip(ambiguousCell.trim()), value } : null };
}

/**
 * `{ok: false}` says why the cell is no number (`problem`, with the cell as shown); `leftOut`, when a
 * number was read, is what of the cell was not (another figure after the first). The import words
 * both for its report (shared/csv/import-messages.ts `numberProblem`, `numberNote`); the figure
 * inputs have their own words.
 */
export type ParsedNumber =
  | { ok: true; value: number | null; leftOut?: { cell: string; rest: string } }
  | { ok: false; problem: 'notNumber' | 'badGroups'; cell: string };

/**
 * One cell as a number under the file's convention: `{ok: true, value: null}` for an empty or
 * "no figure" cell, `{ok: false}` for text that holds no number. A scale word after the figure
 * counts ("1,5 mio" is 1 500 000); units after it are ignored ("14.342 t CO₂/year").
 */
export function parseNumberCell(cell: string | undefined | null, convention: NumberConvention): ParsedNumber {
  if (cell == null) return { ok: true, value: null };
  const t = tokenize(String(cell));
  if (t === 'none') return { ok: true, value: null };
  const shown = clip(String(cell).trim());
  if (t && t.reading === 'badGroups') return { ok: false, problem: 'badGroups', cell: shown };
  const value = t ? valueOf(t, convention) : null;
  if (!t || value === null) return { ok: false, problem: 'notNumber', cell: shown };
  return t.leftOut === null ? { ok: true, value } : { ok: true, value, leftOut: { cell: shown, rest: clip(t.leftOut) } };
}

/** Convenience: the number in a cell, or null when there is none. */
export function parseNumber(cell: string | undefined | null, convention: NumberConvention = 'plain'): number | null {
  const r = parseNumberCell(cell, convention);
  return r.ok ? r.value : null;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
