export * from './fields.ts';
export * from './totals.ts';
export * from './coverage.ts';
export * from './gap.ts';
export * from './pathways.ts';
export * from './code-order.ts';
