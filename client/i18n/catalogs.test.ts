import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogs } from './catalogs.ts';
import type { Messages } from './catalog.ts';
import { REPORT_MESSAGES } from '../../shared/export/report-messages.ts';

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
  it('the app and the files it exports call the vocabulary by the same words', () => {
    for (const lang of ['en', 'sl'] as const) {
      const app = catalogs[lang] as unknown as { portfolio: Record<string, Record<string, string>>; stakeholders: Record<string, Record<string, string>> };
      const file = REPORT_MESSAGES[lang];
      expect(app.portfolio.lever).toEqual(file.lever);
      expect(app.portfolio.status).toEqual(file.status);
      expect(app.portfolio.field!.crossCutting).toBe(file.crossCutting);
      for (const [id, words] of Object.entries(file.field)) expect(app.portfolio.field![id]).toBe(words);
      for (const key of ['outcome', 'cobenefits', 'field', 'lateOutcomes', 'earlyChanges', 'costEur', 'reductionTco2e'] as const) {
        expect(app.portfolio.attr![key]).toBe(file.outlines[key]);
      }
      expect(app.portfolio.gap!.portfolio).toBe(file.gap.portfolio);
      expect(app.portfolio.pathways!.indirect).toBe(file.pathways.indirect);
      expect(app.stakeholders.sector).toEqual(file.sector);
      expect(app.stakeholders.relationType).toEqual(file.relationType);
    }
  });
  it('the import summary takes the Slovenian plural forms (one, two, few, other)', () => {
    const result = (ns: 'portfolio' | 'stakeholders') => (catalogs.sl as unknown as Record<typeof ns, { import: { result: string } }>)[ns].import.result;
    const say = (ns: 'portfolio' | 'stakeholders', n: number) => new IntlMessageFormat(result(ns), 'sl').format({ added: n, updated: n, skipped: n });
    expect(say('portfolio', 1)).toBe('Dodan 1 ukrep, posodobljen 1, preskočena 1 vrstica.');
    expect(say('portfolio', 2)).toBe('Dodana 2 ukrepa, posodobljena 2, preskočeni 2 vrstici.');
    expect(say('portfolio', 3)).toBe('Dodani 3 ukrepi, posodobljeni 3, preskočene 3 vrstice.');
    expect(say('portfolio', 5)).toBe('Dodanih 5 ukrepov, posodobljenih 5, preskočenih 5 vrstic.');
    expect(say('portfolio', 0)).toBe('Dodanih 0 ukrepov, posodobljenih 0, preskočenih 0 vrstic.');
    expect(say('stakeholders', 101)).toBe('Uvoz: dodan 101 deležnik, posodobljen 101, preskočena 101 vrstica.');
    expect(say('stakeholders', 4)).toBe('Uvoz: dodani 4 deležniki, posodobljeni 4, preskočene 4 vrstice.');
  });
});
