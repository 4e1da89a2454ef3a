/**
 * The canvas's local state that its components share (through context, one per canvas view):
 * which item is being edited, what others have selected, the clipboard, and a live-region message.
 * Board content itself stays in the session's LiveRecords.
 */
import { getContext, setContext } from 'svelte';
import type { CanvasItem } from '../../shared/schema/index.ts';
import type { OthersSelections } from '../facilitation/others-selections.svelte.ts';

const KEY = Symbol('canvas-model');

export class CanvasModel {
  editingId = $state<string | null>(null);
  /** what the other people have selected (outlined in their colours) */
  others: OthersSelections | null = null;
  clipboard: CanvasItem[] = [];
  announcement = $state('');
  /**
   * Zoomed so far out that the buttons on items could not be hit anyway: items leave them out,
   * which keeps panning a large canvas smooth. Changes only at the threshold.
   */
  far = $state(false);

  announce(text: string): void {
    // re-set even when the same, so screen readers repeat it
    this.announcement = '';
    queueMicrotask(() => { this.announcement = text; });
  }
}

export function setCanvasModel(model: CanvasModel): void {
  setContext(KEY, model);
}

export function getCanvasModel(): CanvasModel {
  const model = getContext<CanvasModel | undefined>(KEY);
  if (!model) throw new Error('getCanvasModel() used outside the canvas');
  return model;
}
