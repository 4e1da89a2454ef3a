import { describe, expect, it } from 'vitest';
import { COLORS, cleanName, initials, safeColor, textColorOn } from './identity.ts';

describe('identity helpers', () => {
  it('keeps names on one bounded line', () => {
    expect(cleanName('  Ana \n Novak  ')).toBe('Ana Novak');
    expect(cleanName('x'.repeat(100))).toHaveLength(60);
    expect(cleanName(42)).toBe('');
  });
  it('lets only #rrggbb colours into styles', () => {
    expect(safeColor('#1D4ED8')).toBe('#1D4ED8');
    expect(safeColor('red; background: url(x)')).toBe('#57534e');
    expect(safeColor(undefined)).toBe('#57534e');
  });
  it('writes initials in the colour that contrasts 4.5:1 with the avatar', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => { const c = parseInt(hex.slice(i, i + 2), 16) / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x! + 0.05) / (y! + 0.05); };
    // light orange and green (2.5–3.4:1 under white) get dark initials; the app's own palette keeps white
    for (const light of ['#f97316', '#22c55e', '#16a34a', '#eab308', '#fbbf24']) expect(textColorOn(light)).not.toBe('#ffffff');
    for (const dark of COLORS) expect(textColorOn(dark)).toBe('#ffffff');
    for (const any of [...COLORS, '#f97316', '#22c55e', '#16a34a', '#ea580c', '#0ea5e9', '#ffffff', '#000000', '#777777']) {
      expect(contrast(textColorOn(any), any)).toBeGreaterThanOrEqual(4.5);
    }
    expect(textColorOn('not a colour')).toBe('#ffffff'); // the neutral grey fallback
  });
  it('makes initials from first and last name', () => {
    expect(initials('Ana Novak')).toBe('AN');
    expect(initials('Živa')).toBe('ŽI');
    expect(initials('Jan Peter Kos')).toBe('JK');
    expect(initials('  ')).toBe('?');
  });
});
