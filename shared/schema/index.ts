export * from './vocabulary.ts';
export * from './records.ts';
export * from './roots.ts';
export * from './roles.ts';
export * from './migrations.ts';
export * from './field-check.ts';
