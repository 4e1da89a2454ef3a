/**
 * Who this browser is in workshops: a display name and colour (asked once, remembered) and a
 * stable participant id used for votes and "my notes". Kept in localStorage.
 */
const KEY = 'leverboard:identity';
export const COLORS = ['#b91c1c', '#c2410c', '#a16207', '#15803d', '#0f766e', '#1d4ed8', '#6d28d9', '#be185d'];

export interface Identity { id: string; name: string; color: string }

export function loadIdentity(): Identity {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Identity | null;
    if (stored && typeof stored.id === 'string' && typeof stored.name === 'string') return stored;
  } catch { /* a broken entry is replaced below */ }
  const id = crypto.randomUUID();
  const identity = { id, name: '', color: COLORS[Math.floor(Math.random() * COLORS.length)]! };
  saveIdentity(identity);
  return identity;
}

export function saveIdentity(identity: Identity): void {
  localStorage.setItem(KEY, JSON.stringify(identity));
}
