/**
 * Checks shared by every adapter. The API validates what users send; these guard the few values
 * an adapter turns into SQL structure (a role picks a column) and give one error for a missing board.
 */
import { ROLES, type Role } from '../../shared/schema/index.ts';

export function assertRole(role: string): asserts role is Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`unknown role ${JSON.stringify(role)}`);
}

export class NoSuchBoardError extends Error {
  constructor(readonly boardId: string) {
    super(`no such board: ${boardId}`);
    this.name = 'NoSuchBoardError';
  }
}

export function noSuchBoard(id: string): NoSuchBoardError {
  return new NoSuchBoardError(id);
}
