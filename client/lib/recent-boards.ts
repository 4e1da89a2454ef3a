/**
 * The boards this browser has opened, newest first, with the link token it used. A facilitator's
 * browser also keeps the other roles' links it has seen (at creation or after replacing one):
 * the server stores only token hashes, so this is the only place they can be shown again.
 */
import { ROLES, type Role } from '../../shared/schema/index.ts';

const KEY = 'leverboard:recent';
const MAX = 30;
export type BoardTokens = Partial<Record<Role, string>>;
export interface RecentBoard { id: string; title: string; city: string; role: Role; token: string; openedAt: number; tokens?: BoardTokens }

function isRecent(b: unknown): b is RecentBoard {
  const r = b as RecentBoard | null;
  return !!r && typeof r.id === 'string' && typeof r.token === 'string' && (ROLES as readonly string[]).includes(r.role);
}

export function recentBoards(): RecentBoard[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list.filter(isRecent) : [];
  } catch {
    return [];
  }
}

/** Remember (or refresh) a board; the links already known for it are kept. */
export function rememberBoard(board: RecentBoard): void {
  const previous = recentBoards().find((b) => b.id === board.id);
  const tokens = { ...previous?.tokens, ...board.tokens, [board.role]: board.token };
  const list = [{ ...board, tokens }, ...recentBoards().filter((b) => b.id !== board.id)].slice(0, MAX);
  localStorage.setItem(KEY, JSON.stringify(list));
}

/** Change what is remembered about a board without moving it to the top. */
export function updateRecentBoard(id: string, patch: Partial<Omit<RecentBoard, 'id'>>): void {
  const list = recentBoards().map((b) => (b.id === id ? { ...b, ...patch, tokens: { ...b.tokens, ...patch.tokens } } : b));
  localStorage.setItem(KEY, JSON.stringify(list));
}

/** The links of a board this browser knows, by role. */
export function knownTokens(id: string): BoardTokens {
  const b = recentBoards().find((r) => r.id === id);
  return b ? { ...b.tokens, [b.role]: b.token } : {};
}

export function forgetBoard(id: string): void {
  localStorage.setItem(KEY, JSON.stringify(recentBoards().filter((b) => b.id !== id)));
}
