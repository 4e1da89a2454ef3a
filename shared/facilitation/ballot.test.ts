import { describe, expect, it } from 'vitest';
import { ballotId } from './ballot.ts';

describe('ballot ids', () => {
  it('are the same for one browser in one round, and fit the vote record', () => {
    expect(ballotId('secret-a', 'round-1')).toBe(ballotId('secret-a', 'round-1'));
    expect(ballotId('secret-a', 'round-1').length).toBeLessThanOrEqual(64);
  });

  it('differ between rounds and between browsers, so ballots link to no one', () => {
    const ids = new Set<string>();
    for (let person = 0; person < 200; person++) {
      const secret = `secret-${person}-${'x'.repeat(person % 7)}`;
      for (let round = 0; round < 20; round++) ids.add(ballotId(secret, `round-${round}`));
    }
    expect(ids.size).toBe(200 * 20);
  });
});
