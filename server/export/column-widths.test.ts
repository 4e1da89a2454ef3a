import { describe, expect, it } from 'vitest';
import { fitColumns, longestWordWidths, unbreakableParts } from './column-widths.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('fitColumns', () => {
  it('shares the width by weight when every word fits', () => {
    expect(fitColumns([1, 3], [10, 10], 400)).toEqual([100, 300]);
  });

  it('gives a column its longest word and takes the difference from the others by weight', () => {
    const widths = fitColumns([0.5, 2.8, 1.1, 1.4], [12, 40, 38, 50], 290)!;
    expect(widths[2]).toBeGreaterThanOrEqual(38);
    expect(widths[3]).toBeGreaterThanOrEqual(50);
    expect(sum(widths)).toBeCloseTo(290);
    expect(widths.every((w, i) => w >= [12, 40, 38, 50][i]! - 1e-9)).toBe(true);
  });

  it('says so when the words cannot fit at all', () => {
    expect(fitColumns([1, 1], [120, 100], 200)).toBeNull();
  });
});

describe('unbreakableParts', () => {
  it('splits where a line may break, each word with the spaces after it, as pdfkit\u2019s line wrapper does', () => {
    expect(unbreakableParts('Demokracija/participacija  Low-carbon heat')).toEqual(['Demokracija/', 'participacija  ', 'Low-', 'carbon ', 'heat']);
    expect(unbreakableParts(' Low- carbon ')).toEqual(['Low- ', 'carbon ']);
  });
});

describe('longestWordWidths', () => {
  it('measures each distinct word once and scales it to every size tried', () => {
    const measured: string[] = [];
    // a stand-in font: 5 pt a letter at size 10, 6 in bold
    const measure = (t: string, bold: boolean) => { measured.push(`${bold ? 'b' : 'r'}:${t}`); return t.length * (bold ? 6 : 5); };
    const body = Array.from({ length: 500 }, (_, k) => ['Energy', 'systems', k % 2 ? 'Environment' : 'Kranj']).flat();
    const at = longestWordWidths([{ header: ['Field'], body }, { header: ['Interest'], body: ['High', 'Energy'] }], measure, 10);
    for (const size of [8.5, 8, 7.5, 7, 6.5]) at(size);
    expect(at(10)).toEqual([55, 48]);
    expect(at(5)).toEqual([27.5, 24]);
    // the 7 distinct words, each once, however many rows and sizes
    expect(measured.sort()).toEqual(['b:Field', 'b:Interest', 'r:Energy', 'r:Environment', 'r:High', 'r:Kranj', 'r:systems'].sort());
  });
});
