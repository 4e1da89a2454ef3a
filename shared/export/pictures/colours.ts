/** Colours of exported pictures, matching the app (Okabe–Ito sector colours, readable with colour blindness). */
import type { RelationType, Sector } from '../../schema/index.ts';

export const SECTOR_COLOURS: Record<Sector | '', string> = {
  public: '#0072B2', business: '#D55E00', academia: '#CC79A7', civil: '#E69F00', environment: '#009E73', '': '#8a8a80',
};

export const RELATION_COLOURS: Record<RelationType, { colour: string; dash: string }> = {
  collaborates: { colour: '#15803d', dash: '' },
  influences: { colour: '#1d4ed8', dash: '9 5' },
  funds: { colour: '#a16207', dash: '2 5' },
  conflicts: { colour: '#b91c1c', dash: '12 4 3 4' },
  other: { colour: '#57534e', dash: '5 5' },
};

/** Canvas note colours by name; a #hex colour is used as it is. */
export const NOTE_COLOURS: Record<string, string> = {
  yellow: '#fef08a', orange: '#fed7aa', red: '#fecaca', pink: '#fbcfe8', purple: '#e9d5ff', blue: '#bfdbfe',
  green: '#bbf7d0', teal: '#99f6e4', grey: '#e5e7eb', gray: '#e5e7eb', white: '#ffffff',
};

export const COVERAGE_FILL = { empty: '#f3f4f6', thin: '#fef9c3', covered: '#dcfce7' } as const;
