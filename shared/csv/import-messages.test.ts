import { describe, expect, it } from 'vitest';
import { IMPORT_MESSAGES, importLang, importMessage } from './import-messages.ts';

describe('import messages', () => {
  it('say the same things in both languages: same keys, same placeholders, none empty', () => {
    const placeholders = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((p) => p[1]).sort();
    expect(Object.keys(IMPORT_MESSAGES.sl).sort()).toEqual(Object.keys(IMPORT_MESSAGES.en).sort());
    for (const [key, en] of Object.entries(IMPORT_MESSAGES.en)) {
      const sl = IMPORT_MESSAGES.sl[key as keyof typeof IMPORT_MESSAGES.sl];
      expect(sl.trim(), key).not.toBe('');
      expect(placeholders(sl), key).toEqual(placeholders(en));
    }
  });
  it('fills placeholders, and takes a request language as it comes', () => {
    expect(importMessage('sl', 'notYear', { value: '20x5' })).toBe('20x5 ni leto med 2000 in 2100');
    expect(importLang('sl')).toBe('sl');
    for (const other of ['en', 'de', undefined, '']) expect(importLang(other)).toBe('en');
  });
});
