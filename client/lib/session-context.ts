/** The open board session, passed to every feature through Svelte context. */
import { getContext, setContext } from 'svelte';
import type { BoardSession } from './board-session.svelte.ts';

const KEY = Symbol('board-session');

export function setSession(session: BoardSession): void {
  setContext(KEY, session);
}

export function getSession(): BoardSession {
  const session = getContext<BoardSession | undefined>(KEY);
  if (!session) throw new Error('getSession() used outside a board page');
  return session;
}
