export * from './timer.ts';
export * from './votes.ts';
export * from './permissions.ts';
export * from './ballot.ts';
export * from './agenda.ts';
