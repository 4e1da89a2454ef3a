import { describe, expect, it } from 'vitest';
import { distinctNames, stakeholderNameKey } from './names.ts';

const s = (id: string, name: string, organisation = '', type = '', system = '') => ({ id, name, organisation, type, system });

describe('distinctNames', () => {
  it('leaves names that do not repeat alone', () => {
    const names = distinctNames([s('a', 'Arriva LLC', 'Arriva'), s('b', 'Municipality of Kranj'), s('c', '')], '(unnamed)');
    expect([...names.values()]).toEqual(['Arriva LLC', 'Municipality of Kranj', '(unnamed)']);
  });

  it('brackets the organisation of namesakes', () => {
    const names = distinctNames([s('a', 'Arriva LLC', 'Arriva Slovenia'), s('b', 'Arriva LLC', 'Arriva Group'), s('c', 'Kranj')], '?');
    expect(names.get('a')).toBe('Arriva LLC (Arriva Slovenia)');
    expect(names.get('b')).toBe('Arriva LLC (Arriva Group)');
    expect(names.get('c')).toBe('Kranj');
  });

  it('falls back to the type when organisations do not tell them apart, then to a number', () => {
    const byType = distinctNames([s('a', 'Arriva LLC', 'Arriva', 'Bus operator'), s('b', 'arriva llc ', 'Arriva', 'Contractor')], '?');
    expect([...byType.values()]).toEqual(['Arriva LLC (Bus operator)', 'arriva llc (Contractor)']);
    const numbered = distinctNames([s('a', 'Arriva LLC'), s('b', 'Arriva LLC')], '?');
    expect([...numbered.values()]).toEqual(['Arriva LLC #1', 'Arriva LLC #2']);
  });

  it('does not repeat the name as its own detail', () => {
    const names = distinctNames([s('a', 'Arriva LLC', 'Arriva LLC', 'Operator'), s('b', 'Arriva LLC', '', 'Contractor')], '?');
    expect([...names.values()]).toEqual(['Arriva LLC (Operator)', 'Arriva LLC (Contractor)']);
  });
});

describe('stakeholderNameKey', () => {
  it('ignores case, spacing, accents and how the accents are encoded; keeps punctuation', () => {
    const key = stakeholderNameKey('Občina Kranj');
    for (const same of ['obcina kranj', '  OBČINA   Kranj ', 'Obc\u030Cina\tKranj', 'Občina\u00A0Kranj']) expect(stakeholderNameKey(same), same).toBe(key);
    expect(stakeholderNameKey('Arriva d.o.o.')).not.toBe(stakeholderNameKey('Arriva doo'));
  });

  it('makes namesakes in distinctNames of names that differ only in accents or spacing', () => {
    const names = distinctNames([s('a', 'Občina Kranj', 'Mayor'), s('b', 'Obcina  Kranj', 'Council')], '?');
    expect([...names.values()]).toEqual(['Občina Kranj (Mayor)', 'Obcina  Kranj (Council)']);
  });
});
