/**
 * The shared countdown timer as arithmetic on the `facilitation` root. Times are the server's
 * clock in ms, so every browser (and a late joiner, or a reload) reads the same remaining time:
 * running when `timerEndsAt` is set, paused when `timerRemainingMs` is set, idle when neither.
 * Each action returns the patch to write; nothing here reads a clock.
 */
import type { Facilitation } from '../schema/index.ts';

export type TimerFields = Pick<Facilitation, 'timerEndsAt' | 'timerRemainingMs' | 'timerDurationMs'>;
export type TimerStatus = 'idle' | 'running' | 'paused' | 'done';
export interface TimerReading { status: TimerStatus; remainingMs: number }

export const MINUTE_MS = 60_000;
/** longest timer a facilitator can set: a half-day session */
export const MAX_TIMER_MS = 4 * 60 * MINUTE_MS;

export function readTimer(f: TimerFields, serverNow: number): TimerReading {
  if (f.timerEndsAt !== null) {
    const remainingMs = Math.max(0, f.timerEndsAt - serverNow);
    return { status: remainingMs > 0 ? 'running' : 'done', remainingMs };
  }
  if (f.timerRemainingMs !== null) return { status: 'paused', remainingMs: Math.max(0, f.timerRemainingMs) };
  return { status: 'idle', remainingMs: f.timerDurationMs };
}

const clampDuration = (ms: number) => Math.min(MAX_TIMER_MS, Math.max(0, Math.round(ms)));

export function startTimer(durationMs: number, serverNow: number): TimerFields {
  const d = clampDuration(durationMs);
  return { timerEndsAt: serverNow + d, timerRemainingMs: null, timerDurationMs: d };
}

export function pauseTimer(f: TimerFields, serverNow: number): Partial<TimerFields> {
  if (f.timerEndsAt === null) return {};
  return { timerEndsAt: null, timerRemainingMs: Math.max(0, f.timerEndsAt - serverNow) };
}

export function resumeTimer(f: TimerFields, serverNow: number): Partial<TimerFields> {
  if (f.timerRemainingMs === null) return {};
  return { timerEndsAt: serverNow + f.timerRemainingMs, timerRemainingMs: null };
}

/** back to idle, keeping the duration for the next start */
export function resetTimer(): Partial<TimerFields> {
  return { timerEndsAt: null, timerRemainingMs: null };
}

/** One more minute: on a running or finished timer from now at the latest; on a paused one, added. */
export function addMinute(f: TimerFields, serverNow: number): Partial<TimerFields> {
  const { status, remainingMs } = readTimer(f, serverNow);
  if (status === 'paused') return { timerRemainingMs: Math.min(MAX_TIMER_MS, remainingMs + MINUTE_MS) };
  if (status === 'idle') return startTimer(MINUTE_MS, serverNow);
  return { timerEndsAt: serverNow + Math.min(MAX_TIMER_MS, remainingMs + MINUTE_MS) };
}

/** m:ss, rounding up so the display reaches 0:00 only when time is up */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
