/**
 * Who this browser is in workshops: a display name and colour (asked once, remembered) and a
 * stable participant id used for votes and "my notes". Kept in localStorage.
 */
const KEY = 'leverboard:identity';
/** dark enough for white initials on top (WCAG AA) */
export const COLORS = ['#b91c1c', '#c2410c', '#a16207', '#15803d', '#0f766e', '#1d4ed8', '#6d28d9', '#be185d'];
export const NAME_MAX = 60;
const FALLBACK_COLOR = '#57534e';

export interface Identity { id: string; name: string; color: string }

export function loadIdentity(): Identity {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Identity | null;
    if (stored && typeof stored.id === 'string' && typeof stored.name === 'string') {
      return { id: stored.id, name: cleanName(stored.name), color: safeColor(stored.color) };
    }
  } catch { /* a broken entry is replaced below */ }
  const id = crypto.randomUUID();
  const identity = { id, name: '', color: COLORS[Math.floor(Math.random() * COLORS.length)]! };
  saveIdentity(identity);
  return identity;
}

export function saveIdentity(identity: Identity): void {
  localStorage.setItem(KEY, JSON.stringify({ ...identity, name: cleanName(identity.name), color: safeColor(identity.color) }));
}

const BALLOT_KEY = 'leverboard:ballot-secret';

/**
 * The secret behind this browser's anonymous ballots (shared/facilitation/ballot.ts). It never
 * leaves the browser: not in presence, not in the board.
 */
export function loadBallotSecret(): string {
  try {
    const stored = localStorage.getItem(BALLOT_KEY);
    if (stored && /^[0-9a-f]{32}$/.test(stored)) return stored;
  } catch { /* storage unavailable: a secret for this page only */ }
  const secret = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  try { localStorage.setItem(BALLOT_KEY, secret); } catch { /* as above */ }
  return secret;
}

/** a name as shown to others: one line, trimmed, bounded */
export function cleanName(name: unknown): string {
  return typeof name === 'string' ? name.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX) : '';
}

/** a colour from someone's presence, safe to put in a style: #rrggbb or a neutral grey */
export function safeColor(color: unknown): string {
  return typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : FALLBACK_COLOR;
}

// black, not a softer near-black: with it every background reaches 4.5:1 one way or the other
const DARK_TEXT = '#000000';

/** WCAG relative luminance of #rrggbb */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The colour for initials on an avatar of `background`: white or black, whichever contrasts
 * more. Our own palette takes white, but a colour from someone's presence may be any colour
 * (another version, a hand-edited storage): dark text on a light orange or green reaches 4.5:1.
 */
export function textColorOn(background: string): string {
  const l = luminance(safeColor(background));
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (luminance(DARK_TEXT) + 0.05);
  return onWhite >= onDark ? '#ffffff' : DARK_TEXT;
}

/** up to two initials for an avatar */
export function initials(name: string): string {
  const parts = cleanName(name).split(' ').filter(Boolean);
  if (parts.length === 0) return '?';
  const letters = parts.length === 1 ? [...parts[0]!].slice(0, 2) : [[...parts[0]!][0], [...parts[parts.length - 1]!][0]];
  return letters.join('').toUpperCase();
}
