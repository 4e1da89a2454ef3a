/**
 * What the stakeholder view remembers while it is open: the selected stakeholder or relation
 * (the side panel shows it), the filters every sub-view shares, and a message for screen readers.
 */
import { emptyFilter, type StakeholderFilter } from '../../shared/stakeholders/index.ts';

export type Selected = { kind: 'stakeholder' | 'relation'; id: string } | null;

export class StakeholdersViewState {
  selected = $state.raw<Selected>(null);
  filter = $state.raw<StakeholderFilter>(emptyFilter());
  announcement = $state('');

  select(kind: 'stakeholder' | 'relation', id: string): void {
    this.selected = { kind, id };
  }

  clear(): void {
    this.selected = null;
  }

  announce(message: string): void {
    // a fresh string each time, so repeating the same words is announced again
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }
}
