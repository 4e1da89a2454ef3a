/** What a comment is about, in words: an intervention's title, a stakeholder's name, a note's text. */
import type { BoardSession } from '../lib/board-session.svelte.ts';

export type TargetRoot = 'interventions' | 'stakeholders' | 'canvas';
export interface TargetInfo { root: TargetRoot | null; label: string | null }

export function describeTarget(session: BoardSession, target: string | null): TargetInfo {
  if (target === null) return { root: null, label: null };
  const i = session.interventions.get(target);
  if (i) return { root: 'interventions', label: [i.code, i.title].filter(Boolean).join(' ') || '…' };
  const s = session.stakeholders.get(target);
  if (s) return { root: 'stakeholders', label: s.name || '…' };
  const c = session.canvas.get(target);
  if (c) return { root: 'canvas', label: c.text.split('\n')[0]!.slice(0, 60) || '…' };
  return { root: null, label: '' };
}
