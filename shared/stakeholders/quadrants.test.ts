import { describe, expect, it } from 'vitest';
import { clampLevel, quadrantOf } from './quadrants.ts';

describe('quadrantOf', () => {
  it('names the four Mendelow quadrants', () => {
    expect(quadrantOf(90, 90)).toBe('manage');
    expect(quadrantOf(90, 10)).toBe('satisfy');
    expect(quadrantOf(10, 90)).toBe('inform');
    expect(quadrantOf(10, 10)).toBe('monitor');
  });
  it('counts exactly 50 as low and anything above as high', () => {
    expect(quadrantOf(50, 50)).toBe('monitor');
    expect(quadrantOf(50.5, 50)).toBe('satisfy');
    expect(quadrantOf(50, 51)).toBe('inform');
    expect(quadrantOf(51, 51)).toBe('manage');
  });
  it('handles the edges of the grid', () => {
    expect(quadrantOf(0, 0)).toBe('monitor');
    expect(quadrantOf(100, 100)).toBe('manage');
    expect(quadrantOf(100, 0)).toBe('satisfy');
    expect(quadrantOf(0, 100)).toBe('inform');
  });
});

describe('clampLevel', () => {
  it('keeps values in 0–100 and rounds them', () => {
    expect(clampLevel(-4)).toBe(0);
    expect(clampLevel(104)).toBe(100);
    expect(clampLevel(49.6)).toBe(50);
    expect(clampLevel(Number.NaN)).toBe(50);
  });
});
