import { describe, expect, it } from 'vitest';
import { checkWrite } from './field-check.ts';

describe('checkWrite', () => {
  it('accepts records and valid fields', () => {
    expect(checkWrite('interventions', 0, 'abc123', { kind: 'map' })).toBeNull();
    expect(checkWrite('interventions', 1, 'costEur', { kind: 'values', values: [1000] })).toBeNull();
    expect(checkWrite('meta', 0, 'title', { kind: 'values', values: ['Kranj'] })).toBeNull();
    expect(checkWrite('facilitation', 0, 'summon', { kind: 'values', values: [null] })).toBeNull();
  });
  it('refuses invalid values, unknown fields, wrong shapes and unknown roots', () => {
    expect(checkWrite('interventions', 1, 'costEur', { kind: 'values', values: [-1] })).toMatch(/costEur/);
    expect(checkWrite('interventions', 1, 'title', { kind: 'values', values: ['x'.repeat(301)] })).toMatch(/title/);
    expect(checkWrite('interventions', 1, 'evil', { kind: 'values', values: [1] })).toMatch(/no field/);
    expect(checkWrite('interventions', 0, 'abc', { kind: 'values', values: [1] })).toMatch(/map/);
    expect(checkWrite('interventions', 0, '../x', { kind: 'map' })).toMatch(/id/);
    expect(checkWrite('interventions', 2, 'x', { kind: 'values', values: [1] })).toMatch(/plain/);
    expect(checkWrite('stakeholders', 1, 'power', { kind: 'values', values: [101] })).toMatch(/power/);
    expect(checkWrite('meta', 0, 'targetYear', { kind: 'other' })).toMatch(/targetYear/);
    expect(checkWrite('secrets', 0, 'x', { kind: 'map' })).toMatch(/unknown/);
    // several values of one key in one struct (a client's offline edits): every one is checked
    expect(checkWrite('canvas', 1, 'x', { kind: 'values', values: [10, 20, 30] })).toBeNull();
    expect(checkWrite('canvas', 1, 'x', { kind: 'values', values: [10, 'twenty', 30] })).toMatch(/canvas field x/);
    expect(checkWrite('canvas', 1, 'x', { kind: 'values', values: [] })).toMatch(/canvas field x/);
  });
});
