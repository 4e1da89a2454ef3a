/**
 * Opening a board link: the token from the fragment, the role from the API (or, offline, from
 * this browser's memory of the board), and the server's clock offset for timers.
 */
import { ROLES, type Role } from '../../shared/schema/index.ts';
import { api, ApiError } from '../lib/api.ts';
import { recentBoards, rememberBoard } from '../lib/recent-boards.ts';

export interface OpenedBoard { id: string; token: string; role: Role; title: string; clockOffsetMs: number; offline: boolean }

export function tokenFromHash(hash = location.hash): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token');
}

export async function openBoard(id: string, token: string): Promise<OpenedBoard> {
  try {
    const started = Date.now();
    const [info, time] = await Promise.all([api.board(id, token), api.serverTime().catch(() => null)]);
    const clockOffsetMs = time ? time.now - (started + Date.now()) / 2 : 0;
    rememberBoard({ id, title: info.title, city: info.city, role: info.role, token, openedAt: Date.now() });
    return { id, token, role: info.role, title: info.title, clockOffsetMs, offline: false };
  } catch (e) {
    if (e instanceof ApiError) throw e;
    // Offline: the role this browser last had with this very token.
    const known = recentBoards().find((b) => b.id === id);
    const role = known && (known.token === token ? known.role : ROLES.find((r) => known.tokens?.[r] === token));
    if (!known || !role) throw e;
    return { id, token, role, title: known.title, clockOffsetMs: 0, offline: true };
  }
}
