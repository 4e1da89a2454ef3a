import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api.ts';
import { exportFailure, filenameFrom } from './download.ts';

describe('filenameFrom', () => {
  it('reads the server\u2019s Content-Disposition', () => {
    expect(filenameFrom('attachment; filename="kranj.report.pdf"', 'x')).toBe('kranj.report.pdf');
    expect(filenameFrom("attachment; filename=\"a.pdf\"; filename*=UTF-8''%C5%A1ola.pdf", 'x')).toBe('šola.pdf');
    expect(filenameFrom(null, 'board.json')).toBe('board.json');
  });
});

describe('exportFailure', () => {
  it('tells the network, the server and the link apart', () => {
    expect(exportFailure(new TypeError('Failed to fetch'))).toBe('network');
    expect(exportFailure(new ApiError(500, 'internal error'))).toBe('server');
    expect(exportFailure(new ApiError(502, 'Bad Gateway'))).toBe('server');
    expect(exportFailure(new ApiError(403, 'forbidden'))).toBe('access');
    expect(exportFailure(new ApiError(404, 'not found'))).toBe('access');
    expect(exportFailure(new ApiError(400, 'unknown format'))).toBe('other');
    expect(exportFailure(new Error('canvas too large'))).toBe('other');
  });
});
