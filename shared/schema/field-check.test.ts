import { describe, expect, it } from 'vitest';
import { checkWrite } from './field-check.ts';

describe('checkWrite', () => {
  it('accepts records and valid fields', () => {
    expect(checkWrite('interventions', 0, 'abc123', { kind: 'map' })).toBeNull();
    expect(checkWrite('interventions', 1, 'costEur', { kind: 'value', value: 1000 })).toBeNull();
    expect(checkWrite('meta', 0, 'title', { kind: 'value', value: 'Kranj' })).toBeNull();
    expect(checkWrite('facilitation', 0, 'summon', { kind: 'value', value: null })).toBeNull();
  });
  it('refuses invalid values, unknown fields, wrong shapes and unknown roots', () => {
    expect(checkWrite('interventions', 1, 'costEur', { kind: 'value', value: -1 })).toMatch(/costEur/);
    expect(checkWrite('interventions', 1, 'title', { kind: 'value', value: 'x'.repeat(301) })).toMatch(/title/);
    expect(checkWrite('interventions', 1, 'evil', { kind: 'value', value: 1 })).toMatch(/no field/);
    expect(checkWrite('interventions', 0, 'abc', { kind: 'value', value: 1 })).toMatch(/map/);
    expect(checkWrite('interventions', 0, '../x', { kind: 'map' })).toMatch(/id/);
    expect(checkWrite('interventions', 2, 'x', { kind: 'value', value: 1 })).toMatch(/plain/);
    expect(checkWrite('stakeholders', 1, 'power', { kind: 'value', value: 101 })).toMatch(/power/);
    expect(checkWrite('meta', 0, 'targetYear', { kind: 'other' })).toMatch(/targetYear/);
    expect(checkWrite('secrets', 0, 'x', { kind: 'map' })).toMatch(/unknown/);
  });
});
