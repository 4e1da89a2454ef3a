import { describe, expect, it } from 'vitest';
import { catalogs } from './catalogs.ts';
import type { Messages } from './catalog.ts';

function keys(m: Messages, prefix = ''): string[] {
  return Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe('message catalogs', () => {
  it('Slovenian has exactly the English keys', () => {
    expect(keys(catalogs.sl).sort()).toEqual(keys(catalogs.en).sort());
  });
  it('no message is empty', () => {
    for (const lang of ['en', 'sl'] as const) {
      const empty = keys(catalogs[lang]).filter((k) => {
        const v = k.split('.').reduce<unknown>((m, p) => (m as Messages)[p], catalogs[lang]);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty, lang).toEqual([]);
    }
  });
});
