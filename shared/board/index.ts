export * from './ids.ts';
export * from './records.ts';
export * from './meta.ts';
export * from './interventions.ts';
export * from './stakeholders.ts';
export * from './snapshot.ts';
export * from './migrate.ts';
export * from './init.ts';
