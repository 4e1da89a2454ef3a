/**
 * Middleware that resolves `:id` and the caller's token (Bearer header or ?token=) to a board and
 * a role, and refuses with the contract's statuses: 401 no token, 404 no board, 403 wrong token
 * or too small a role.
 */
import { createMiddleware } from 'hono/factory';
import type { Role } from '../../shared/schema/index.ts';
import type { BoardRow, BoardStore } from '../persistence/store.ts';
import { hasRole, roleForToken } from '../auth/tokens.ts';

export interface BoardAccessVars { Variables: { board: BoardRow; role: Role } }

export function tokenFrom(authorization: string | undefined, query: string | undefined): string | undefined {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? query ?? undefined;
}

export function boardAccess(store: BoardStore, atLeast: Role) {
  return createMiddleware<BoardAccessVars>(async (c, next) => {
    const token = tokenFrom(c.req.header('authorization'), c.req.query('token'));
    if (!token) return c.json({ error: 'a board token is required' }, 401);
    const id = c.req.param('id') ?? '';
    const board = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await store.getBoard(id) : undefined;
    if (!board) return c.json({ error: 'no such board' }, 404);
    const role = roleForToken(board, token);
    if (!role) return c.json({ error: 'this token does not open this board' }, 403);
    if (!hasRole(role, atLeast)) return c.json({ error: `this needs the ${atLeast} role; you are ${role}` }, 403);
    c.set('board', board);
    c.set('role', role);
    await next();
  });
}
