/** The boards this browser has opened, newest first, with the link token it used. */
import type { Role } from '../../shared/schema/index.ts';

const KEY = 'leverboard:recent';
export interface RecentBoard { id: string; title: string; city: string; role: Role; token: string; openedAt: number }

export function recentBoards(): RecentBoard[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((b) => b && typeof b.id === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberBoard(board: RecentBoard): void {
  const list = [board, ...recentBoards().filter((b) => b.id !== board.id)].slice(0, 30);
  localStorage.setItem(KEY, JSON.stringify(list));
}

export function forgetBoard(id: string): void {
  localStorage.setItem(KEY, JSON.stringify(recentBoards().filter((b) => b.id !== id)));
}
