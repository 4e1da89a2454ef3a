import { describe, expect, it } from 'vitest';
import { hasRole, hashToken, newTokens, roleForToken } from './tokens.ts';

describe('role tokens', () => {
  const { tokens, hashes } = newTokens();
  const board = { id: 'b', title: 't', city: '', createdAt: 0, tokenHashes: hashes };

  it('are long, random and distinct per role', () => {
    const values = Object.values(tokens);
    expect(new Set(values).size).toBe(4);
    for (const t of values) expect(Buffer.from(t, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
  });

  it('are stored only as hashes', () => {
    for (const [role, token] of Object.entries(tokens)) {
      expect(hashes[role as keyof typeof hashes]).toBe(hashToken(token));
      expect(hashes[role as keyof typeof hashes]).not.toContain(token);
    }
  });

  it('resolve to their role and nothing else', () => {
    expect(roleForToken(board, tokens.facilitator)).toBe('facilitator');
    expect(roleForToken(board, tokens.viewer)).toBe('viewer');
    expect(roleForToken(board, tokens.viewer + 'x')).toBeNull();
    expect(roleForToken(board, '')).toBeNull();
  });

  it('rank roles', () => {
    expect(hasRole('facilitator', 'editor')).toBe(true);
    expect(hasRole('commenter', 'editor')).toBe(false);
    expect(hasRole('viewer', 'viewer')).toBe(true);
  });
});
