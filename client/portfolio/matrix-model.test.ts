import { describe, expect, it } from 'vitest';
import { defaults, type Intervention } from '../../shared/schema/index.ts';
import { byCode, fieldsOfBoard } from '../../shared/portfolio/index.ts';
import { cellKey, directionOfKey, groupByCell, nextCell } from './matrix-model.ts';

const card = (over: Partial<Intervention>): Intervention => ({ ...defaults.interventions(0), id: 'x', title: 't', ...over });
const fields = fieldsOfBoard({ fields: ['Industry'] }); // energy … nature, Industry, ''

describe('groupByCell', () => {
  it('puts each card under its field and first lever, in code order', () => {
    const cells = groupByCell([
      card({ id: 'a', code: '1.10', field: 'energy', levers: ['technology'] }),
      card({ id: 'b', code: '1.2', field: 'energy', levers: ['technology', 'finance'] }),
      card({ id: 'c', code: '', field: 'energy', levers: ['technology'] }),
      card({ id: 'd', field: 'industry', levers: ['finance'] }),
      card({ id: 'e', field: 'Tourism', levers: [] }),
    ], fields);
    expect(cells.get(cellKey('energy', 'technology'))!.map((i) => i.id)).toEqual(['b', 'a', 'c']);
    expect(cells.get(cellKey('energy', 'finance'))).toBeUndefined();
    expect(cells.get(cellKey('Industry', 'finance'))!.map((i) => i.id)).toEqual(['d']);
    expect(cells.get(cellKey('', 'none'))!.map((i) => i.id)).toEqual(['e']);
  });
  it('orders codes numerically and uncoded cards last', () => {
    const list = [card({ code: 'GOV-2' }), card({ code: '' , title: 'a' }), card({ code: '2.1' }), card({ code: 'GOV-10' })];
    expect(list.sort(byCode).map((c) => c.code)).toEqual(['2.1', 'GOV-2', 'GOV-10', '']);
  });
});

describe('nextCell', () => {
  it('moves one cell per arrow and stops at the edges', () => {
    expect(nextCell(fields, { field: 'energy', lever: 'technology' }, 'right')).toEqual({ field: 'energy', lever: 'governance' });
    expect(nextCell(fields, { field: 'energy', lever: 'technology' }, 'left')).toEqual({ field: 'energy', lever: 'technology' });
    expect(nextCell(fields, { field: 'energy', lever: 'technology' }, 'up')).toEqual({ field: 'energy', lever: 'technology' });
    expect(nextCell(fields, { field: 'energy', lever: 'finance' }, 'down')).toEqual({ field: 'mobility', lever: 'finance' });
    expect(nextCell(fields, { field: 'Industry', lever: 'learning' }, 'down')).toEqual({ field: '', lever: 'learning' });
    expect(nextCell(fields, { field: '', lever: 'learning' }, 'down')).toEqual({ field: '', lever: 'learning' });
    expect(nextCell(fields, { field: '', lever: 'learning' }, 'right')).toEqual({ field: '', lever: 'learning' });
  });
  it('takes a card waiting in "no lever yet" into the lever columns', () => {
    expect(nextCell(fields, { field: 'waste', lever: 'none' }, 'left')).toEqual({ field: 'waste', lever: 'learning' });
    expect(nextCell(fields, { field: 'waste', lever: 'none' }, 'up')).toEqual({ field: 'buildings', lever: 'learning' });
  });
  it('treats a field the board no longer has as the first row', () => {
    expect(nextCell(fields, { field: 'Gone', lever: 'social' }, 'down')).toEqual({ field: 'mobility', lever: 'social' });
  });
  it('reads arrow keys only', () => {
    expect(directionOfKey('ArrowUp')).toBe('up');
    expect(directionOfKey('Enter')).toBeNull();
  });
});
