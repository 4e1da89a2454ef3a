/**
 * How stakeholders and relations look: sector colours (Okabe–Ito, distinguishable with colour
 * blindness), attitude shapes with a glyph (never colour alone) and relation line styles.
 */
import type { Attitude, RelationType, Sector } from '../../shared/schema/index.ts';

export const SECTOR_COLOURS: Record<Sector | '', string> = {
  public: '#0072B2', business: '#D55E00', academia: '#CC79A7', civil: '#E69F00', environment: '#009E73', '': '#8a8a80',
};

/** An SVG path in a 24×24 box, plus a glyph drawn over it. */
export const ATTITUDE_SHAPES: Record<Attitude, { path: string; glyph: string }> = {
  supporter: { path: 'M12 2a10 10 0 1 0 0.001 0z', glyph: '+' },
  neutral: { path: 'M3 3h18v18H3z', glyph: '=' },
  opponent: { path: 'M1.5 3h21L12 22z', glyph: '−' },
  unknown: { path: 'M12 1l11 11-11 11L1 12z', glyph: '?' },
};

export const RELATION_STYLES: Record<RelationType, { colour: string; dash: string }> = {
  collaborates: { colour: '#15803d', dash: '' },
  influences: { colour: '#1d4ed8', dash: '9 5' },
  funds: { colour: '#a16207', dash: '2 5' },
  conflicts: { colour: '#b91c1c', dash: '12 4 3 4' },
  other: { colour: '#57534e', dash: '5 5' },
};

export function relationWidth(strength: number): number {
  return strength >= 3 ? 5 : strength <= 1 ? 1.5 : 3;
}
