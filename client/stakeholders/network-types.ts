import type { Edge, Node } from '@xyflow/svelte';
import type { Relation, Stakeholder } from '../../shared/schema/index.ts';

/** A network node shows one stakeholder; `parked` means it was never placed (see shared layout). */
export type StakeholderNodeType = Node<{ stakeholder: Stakeholder; parked: boolean }, 'stakeholder'>;
/** `key` changes when the edge's words change (language, names of its ends) */
export type RelationEdgeType = Edge<{ relation: Relation; key: string }>;
