import { describe, expect, it } from 'vitest';
import { fileBaseName } from './file-name.ts';

describe('fileBaseName', () => {
  it('transliterates the letters that have no accent to drop', () => {
    expect(fileBaseName('Łódź Øresund Straße Æbeltoft Œuvre Þingvellir Đakovo')).toBe('lodz-oresund-strasse-aebeltoft-oeuvre-thingvellir-dakovo');
    expect(fileBaseName('Kranj — Podnebna pogodba (č š ž ć đ)')).toBe('kranj-podnebna-pogodba-c-s-z-c-d');
  });

  it('keeps the title\'s own letters when asked', () => {
    expect(fileBaseName('Łódź Øresund Straße', { ascii: false })).toBe('łódź-øresund-straße');
  });

  it('names a title with no Latin letter "board" in ASCII', () => {
    expect(fileBaseName('Київ')).toBe('board');
    expect(fileBaseName('')).toBe('board');
  });

  it('cuts at 60 letters, never ending on a hyphen', () => {
    expect(fileBaseName(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });
});
