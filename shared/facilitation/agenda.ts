/**
 * The workshop agenda as list arithmetic on the `facilitation` root: the steps in order, which one
 * the group is on (`agendaCurrent`, a step id, so reordering never moves it), what comes next.
 * Each change returns the new list or the fields to write; nothing here touches Yjs or a clock.
 */
import {
  MAX_AGENDA_STEPS, MAX_STEP_MINUTES, legacyStepId, type AgendaEntry, type AgendaStep, type Facilitation,
} from '../schema/index.ts';
import { MINUTE_MS } from './timer.ts';

export type AgendaFields = Pick<Facilitation, 'agenda' | 'agendaCurrent'>;

/**
 * The steps of a stored agenda. A title kept as a plain string (boards before schema version 4)
 * becomes a step without a duration whose id is its place in the list — the same id every time it
 * is read, so it can be made current before the list is ever rewritten. Empty titles are skipped.
 */
export function agendaSteps(entries: readonly AgendaEntry[]): AgendaStep[] {
  const steps: AgendaStep[] = [];
  entries.forEach((entry, i) => {
    if (typeof entry !== 'string') steps.push(entry);
    else if (entry.trim() !== '') steps.push({ id: legacyStepId(i), title: entry.trim(), minutes: null });
  });
  return steps;
}

export interface AgendaPosition {
  /** index of the current step, -1 when none is */
  index: number;
  current: AgendaStep | null;
  previous: AgendaStep | null;
  /** the step after the current one; before the first step is started, the first */
  next: AgendaStep | null;
}

/** Where the group is. A current id that names no step (removed meanwhile) counts as none. */
export function agendaPosition(steps: readonly AgendaStep[], currentId: string | null): AgendaPosition {
  const index = currentId === null ? -1 : steps.findIndex((s) => s.id === currentId);
  return {
    index,
    current: steps[index] ?? null,
    previous: index > 0 ? steps[index - 1]! : null,
    next: steps[index + 1] ?? null,
  };
}

/** The id to make current on "next" or "previous"; null past either end. */
export function neighbourStep(steps: readonly AgendaStep[], currentId: string | null, direction: 1 | -1): string | null {
  const { index } = agendaPosition(steps, currentId);
  if (index === -1) return direction === 1 ? steps[0]?.id ?? null : null;
  return steps[index + direction]?.id ?? null;
}

/** A title and a duration as the facilitator typed them, fitted to the schema; null for no title. */
export function cleanStep(title: string, minutes: number | null): Omit<AgendaStep, 'id'> | null {
  const t = title.trim().replace(/\s+/g, ' ').slice(0, 200);
  if (t === '') return null;
  const m = minutes === null || !Number.isFinite(minutes) || minutes <= 0 ? null : Math.min(MAX_STEP_MINUTES, Math.max(1, Math.round(minutes)));
  return { title: t, minutes: m };
}

/** The agenda with `step` added after the last one; unchanged when it is full. */
export function withStep(steps: readonly AgendaStep[], step: AgendaStep): AgendaStep[] {
  return steps.length >= MAX_AGENDA_STEPS ? [...steps] : [...steps, step];
}

/** The agenda with one step moved up (-1) or down (+1); unchanged at either end. */
export function withStepMoved(steps: readonly AgendaStep[], id: string, delta: -1 | 1): AgendaStep[] {
  const out = [...steps];
  const i = out.findIndex((s) => s.id === id);
  const j = i + delta;
  if (i === -1 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/**
 * The fields after removing a step. Removing the current step makes the one after it current
 * (the group carries on), or the one before when it was the last.
 */
export function withoutStep(f: AgendaFields, id: string): { agenda: AgendaStep[]; agendaCurrent: string | null } {
  const steps = agendaSteps(f.agenda);
  const i = steps.findIndex((s) => s.id === id);
  const agenda = steps.filter((s) => s.id !== id);
  if (i === -1 || f.agendaCurrent !== id) return { agenda, agendaCurrent: f.agendaCurrent };
  return { agenda, agendaCurrent: (steps[i + 1] ?? steps[i - 1])?.id ?? null };
}

/** the timer length for a step: its planned minutes, or null when it has none */
export function stepDurationMs(step: Pick<AgendaStep, 'minutes'>): number | null {
  return step.minutes === null ? null : step.minutes * MINUTE_MS;
}

/** minutes planned for the steps from `fromIndex` on (the whole agenda by default) */
export function plannedMinutes(steps: readonly AgendaStep[], fromIndex = 0): number {
  return steps.slice(Math.max(0, fromIndex)).reduce((sum, s) => sum + (s.minutes ?? 0), 0);
}
