import { describe, expect, it } from 'vitest';
import { defaultFacilitation, facilitationSchema, MAX_AGENDA_STEPS, type AgendaStep } from '../schema/index.ts';
import {
  agendaPosition, agendaSteps, cleanStep, neighbourStep, plannedMinutes, stepDurationMs, withoutStep, withStep, withStepMoved,
} from './agenda.ts';

const step = (id: string, minutes: number | null = null): AgendaStep => ({ id, title: `Step ${id}`, minutes });
const ids = (steps: AgendaStep[]) => steps.map((s) => s.id);
const abc = [step('a', 10), step('b'), step('c', 25)];

describe('workshop agenda', () => {
  it('reads an agenda of plain titles (schema version 3) as steps whose ids keep their place', () => {
    const old = ['Welcome', '  ', 'Barriers by system ', 'Dot vote'];
    expect(facilitationSchema.safeParse({ ...defaultFacilitation(), agenda: old }).success).toBe(true);
    expect(agendaSteps(old)).toEqual([
      { id: 'step-1', title: 'Welcome', minutes: null },
      { id: 'step-3', title: 'Barriers by system', minutes: null },
      { id: 'step-4', title: 'Dot vote', minutes: null },
    ]);
    // read twice, the same ids: a current step set on an old agenda stays put
    expect(agendaSteps(old)).toEqual(agendaSteps(old));
    // a list mixing both (an old board whose list was partly rewritten) reads too
    expect(ids(agendaSteps([step('x'), 'Lunch']))).toEqual(['x', 'step-2']);
  });

  it('knows the current, previous and next step; an unknown current id is no step', () => {
    expect(agendaPosition(abc, 'b')).toMatchObject({ index: 1, current: { id: 'b' }, previous: { id: 'a' }, next: { id: 'c' } });
    expect(agendaPosition(abc, 'c')).toMatchObject({ index: 2, next: null });
    expect(agendaPosition(abc, null)).toMatchObject({ index: -1, current: null, previous: null, next: { id: 'a' } });
    expect(agendaPosition(abc, 'gone')).toMatchObject({ index: -1, current: null });
    expect(agendaPosition([], null)).toEqual({ index: -1, current: null, previous: null, next: null });
  });

  it('steps forward from before the first step, and stops at either end', () => {
    expect(neighbourStep(abc, null, 1)).toBe('a');
    expect(neighbourStep(abc, 'a', 1)).toBe('b');
    expect(neighbourStep(abc, 'c', 1)).toBeNull();
    expect(neighbourStep(abc, 'b', -1)).toBe('a');
    expect(neighbourStep(abc, 'a', -1)).toBeNull();
    expect(neighbourStep(abc, null, -1)).toBeNull();
    expect(neighbourStep([], null, 1)).toBeNull();
  });

  it('moves a step up or down, and not past either end', () => {
    expect(ids(withStepMoved(abc, 'b', -1))).toEqual(['b', 'a', 'c']);
    expect(ids(withStepMoved(abc, 'b', 1))).toEqual(['a', 'c', 'b']);
    expect(ids(withStepMoved(abc, 'a', -1))).toEqual(['a', 'b', 'c']);
    expect(ids(withStepMoved(abc, 'c', 1))).toEqual(['a', 'b', 'c']);
    expect(ids(withStepMoved(abc, 'gone', 1))).toEqual(['a', 'b', 'c']);
    expect(ids(abc)).toEqual(['a', 'b', 'c']); // the list given is not changed
  });

  it('removing the current step makes the next one current, or the one before the last', () => {
    expect(withoutStep({ agenda: abc, agendaCurrent: 'b' }, 'b')).toEqual({ agenda: [abc[0], abc[2]], agendaCurrent: 'c' });
    expect(withoutStep({ agenda: abc, agendaCurrent: 'c' }, 'c').agendaCurrent).toBe('b');
    expect(withoutStep({ agenda: [step('a')], agendaCurrent: 'a' }, 'a')).toEqual({ agenda: [], agendaCurrent: null });
    // removing another step leaves the current one
    expect(withoutStep({ agenda: abc, agendaCurrent: 'c' }, 'a')).toEqual({ agenda: [abc[1], abc[2]], agendaCurrent: 'c' });
  });

  it('fits what the facilitator types to the schema, and keeps the agenda bounded', () => {
    expect(cleanStep('  Vision   of 2030 ', 15)).toEqual({ title: 'Vision of 2030', minutes: 15 });
    expect(cleanStep('   ', 5)).toBeNull();
    expect(cleanStep('Break', 0)).toEqual({ title: 'Break', minutes: null });
    expect(cleanStep('Break', Number.NaN)).toEqual({ title: 'Break', minutes: null });
    expect(cleanStep('Long', 10_000)!.minutes).toBe(240);
    expect(cleanStep('Short', 0.4)!.minutes).toBe(1);
    expect(cleanStep('x'.repeat(500), null)!.title).toHaveLength(200);
    const full = Array.from({ length: MAX_AGENDA_STEPS }, (_, i) => step(`s${i}`));
    expect(withStep(full, step('one-more'))).toHaveLength(MAX_AGENDA_STEPS);
    expect(ids(withStep(abc, step('d')))).toEqual(['a', 'b', 'c', 'd']);
    // what the schema refuses, whoever writes it
    const parse = (agenda: unknown[]) => facilitationSchema.safeParse({ ...defaultFacilitation(), agenda }).success;
    expect(parse([...full, step('x')])).toBe(false);
    expect(parse([{ id: 'a', title: 'T', minutes: 241 }])).toBe(false);
    expect(parse([{ id: 'a', title: '', minutes: null }])).toBe(false);
    expect(parse([{ id: 'a b', title: 'T', minutes: null }])).toBe(false);
    expect(parse(['x'.repeat(201)])).toBe(false);
  });

  it('turns a step into a timer length and adds up the time planned', () => {
    expect(stepDurationMs(step('a', 10))).toBe(600_000);
    expect(stepDurationMs(step('b'))).toBeNull();
    expect(plannedMinutes(abc)).toBe(35);
    expect(plannedMinutes(abc, 1)).toBe(25);
  });
});
