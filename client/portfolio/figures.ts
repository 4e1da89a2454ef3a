/**
 * Figures typed into the portfolio's inputs, read the way the person writes them: in Slovenian
 * "1.234,5" is one thousand two hundred thirty-four and a half, in English "1,234.5" (shared/csv
 * reads both; the UI language decides the ambiguous "1.234"). An invalid figure is never written:
 * the input shows why instead.
 */
import { parseNumberCell } from '../../shared/csv/numbers.ts';
import { MAX_FIGURE } from '../../shared/schema/index.ts';

export type FigureError = 'notNumber' | 'negative' | 'tooLarge' | 'year' | 'percent' | 'baselineYear' | 'targetYear';
export type FigureKind = 'amount' | 'year' | 'percent' | 'baselineYear' | 'targetYear';
export type Reading = { ok: true; value: number | null } | { ok: false; error: FigureError };

const YEAR_RANGE: Record<'year' | 'baselineYear' | 'targetYear', [number, number]> = {
  year: [2000, 2100], baselineYear: [1990, 2100], targetYear: [2000, 2100],
};

/** an amount may keep the currency it was copied with: "€ 1.000.000", "21.827.000 EUR" */
function withoutCurrency(text: string): string {
  return text.replace(/^\s*(?:€|eur\b)|(?:€|\beur)\s*$/gi, '').trim();
}

export function readFigure(text: string, kind: FigureKind, locale: string): Reading {
  const trimmed = kind === 'amount' ? withoutCurrency(text) : text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (/^[-−–]\s*[.,]?\d/.test(trimmed)) return { ok: false, error: 'negative' };
  // only digits, separators and spaces: "12 t" or "1e5" are not figures a person means
  if (!/^[\d.,'’\u00a0\u202f ]+$/.test(trimmed)) return { ok: false, error: 'notNumber' };
  const parsed = parseNumberCell(trimmed, locale.startsWith('sl') ? 'european' : 'english');
  if (!parsed.ok || parsed.value === null) return { ok: false, error: 'notNumber' };
  const value = parsed.value;
  if (kind === 'percent') return value <= 100 ? { ok: true, value } : { ok: false, error: 'percent' };
  if (kind !== 'amount') {
    const [min, max] = YEAR_RANGE[kind];
    return Number.isInteger(value) && value >= min && value <= max ? { ok: true, value } : { ok: false, error: kind };
  }
  return value <= MAX_FIGURE ? { ok: true, value } : { ok: false, error: 'tooLarge' };
}

/**
 * Whether an amount reads one way in the UI's language and the other way in the other convention:
 * "14.342" is fourteen point three four two in English but 14 342 as a European plan prints it.
 * The input says how it read it, so a figure copied from a plan is not silently a thousand times off.
 */
export function isAmbiguous(text: string, kind: FigureKind, locale: string): boolean {
  if (kind !== 'amount') return false;
  const trimmed = withoutCurrency(text);
  return locale.startsWith('sl') ? /^\d{1,3},\d{3}$/.test(trimmed) : /^\d{1,3}\.\d{3}$/.test(trimmed);
}

/**
 * A figure as the input shows it (years without grouping): to read, rounded to 2 decimals;
 * `exact` to edit, every digit, so that what is written back is what was there.
 */
export function showFigure(value: number | null | undefined, kind: FigureKind, locale: string, { exact = false } = {}): string {
  if (value == null) return '';
  if (kind !== 'amount' && kind !== 'percent') return String(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: exact ? 12 : 2, useGrouping: 'always' }).format(value);
}

/**
 * Rounded for reading in cards, margins and analytics: 14 342, 1,5 M€ is not used (people compare plans).
 * Always grouped, as the exported files are: Slovenian leaves 4-digit numbers ungrouped by default,
 * so "9850" would stand under "14.342" in one column.
 */
export function formatNumber(value: number | null | undefined, locale: string, digits = 0): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: 'always' }).format(value);
}

/** Compact money for small cards: € 21.8 M, € 450 k. */
export function formatCompact(value: number | null | undefined, locale: string): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
