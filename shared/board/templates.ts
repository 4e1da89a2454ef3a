/**
 * Canvas templates for the workshops cities run. Filled in by the canvas feature; 'blank' lays out
 * nothing.
 */
import type * as Y from 'yjs';
import type { Template } from '../schema/index.ts';

export function layoutTemplate(_doc: Y.Doc, _template: Template, _now: number): void {
  // see the Workshop canvas issue: barriers and transition-map templates
}
