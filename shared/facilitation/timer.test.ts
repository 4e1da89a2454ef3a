import { describe, expect, it } from 'vitest';
import { addMinute, formatRemaining, MINUTE_MS, pauseTimer, readTimer, resetTimer, resumeTimer, startTimer, type TimerFields } from './timer.ts';

const idle: TimerFields = { timerEndsAt: null, timerRemainingMs: null, timerDurationMs: 5 * MINUTE_MS };
const apply = (f: TimerFields, patch: Partial<TimerFields>): TimerFields => ({ ...f, ...patch });

describe('shared timer', () => {
  it('reads idle, running, done', () => {
    expect(readTimer(idle, 1000)).toEqual({ status: 'idle', remainingMs: 5 * MINUTE_MS });
    const running = apply(idle, startTimer(3 * MINUTE_MS, 10_000));
    expect(readTimer(running, 10_000 + 30_000)).toEqual({ status: 'running', remainingMs: 150_000 });
    expect(readTimer(running, 10_000 + 3 * MINUTE_MS)).toEqual({ status: 'done', remainingMs: 0 });
    expect(readTimer(running, 10_000 + 99 * MINUTE_MS).remainingMs).toBe(0);
  });

  it('reads the same in browsers whose clocks differ, given each one\'s server offset', () => {
    const server = 1_700_000_000_000;
    const f = apply(idle, startTimer(MINUTE_MS, server));
    // browser A runs 7 s fast, browser B 3 min slow; each knows its offset from the server
    const aLocal = server + 20_000 + 7_000; const aOffset = -7_000;
    const bLocal = server + 20_000 - 180_000; const bOffset = 180_000;
    expect(readTimer(f, aLocal + aOffset)).toEqual(readTimer(f, bLocal + bOffset));
    expect(readTimer(f, aLocal + aOffset).remainingMs).toBe(40_000);
  });

  it('pauses and resumes without losing or gaining time', () => {
    let f = apply(idle, startTimer(2 * MINUTE_MS, 0));
    f = apply(f, pauseTimer(f, 30_000));
    expect(readTimer(f, 500_000)).toEqual({ status: 'paused', remainingMs: 90_000 });
    f = apply(f, resumeTimer(f, 1_000_000));
    expect(readTimer(f, 1_000_000 + 10_000)).toEqual({ status: 'running', remainingMs: 80_000 });
    // pausing a paused timer or resuming a running one changes nothing
    expect(resumeTimer(f, 5)).toEqual({});
    expect(pauseTimer(apply(f, pauseTimer(f, 1_000_000)), 2_000_000)).toEqual({});
  });

  it('adds a minute whatever state it is in', () => {
    const running = apply(idle, startTimer(MINUTE_MS, 0));
    expect(readTimer(apply(running, addMinute(running, 10_000)), 10_000).remainingMs).toBe(110_000);
    const done = running;
    expect(readTimer(apply(done, addMinute(done, 5 * MINUTE_MS)), 5 * MINUTE_MS)).toEqual({ status: 'running', remainingMs: MINUTE_MS });
    const paused = apply(running, pauseTimer(running, 20_000));
    expect(readTimer(apply(paused, addMinute(paused, 0)), 0)).toEqual({ status: 'paused', remainingMs: 100_000 });
    expect(readTimer(apply(idle, addMinute(idle, 50)), 50)).toEqual({ status: 'running', remainingMs: MINUTE_MS });
  });

  it('resets to idle keeping the duration', () => {
    const f = apply(apply(idle, startTimer(7 * MINUTE_MS, 0)), resetTimer());
    expect(readTimer(f, 123)).toEqual({ status: 'idle', remainingMs: 7 * MINUTE_MS });
  });

  it('bounds durations and formats m:ss rounding up', () => {
    expect(startTimer(-5, 0).timerDurationMs).toBe(0);
    expect(startTimer(1e12, 0).timerDurationMs).toBe(4 * 60 * MINUTE_MS);
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(5 * MINUTE_MS)).toBe('5:00');
    expect(formatRemaining(61 * MINUTE_MS)).toBe('61:00');
  });
});
