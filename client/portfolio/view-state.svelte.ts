/**
 * What the portfolio view remembers while it is open, for this person only: the selected card
 * (the detail panel shows it), a card being carried by keyboard and where it would land, the
 * table's filters and sort, and a message for screen readers.
 */
import type { Cell } from './matrix-model.ts';
import { emptyTableFilter, type TableFilter, type TableSort } from './table-model.ts';

export interface Carrying { id: string; from: Cell; target: Cell }

export class PortfolioViewState {
  selected = $state<string | null>(null);
  carrying = $state.raw<Carrying | null>(null);
  filter = $state.raw<TableFilter>(emptyTableFilter());
  sort = $state.raw<TableSort>({ column: 'code', direction: 'ascending' });
  announcement = $state('');

  select(id: string | null): void {
    this.selected = id;
  }

  announce(message: string): void {
    // a fresh string each time, so repeating the same words is announced again
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }
}
