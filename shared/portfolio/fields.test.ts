import { describe, expect, it } from 'vitest';
import { fieldOf, fieldsOfBoard, leverColumnOf, primaryLever } from './fields.ts';

describe('fields of the matrix', () => {
  it('lists the defaults, the board\'s extras, then cross-cutting', () => {
    expect(fieldsOfBoard({ fields: [] })).toEqual(['energy', 'mobility', 'buildings', 'waste', 'nature', '']);
    expect(fieldsOfBoard({ fields: ['Industry', ' AFOLU ', 'industry', '', 'energy'] }))
      .toEqual(['energy', 'mobility', 'buildings', 'waste', 'nature', 'Industry', 'AFOLU', '']);
  });

  it('places a card in its row, unknown fields in cross-cutting', () => {
    const fields = fieldsOfBoard({ fields: ['Industry'] });
    expect(fieldOf({ field: 'energy' }, fields)).toBe('energy');
    expect(fieldOf({ field: 'Industry' }, fields)).toBe('Industry');
    expect(fieldOf({ field: 'industry' }, fields)).toBe('Industry');
    expect(fieldOf({ field: 'Tourism' }, fields)).toBe('');
    expect(fieldOf({ field: '' }, fields)).toBe('');
  });

  it('places a card in the column of its first lever, or "none"', () => {
    expect(primaryLever({ levers: ['finance', 'technology'] })).toBe('finance');
    expect(primaryLever({ levers: [] })).toBeNull();
    expect(leverColumnOf({ levers: [] })).toBe('none');
    expect(leverColumnOf({ levers: ['social'] })).toBe('social');
  });
});
