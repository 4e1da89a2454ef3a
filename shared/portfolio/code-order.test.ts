import { describe, expect, it } from 'vitest';
import { byCode } from './code-order.ts';

const card = (code: string, title = '') => ({ code, title });

describe('byCode', () => {
  it('reads numbers in codes as numbers', () => {
    const list = [card('SOC-4'), card('1.10'), card('1.9'), card('GOV-1'), card('1.8'), card('', 'Untitled idea'), card('2.1')];
    expect(list.sort(byCode).map((c) => c.code || c.title)).toEqual(['1.8', '1.9', '1.10', '2.1', 'GOV-1', 'SOC-4', 'Untitled idea']);
  });

  it('orders cards without a code by title, after the coded ones', () => {
    expect([card('', 'b'), card('', 'A'), card('3.1')].sort(byCode).map((c) => c.code || c.title)).toEqual(['3.1', 'A', 'b']);
  });
});
