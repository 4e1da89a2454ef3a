import { describe, expect, it } from 'vitest';
import { urlWithView, viewInUrl } from './navigation.svelte.ts';

describe('the view in a board\'s address', () => {
  const link = new URL('https://leverboard.example/b/abc123#token=secret');

  it('names every view but the default portfolio, and keeps the token', () => {
    const canvas = urlWithView(link, 'canvas');
    expect(canvas.href).toBe('https://leverboard.example/b/abc123?view=canvas#token=secret');
    expect(viewInUrl(canvas)).toBe('canvas');
    expect(urlWithView(canvas, 'stakeholders').href).toBe('https://leverboard.example/b/abc123?view=stakeholders#token=secret');
    expect(urlWithView(canvas, 'portfolio').href).toBe(link.href);
    expect(viewInUrl(link)).toBeNull();
  });

  it('ignores what is not a view', () => {
    expect(viewInUrl(new URL('https://leverboard.example/b/abc123?view=admin'))).toBeNull();
    expect(viewInUrl(new URL('https://leverboard.example/b/abc123?view='))).toBeNull();
  });
});
