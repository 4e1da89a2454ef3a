/**
 * Role tokens: 192 random bits each, given out once and stored only as SHA-256 hashes (a hash of
 * a random 192-bit secret needs no salt or slow KDF). Comparison is constant-time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '../../shared/schema/index.ts';
import type { BoardRow } from '../persistence/store.ts';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newTokens(): { tokens: Record<Role, string>; hashes: Record<Role, string> } {
  const tokens = {} as Record<Role, string>;
  const hashes = {} as Record<Role, string>;
  for (const role of ROLES) {
    tokens[role] = newToken();
    hashes[role] = hashToken(tokens[role]);
  }
  return { tokens, hashes };
}

/** The role a token grants on a board, or null. */
export function roleForToken(board: BoardRow, token: string): Role | null {
  if (!token || token.length > 200) return null;
  const hash = Buffer.from(hashToken(token), 'hex');
  let found: Role | null = null;
  for (const role of ROLES) {
    const stored = Buffer.from(board.tokenHashes[role] ?? '', 'hex');
    if (stored.length === hash.length && timingSafeEqual(stored, hash)) found = role;
  }
  return found;
}

const RANK: Record<Role, number> = { viewer: 0, commenter: 1, editor: 2, facilitator: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}
