import { describe, expect, it } from 'vitest';
import { REPORT_MESSAGES, fillCount } from './report-messages.ts';

describe('report messages', () => {
  it('say a count in the plural form of each language', () => {
    const en = REPORT_MESSAGES.en, sl = REPORT_MESSAGES.sl;
    expect(fillCount(en, en.gap.missing, 1)).toBe('1 intervention has no reduction figure yet.');
    expect(fillCount(en, en.gap.missing, 11)).toBe('11 interventions have no reduction figure yet.');
    // Slovenian has a dual and a form for 3 and 4
    expect([1, 2, 3, 5, 101, 102].map((n) => fillCount(sl, sl.gap.missing, n).split(' še')[0])).toEqual([
      '1 ukrep', '2 ukrepa', '3 ukrepi', '5 ukrepov', '101 ukrep', '102 ukrepa',
    ]);
    // one form serves every count
    expect(fillCount(sl, sl.voting.voters, 2)).toBe('glasovalcev: 2');
  });
});
