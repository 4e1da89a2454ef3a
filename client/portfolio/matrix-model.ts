/**
 * The matrix as the view needs it, computed once per change of the board (never per card): cards
 * grouped by cell and where a keyboard move goes next.
 */
import { LEVERS, type Intervention, type Lever } from '../../shared/schema/index.ts';
import { byCode, fieldOf, leverColumnOf, type LeverColumn } from '../../shared/portfolio/index.ts';

export interface Cell { field: string; lever: LeverColumn }
export type Direction = 'up' | 'down' | 'left' | 'right';

export function cellKey(field: string, lever: LeverColumn): string {
  return `${lever}\u0000${field}`;
}

/** Every card in its cell (field row × first-lever column), each cell in code order. */
export function groupByCell(interventions: readonly Intervention[], fields: readonly string[]): Map<string, Intervention[]> {
  const cells = new Map<string, Intervention[]>();
  for (const i of interventions) {
    const key = cellKey(fieldOf(i, fields), leverColumnOf(i));
    const list = cells.get(key);
    if (list) list.push(i); else cells.set(key, [i]);
  }
  for (const list of cells.values()) list.sort(byCode);
  return cells;
}

/**
 * The cell a carried card goes to when an arrow key is pressed. Only lever columns are targets
 * (a card is placed by its first lever; "no lever yet" is where cards wait, not a destination);
 * moves stop at the edges instead of wrapping, so a screen-reader user always knows where they are.
 */
export function nextCell(fields: readonly string[], from: Cell, direction: Direction, levers: readonly Lever[] = LEVERS): Cell {
  const row = Math.max(0, fields.indexOf(from.field));
  const col = from.lever === 'none' ? (direction === 'left' ? levers.length : levers.length - 1) : levers.indexOf(from.lever);
  const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max);
  switch (direction) {
    case 'up': return { field: fields[clamp(row - 1, fields.length - 1)], lever: levers[clamp(col, levers.length - 1)] };
    case 'down': return { field: fields[clamp(row + 1, fields.length - 1)], lever: levers[clamp(col, levers.length - 1)] };
    case 'left': return { field: fields[row], lever: levers[clamp(col - 1, levers.length - 1)] };
    case 'right': return { field: fields[row], lever: levers[clamp(col + 1, levers.length - 1)] };
  }
}

export function directionOfKey(key: string): Direction | null {
  return ({ ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const)[key as 'ArrowUp'] ?? null;
}

