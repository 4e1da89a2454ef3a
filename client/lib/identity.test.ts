import { describe, expect, it } from 'vitest';
import { cleanName, initials, safeColor } from './identity.ts';

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
  it('makes initials from first and last name', () => {
    expect(initials('Ana Novak')).toBe('AN');
    expect(initials('Živa')).toBe('ŽI');
    expect(initials('Jan Peter Kos')).toBe('JK');
    expect(initials('  ')).toBe('?');
  });
});
