export * from './numbers.ts';
export * from './vocabulary.ts';
export * from './table.ts';
export * from './interventions.ts';
export * from './stakeholders.ts';
export * from './export.ts';
export * from './import-report.ts';
export * from './decode.ts';
