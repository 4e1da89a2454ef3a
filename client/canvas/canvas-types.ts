import type { Edge, Node } from '@xyflow/svelte';
import type { CanvasItem } from '../../shared/schema/index.ts';

/** A canvas node shows one item (not a connector); `movable` is false for locked items and readers. */
/** `lang`: the language its accessible name was written in */
export type ItemNodeType = Node<{ item: CanvasItem; movable: boolean; lang: string }>;
export type ConnectorEdgeType = Edge<{ item: CanvasItem }>;

export interface CanvasActions {
  add(kind: import('./appearance.ts').AddableKind): void;
  colour(color: string): void;
  duplicate(): void;
  remove(): void;
  /** join the two selected items */
  connect(): void;
  /** connect mode from the one selected item: the next item chosen is joined to it */
  startConnecting(): void;
  stopConnecting(): void;
  toggleLock(): void;
  convert(to: 'interventions' | 'stakeholders'): void;
}
