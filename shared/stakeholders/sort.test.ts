import { describe, expect, it } from 'vitest';
import { sortRows } from './sort.ts';

describe('sortRows', () => {
  const rows = [{ n: 'Žiri', v: 3 }, { n: 'ana', v: 10 }, { n: '', v: 1 }, { n: 'Zala', v: 2 }];
  it('sorts text by the language, empty last', () => {
    expect(sortRows(rows, (r) => r.n, 'ascending', 'sl').map((r) => r.n)).toEqual(['ana', 'Zala', 'Žiri', '']);
    expect(sortRows(rows, (r) => r.n, 'descending', 'sl').map((r) => r.n)).toEqual(['Žiri', 'Zala', 'ana', '']);
  });
  it('sorts numbers numerically', () => {
    expect(sortRows(rows, (r) => r.v, 'descending').map((r) => r.v)).toEqual([10, 3, 2, 1]);
  });
});
