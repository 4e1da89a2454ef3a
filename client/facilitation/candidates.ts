/** What a voting round can be about, with labels people recognise, read from the live board. */
import type { BoardSession } from '../lib/board-session.svelte.ts';
import type { Round } from '../../shared/schema/index.ts';
import { byCode } from '../../shared/portfolio/index.ts';

export interface Candidate { id: string; label: string }

export function candidates(session: BoardSession, root: Round['targetRoot'], noteLabel: (text: string) => string): Candidate[] {
  if (root === 'interventions') {
    // in the portfolio's order, so a ballot reads like the matrix (1.8, 1.9, 1.10, GOV-1)
    return [...session.interventions.current].sort(byCode).map((i) => ({ id: i.id, label: [i.code, i.title].filter(Boolean).join(' ') || '…' }));
  }
  if (root === 'stakeholders') return session.stakeholders.current.map((s) => ({ id: s.id, label: s.name || '…' }));
  // notes everyone can see (private ones are not up for a vote until revealed)
  return session.canvas.current
    .filter((c) => c.kind === 'note' && !c.private)
    .map((c) => ({ id: c.id, label: noteLabel(c.text.split('\n')[0]!.slice(0, 80) || '…') }));
}

/**
 * Names for a round's results: the round's own candidates first, then what a voted note has become
 * since (a card made from a note keeps its id).
 */
export function resultLabels(session: BoardSession, root: Round['targetRoot'], noteLabel: (text: string) => string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const other of (['interventions', 'stakeholders', 'canvas'] as const).filter((r) => r !== root)) {
    for (const c of candidates(session, other, noteLabel)) labels.set(c.id, c.label);
  }
  for (const c of candidates(session, root, noteLabel)) labels.set(c.id, c.label);
  return labels;
}

export function activeRound(session: BoardSession): Round | undefined {
  return session.rounds.get(session.facilitation.current.activeRound);
}
