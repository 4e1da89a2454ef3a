/**
 * The canvas's local state that its components share (through context, one per canvas view):
 * which item is being edited, what others have selected, the clipboard, a live-region message and
 * a short notice shown on the canvas, the two touch-friendly modes (connecting from an item, and
 * "select several"), and whether the main pointer is a finger.
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
  /** a short message shown at the foot of the canvas for a few seconds (and announced) */
  notice = $state('');
  #noticeTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Zoomed so far out that the buttons on items could not be hit anyway: items leave them out,
   * which keeps panning a large canvas smooth. Changes only at the threshold.
   */
  far = $state(false);
  /**
   * Connect mode: the item a connector starts from, chosen with "Connect to…"; the next item
   * tapped or clicked (or Entered) is joined to it. Null when not connecting.
   */
  connectFrom = $state<string | null>(null);
  /** "Select several": each tap or click adds an item to the selection or takes it out, as Shift does */
  selectSeveral = $state(false);

  announce(text: string): void {
    // re-set even when the same, so screen readers repeat it
    this.announcement = '';
    queueMicrotask(() => { this.announcement = text; });
  }

  /** Show `text` on the canvas and announce it; it goes after a while, or when dismissed. */
  tell(text: string, ms = 10_000): void {
    this.notice = text;
    this.announce(text);
    clearTimeout(this.#noticeTimer);
    this.#noticeTimer = setTimeout(() => this.dismiss(), ms);
  }

  dismiss(): void {
    clearTimeout(this.#noticeTimer);
    this.notice = '';
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
