export * from './quadrants.ts';
export * from './filters.ts';
export * from './layout.ts';
export * from './spread.ts';
export * from './links.ts';
export * from './sort.ts';
export * from './positions.ts';
export * from './names.ts';
