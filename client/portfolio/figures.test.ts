import { describe, expect, it } from 'vitest';
import { formatCompact, formatNumber, isAmbiguous, readFigure, showFigure } from './figures.ts';

describe('readFigure', () => {
  it('reads amounts the way each language writes them', () => {
    expect(readFigure('14342', 'amount', 'en')).toEqual({ ok: true, value: 14342 });
    expect(readFigure('14.342', 'amount', 'sl')).toEqual({ ok: true, value: 14342 });
    expect(readFigure('1.234', 'amount', 'en')).toEqual({ ok: true, value: 1.234 });
    expect(readFigure('24,5', 'amount', 'sl')).toEqual({ ok: true, value: 24.5 });
    expect(readFigure('21,827,000', 'amount', 'en')).toEqual({ ok: true, value: 21827000 });
    expect(readFigure('21.827.000', 'amount', 'en')).toEqual({ ok: true, value: 21827000 });
    expect(readFigure('1 500', 'amount', 'en')).toEqual({ ok: true, value: 1500 });
    expect(readFigure('  ', 'amount', 'en')).toEqual({ ok: true, value: null });
    // as copied from a plan, with its currency
    expect(readFigure('€ 1.000.000', 'amount', 'en')).toEqual({ ok: true, value: 1000000 });
    expect(readFigure('€ 3.000.000', 'amount', 'sl')).toEqual({ ok: true, value: 3000000 });
    expect(readFigure('21.827.000 EUR', 'amount', 'sl')).toEqual({ ok: true, value: 21827000 });
    expect(readFigure('2030 €', 'year', 'en')).toEqual({ ok: false, error: 'notNumber' });
  });
  it('refuses negatives and text with a reason', () => {
    expect(readFigure('-5', 'amount', 'en')).toEqual({ ok: false, error: 'negative' });
    expect(readFigure('− 5', 'amount', 'en')).toEqual({ ok: false, error: 'negative' });
    expect(readFigure('abc', 'amount', 'en')).toEqual({ ok: false, error: 'notNumber' });
    expect(readFigure('12 t', 'amount', 'en')).toEqual({ ok: false, error: 'notNumber' });
    expect(readFigure('1e5', 'amount', 'en')).toEqual({ ok: false, error: 'notNumber' });
    expect(readFigure('99999999999999999999999', 'amount', 'en')).toEqual({ ok: false, error: 'tooLarge' });
    expect(readFigure('1.000.000.000.000', 'amount', 'sl')).toEqual({ ok: true, value: 1e12 });
  });
  it('reads a figure that starts with its decimal mark, never ten times too much', () => {
    for (const locale of ['en', 'sl']) {
      expect(readFigure('.5', 'amount', locale)).toEqual({ ok: true, value: 0.5 });
      expect(readFigure(',5', 'amount', locale)).toEqual({ ok: true, value: 0.5 });
      expect(readFigure(',5', 'percent', locale)).toEqual({ ok: true, value: 0.5 });
      expect(readFigure('-.5', 'amount', locale)).toEqual({ ok: false, error: 'negative' });
      expect(readFigure('−,5', 'amount', locale)).toEqual({ ok: false, error: 'negative' });
    }
  });
  it('refuses digit groups that are not whole thousands', () => {
    for (const locale of ['en', 'sl']) {
      for (const text of ['1.2.3', '1.5.2024', '12,34,567', '1,234,5']) {
        expect(readFigure(text, 'amount', locale), `${text} (${locale})`).toEqual({ ok: false, error: 'notNumber' });
      }
      expect(readFigure('1.5.2024', 'year', locale)).toEqual({ ok: false, error: 'notNumber' });
    }
  });
  it('checks years and percentages', () => {
    expect(readFigure('2030', 'year', 'sl')).toEqual({ ok: true, value: 2030 });
    expect(readFigure('1999', 'year', 'en')).toEqual({ ok: false, error: 'year' });
    expect(readFigure('2101', 'year', 'en')).toEqual({ ok: false, error: 'year' });
    expect(readFigure('2030.5', 'year', 'en')).toEqual({ ok: false, error: 'year' });
    expect(readFigure('1990', 'baselineYear', 'en')).toEqual({ ok: true, value: 1990 });
    expect(readFigure('1989', 'baselineYear', 'en')).toEqual({ ok: false, error: 'baselineYear' });
    expect(readFigure('80', 'percent', 'en')).toEqual({ ok: true, value: 80 });
    expect(readFigure('80,5', 'percent', 'sl')).toEqual({ ok: true, value: 80.5 });
    expect(readFigure('120', 'percent', 'en')).toEqual({ ok: false, error: 'percent' });
  });
  it('reads back what it shows', () => {
    for (const locale of ['en', 'sl']) {
      for (const n of [14342, 24.5, 21827000, 0.4]) {
        expect(readFigure(showFigure(n, 'amount', locale), 'amount', locale)).toEqual({ ok: true, value: n });
      }
    }
    expect(showFigure(2030, 'year', 'en')).toBe('2030');
    expect(showFigure(null, 'amount', 'en')).toBe('');
    // to edit, every digit: a field focused and left must not round what it holds
    for (const locale of ['en', 'sl']) {
      for (const n of [0.125, 14.342, 1234567.891]) {
        expect(readFigure(showFigure(n, 'amount', locale, { exact: true }), 'amount', locale)).toEqual({ ok: true, value: n });
      }
    }
  });
});

describe('formatting', () => {
  it('rounds for reading', () => {
    expect(formatNumber(14342.4, 'en')).toBe('14,342');
    expect(formatNumber(14342.4, 'sl')).toBe('14.342');
    expect(formatNumber(9850, 'sl')).toBe('9.850'); // grouped like its neighbours in a column
    expect(formatNumber(null, 'en')).toBe('–');
    expect(formatCompact(21827000, 'en')).toBe('21.8M');
  });
});

describe('isAmbiguous', () => {
  it('flags an amount that reads a thousand times apart in the other convention', () => {
    expect(isAmbiguous('14.342', 'amount', 'en')).toBe(true);
    expect(isAmbiguous('€ 1.000', 'amount', 'en')).toBe(true);
    expect(isAmbiguous('14,342', 'amount', 'sl')).toBe(true);
    for (const text of ['14,342', '14342', '1.000.000', '24.5', '1.2345']) expect(isAmbiguous(text, 'amount', 'en')).toBe(false);
    expect(isAmbiguous('14.342', 'amount', 'sl')).toBe(false);
    expect(isAmbiguous('2.030', 'year', 'en')).toBe(false);
  });
});
