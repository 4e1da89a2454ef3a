import { describe, expect, it } from 'vitest';
import { filenameFrom } from './download.ts';

describe('filenameFrom', () => {
  it('reads the server\u2019s Content-Disposition', () => {
    expect(filenameFrom('attachment; filename="kranj.report.pdf"', 'x')).toBe('kranj.report.pdf');
    expect(filenameFrom("attachment; filename=\"a.pdf\"; filename*=UTF-8''%C5%A1ola.pdf", 'x')).toBe('šola.pdf');
    expect(filenameFrom(null, 'board.json')).toBe('board.json');
  });
});
