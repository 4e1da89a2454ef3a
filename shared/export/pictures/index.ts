export * from './svg.ts';
export * from './colours.ts';
export * from './matrix.ts';
export * from './stakeholder-grid.ts';
export * from './network.ts';
export * from './canvas.ts';
