/**
 * A CSV file as a header and rows of strings, read with papaparse (RFC 4180 quoting; never a split
 * on commas). The delimiter is taken from the header line, where a ";" file (what European Excel
 * writes) shows it best; a BOM is dropped. The text comes decoded from the file's bytes (decode.ts);
 * text that is not a CSV file (binary junk, NUL bytes) gives a readable error instead of rows. Row
 * numbers are as a spreadsheet shows them: the header is row 1, the first record row 2.
 */
import Papa from 'papaparse';
import { importMessage, type ImportLang } from './import-messages.ts';

export interface CsvTable {
  delimiter: string;
  header: string[];
  /** data rows, each with its spreadsheet row number */
  rows: Array<{ row: number; cells: string[] }>;
  /** rows the parser could not read cleanly (an unclosed quote…) */
  broken: Array<{ row: number; reason: string }>;
  /** rows past the limit, not read */
  truncatedAt: number | null;
}

export interface ReadTableOptions { maxRows?: number; lang?: ImportLang }

const DELIMITERS = [',', ';', '\t', '|'] as const;

export function readTable(text: string, { maxRows = 5000, lang = 'en' }: ReadTableOptions = {}): CsvTable | { error: string } {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { error: importMessage(lang, 'empty') };
  if (looksBinary(body)) return { error: importMessage(lang, 'binary') };
  const delimiter = delimiterOf(firstLine(body));
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy', preview: maxRows + 1 });
  const data = parsed.data.map((r) => r.map((c) => (typeof c === 'string' ? c : '')));
  if (data.length === 0) return { error: importMessage(lang, 'noRows') };
  const header = data[0].map((h) => h.trim());
  const brokenRows = new Map<number, string>();
  for (const e of parsed.errors) {
    if (typeof e.row === 'number' && e.row > 0) brokenRows.set(e.row + 1, importMessage(lang, 'unreadable', { error: e.message }));
  }
  const rows: CsvTable['rows'] = [];
  const broken: CsvTable['broken'] = [];
  data.slice(1, maxRows + 1).forEach((cells, i) => {
    const row = i + 2;
    const problem = brokenRows.get(row);
    if (problem) broken.push({ row, reason: problem });
    else rows.push({ row, cells });
  });
  return { delimiter, header, rows, broken, truncatedAt: data.length > maxRows + 1 ? maxRows + 2 : null };
}

function firstLine(text: string): string {
  const line = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '');
  return line ?? '';
}

/** The delimiter that splits the header line most, counting only outside quotes. */
function delimiterOf(line: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Binary data, whichever encoding decoded it (decode.ts): a NUL, or more than one character in 50
 * that text does not hold — control characters, C1 controls (U+0080–U+009F, what a code page makes
 * of bytes it has no letter for) and U+FFFD (bytes the encoding could not read).
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let odd = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x80 && c <= 0x9f) || c === 0xfffd) odd++;
  }
  return odd > sample.length / 50;
}

/** A header cell as a lookup key: "Reduction (tCO₂e/yr)" → "reduction tco2e yr" (NFKD makes ₂ a 2). */
export function headerKey(h: string): string {
  return h.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** A spreadsheet-safe cell written by our export starts with "'"; reading it back drops that. */
export function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Split a list cell: "; " (what we write), new lines, or "|"; commas only when nothing else splits. */
export function splitList(cell: string, commas = false): string[] {
  const parts = cell.split(/[;\n\r|]+/).map((s) => s.trim()).filter(Boolean);
  if (commas && parts.length === 1 && parts[0].includes(',')) return parts[0].split(',').map((s) => s.trim()).filter(Boolean);
  return parts;
}

/** Cut text to a schema limit; says so when it had to. */
export function clipText(value: string, max: number): { text: string; clipped: boolean } {
  if (value.length <= max) return { text: value, clipped: false };
  return { text: `${value.slice(0, max - 1)}…`, clipped: true };
}
