/**
 * What each role may write, by root. The server enforces this on every update it receives; the
 * client uses the same table only to show or hide controls.
 */
import type { Role } from './vocabulary.ts';
import { ROOT_NAMES, type RootName } from './roots.ts';

const CONTENT_ROOTS: readonly RootName[] = ROOT_NAMES.filter((r) => r !== 'facilitation' && r !== 'rounds');

export const WRITABLE_ROOTS: Record<Role, readonly RootName[]> = {
  facilitator: ROOT_NAMES,
  editor: CONTENT_ROOTS,
  commenter: ['comments', 'votes'],
  viewer: [],
};

export function canWriteRoot(role: Role, root: string): boolean {
  return (WRITABLE_ROOTS[role] as readonly string[]).includes(root);
}

/**
 * Comments and dot votes are written once: what someone said or voted is theirs. After a record of
 * these is made, only the facilitator changes its fields — except a thread's `resolved`, which
 * anyone who may comment sets (mentors close the loop with cities). A field the record does not
 * hold yet may be added by anyone who may write the root (a client that builds a record a field at a
 * time: server/sync/update-guard.ts).
 */
export function canAmendField(role: Role, root: string, key: string | null): boolean {
  if (role === 'facilitator' || (root !== 'comments' && root !== 'votes')) return true;
  return root === 'comments' && key === 'resolved';
}

export function canEdit(role: Role): boolean {
  return role === 'facilitator' || role === 'editor';
}

export function canComment(role: Role): boolean {
  return role !== 'viewer';
}

export function canFacilitate(role: Role): boolean {
  return role === 'facilitator';
}
