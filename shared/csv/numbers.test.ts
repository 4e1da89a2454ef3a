import { describe, expect, it } from 'vitest';
import { detectConvention, parseNumber, parseNumberCell } from './numbers.ts';
import { ambiguousNote, numberNote, numberProblem } from './import-messages.ts';

describe('parseNumber', () => {
  it('reads numbers as plans print them', () => {
    expect(parseNumber('14.342 tonnes CO₂/year', 'european')).toBe(14342);
    expect(parseNumber('€ 21.827.000', 'european')).toBe(21827000);
    expect(parseNumber('24,5', 'european')).toBe(24.5);
    expect(parseNumber('1,234.5', 'english')).toBe(1234.5);
    expect(parseNumber('1 234', 'plain')).toBe(1234);
    expect(parseNumber('1\u00a0234\u00a0567,25 €', 'european')).toBe(1234567.25);
    expect(parseNumber('1\u202f234', 'english')).toBe(1234);
    expect(parseNumber("1'234'000", 'plain')).toBe(1234000);
    expect(parseNumber('5,6 km²', 'english')).toBe(5.6);
    expect(parseNumber('€ 25.975 t CO2', 'european')).toBe(25975);
    expect(parseNumber('1.000.000,50', 'english')).toBe(1000000.5);
  });

  it('reads the scientific notation spreadsheets write, never just its first digit', () => {
    expect(parseNumber('1e+23')).toBe(1e23);
    expect(parseNumber('2.5E-7', 'european')).toBe(2.5e-7);
    expect(parseNumber('-1E3')).toBe(-1000);
    expect(parseNumberCell('1e', 'plain')).toEqual({ ok: true, value: 1 });
  });
  it('scales by the words plans use, and says what of a cell it left out', () => {
    expect(parseNumber('1,5 mio EUR', 'european')).toBe(1_500_000);
    expect(parseNumber('€ 2 mrd', 'european')).toBe(2e9);
    expect(parseNumber('450 k', 'plain')).toBe(450_000);
    expect(parseNumber('3 milijone €', 'european')).toBe(3e6);
    expect(parseNumberCell('14.342 tonnes CO2/year', 'european')).toEqual({ ok: true, value: 14342 });
    expect(parseNumberCell('12 MWh', 'plain')).toEqual({ ok: true, value: 12 });
    for (const [cell, value, leftOut] of [['100-200', 100, '-200'], ['2024–2026', 2024, '–2026'], ['=1+1', 1, '+1'], ['5 6', 5, '6']] as const) {
      const r = parseNumberCell(cell, 'plain');
      expect(r).toMatchObject({ ok: true, value });
      expect(r.ok && r.leftOut).toEqual({ cell, rest: leftOut });
      expect(r.ok && r.leftOut && numberNote('en', value, r.leftOut)).toContain(`"${leftOut}" was left out`);
    }
  });

  it('reads an ambiguous cell by the file convention', () => {
    expect(parseNumber('1.234', 'european')).toBe(1234);
    expect(parseNumber('1.234', 'english')).toBe(1.234);
    expect(parseNumber('1,234', 'european')).toBe(1.234);
    expect(parseNumber('1,234', 'english')).toBe(1234);
    // a leading zero is never a thousands group
    expect(parseNumber('0.125', 'european')).toBe(0.125);
  });

  it('treats empty and "no figure" cells as null', () => {
    for (const cell of ['', '  ', '/', '-', '—', 'n/a', 'N/A', undefined, null]) expect(parseNumber(cell, 'european')).toBeNull();
    expect(parseNumberCell('/', 'english')).toEqual({ ok: true, value: null });
  });

  it('keeps a leading minus and ignores a range dash', () => {
    expect(parseNumber('-500', 'plain')).toBe(-500);
    expect(parseNumber('€ −1.500', 'european')).toBe(-1500);
    expect(parseNumber('2024-2026', 'plain')).toBe(2024);
  });

  it('reads a number that starts with its decimal mark, in both conventions', () => {
    for (const convention of ['european', 'english', 'plain'] as const) {
      expect(parseNumber('.5', convention)).toBe(0.5);
      expect(parseNumber(',5', convention)).toBe(0.5);
      expect(parseNumber('-.5', convention)).toBe(-0.5);
      expect(parseNumber('−,5', convention)).toBe(-0.5);
      expect(parseNumber('€ ,75 mio', convention)).toBe(750_000);
    }
    // a point after a word is no decimal mark: "ca.500" is about 500
    expect(parseNumber('ca.500 t', 'european')).toBe(500);
    expect(parseNumberCell('.500.000', 'european').ok).toBe(false);
  });

  it('refuses digit groups that are not whole thousands, with a reason', () => {
    for (const cell of ['1.2.3', '1.5.2024', '12,34,567', '1,234,5', '1.234.5', '12.34,5', '1,2.5', '1.234,5,6']) {
      for (const convention of ['european', 'english', 'plain'] as const) {
        const r = parseNumberCell(cell, convention);
        expect(r, `${cell} (${convention})`).toEqual({ ok: false, problem: 'badGroups', cell });
        expect(!r.ok && numberProblem('en', r)).toContain(`"${cell}" is not a number: after a thousands separator come exactly three digits`);
      }
    }
    expect(numberProblem('sl', { problem: 'badGroups', cell: '1.2.3' })).toMatch(/^»1\.2\.3« ni število: za ločilom tisočic/);
    // whole groups still read
    expect(parseNumber('1,234,567', 'european')).toBe(1234567);
    expect(parseNumber('1.234.567,5', 'english')).toBe(1234567.5);
    expect(parseNumber('123.456', 'european')).toBe(123456);
    expect(parseNumber('1.000.000.000', 'plain')).toBe(1e9);
  });

  it('says when a cell holds no number', () => {
    const r = parseNumberCell('about half', 'english');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(numberProblem('en', r)).toMatch(/not a number/);
  });
});

describe('detectConvention', () => {
  const convention = (cells: string[], options?: Parameters<typeof detectConvention>[1]) => detectConvention(cells, options).convention;
  it('finds the European convention from unambiguous cells', () => {
    expect(detectConvention(['1.234', '21.827.000', '24,5'])).toEqual({ convention: 'european', ambiguous: null });
    expect(convention(['14.342', '0,4'])).toBe('european');
  });
  it('finds the English convention', () => {
    expect(detectConvention(['1,234.5', '1.234', '0.4'])).toEqual({ convention: 'english', ambiguous: null });
    expect(convention(['1,234,567'])).toBe('english');
    // a decisive cell wins over the tie-break, in a Slovenian import too
    expect(detectConvention(['14.342', '0.4'], { lang: 'sl' })).toEqual({ convention: 'english', ambiguous: null });
  });
  it('reports plain when nothing has separators', () => {
    expect(detectConvention(['14342', '', '21827000'], { lang: 'sl' })).toEqual({ convention: 'plain', ambiguous: null });
  });
  it('is not swayed by cells that are no number', () => {
    expect(convention(['1.2.3', '1.5.2024', '0.5'])).toBe('english');
    expect(convention(['12,34,567', '1,5'])).toBe('european');
  });
  it('breaks a tie by the delimiter and the import\'s language, and gives the first cell it decided so', () => {
    expect(detectConvention(['1.234'], { delimiter: ';' })).toEqual({ convention: 'european', ambiguous: { cell: '1.234', value: 1234 } });
    expect(detectConvention(['1.234'], { delimiter: ',' })).toEqual({ convention: 'english', ambiguous: { cell: '1.234', value: 1.234 } });
    // Kranj's reductions as the plan prints them, in a comma-separated file
    const kranj = ['', ' 14.342 t CO2/year ', '2.870', '125'];
    expect(detectConvention(kranj, { delimiter: ',', lang: 'sl' })).toEqual({ convention: 'european', ambiguous: { cell: '14.342 t CO2/year', value: 14342 } });
    expect(detectConvention(kranj, { delimiter: ',', lang: 'en' })).toEqual({ convention: 'english', ambiguous: { cell: '14.342 t CO2/year', value: 14.342 } });
    expect(detectConvention(kranj, { delimiter: ';', lang: 'en' }).convention).toBe('european');
    // a tie between decisive cells with nothing ambiguous leaves nothing to warn about
    expect(detectConvention(['24,5', '1,234.5'], { lang: 'sl' })).toEqual({ convention: 'european', ambiguous: null });
    expect(detectConvention(['24,5', '1,234.5', '2,500'], { lang: 'sl' })).toEqual({ convention: 'european', ambiguous: { cell: '2,500', value: 2.5 } });
  });
  it('words the guess in the report\'s language, with no thousands groups that would be ambiguous again', () => {
    expect(ambiguousNote('en', 'european', { cell: '14.342', value: 14342 }))
      .toBe('"14.342" and figures like it could be read either way; read as 14342 (European). If that is wrong, check the file\'s number format.');
    expect(ambiguousNote('en', 'english', { cell: '14.342', value: 14.342 })).toContain('read as 14.342 (English)');
    expect(ambiguousNote('sl', 'european', { cell: '14.342', value: 14342 }))
      .toBe('»14.342« in podobna števila je mogoče brati na dva načina; prebrano kot 14342 (evropski zapis). Če to ni prav, preverite zapis števil v datoteki.');
    expect(ambiguousNote('sl', 'english', { cell: '1.234', value: 1.234 })).toContain('prebrano kot 1,234 (angleški zapis)');
  });
});
