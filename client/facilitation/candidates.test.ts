import { describe, expect, it } from 'vitest';
import type { BoardSession } from '../lib/board-session.svelte.ts';
import { candidates } from './candidates.ts';

// only what candidates() reads of a session
const sessionWith = (interventions: { id: string; code: string; title: string }[]) =>
  ({ interventions: { current: interventions } }) as unknown as BoardSession;

describe('candidates', () => {
  it('lists interventions in the portfolio\u2019s code order, not the order they were added', () => {
    const session = sessionWith([
      { id: 'a', code: '1.8', title: 'Energy co-operatives' },
      { id: 'b', code: 'SOC-4', title: 'Citizens\u2019 assembly' },
      { id: 'c', code: '1.10', title: 'Heat pumps' },
      { id: 'd', code: '', title: 'Solar on schools' },
      { id: 'e', code: '1.9', title: 'Made from a note' },
    ]);
    expect(candidates(session, 'interventions', (t) => t).map((c) => c.label)).toEqual([
      '1.8 Energy co-operatives', '1.9 Made from a note', '1.10 Heat pumps', 'SOC-4 Citizens\u2019 assembly', 'Solar on schools',
    ]);
  });
});
