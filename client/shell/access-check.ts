/**
 * Why a board's sync connection keeps failing while the network is up: the link was replaced
 * (403), the board was deleted (404), or the server is simply unreachable. The sync endpoint
 * refuses such upgrades without a reason the browser can read, so the shell asks the API.
 */
import { api, ApiError } from '../lib/api.ts';

export type Access = 'ok' | 'forbidden' | 'notFound' | 'unreachable';

export async function checkAccess(id: string, token: string): Promise<Access> {
  try {
    await api.board(id, token);
    return 'ok';
  } catch (e) {
    if (!(e instanceof ApiError)) return 'unreachable';
    if (e.status === 404) return 'notFound';
    if (e.status === 401 || e.status === 403) return 'forbidden';
    return 'unreachable';
  }
}
