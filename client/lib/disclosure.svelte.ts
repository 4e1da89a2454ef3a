/**
 * How the app's menus open and close (a disclosure, not an ARIA menu: Tab moves through the items):
 * the toggle opens it and moves focus to its first item; Escape, the toggle again, focus leaving it
 * or a pointer elsewhere close it, and focus goes back to the toggle when the person closed it.
 * One per menu: `bind:this` its wrapper to `root` and its button to `toggle`, and give the wrapper
 * `onkeydown` and `onfocusout`, the window `onpointerdown`.
 */
import { tick } from 'svelte';

export class Disclosure {
  open = $state(false);
  root: HTMLElement | undefined = $state();
  toggle: HTMLButtonElement | undefined = $state();

  /** `firstItem`: what takes focus when it opens */
  constructor(private readonly firstItem = '.items button, .items a') {}

  show = async (): Promise<void> => {
    this.open = true;
    await tick();
    this.root?.querySelector<HTMLElement>(this.firstItem)?.focus();
  };

  close = (refocus = true): void => {
    this.open = false;
    if (refocus) this.toggle?.focus();
  };

  flip = (): void => {
    if (this.open) this.close();
    else void this.show();
  };

  onwindowpointer = (e: PointerEvent): void => {
    if (this.open && this.root && !this.root.contains(e.target as Node)) this.close(false);
  };

  onkeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.open) { e.stopPropagation(); this.close(); }
  };

  onfocusout = (e: FocusEvent): void => {
    if (this.open && this.root && e.relatedTarget && !this.root.contains(e.relatedTarget as Node)) this.close(false);
  };
}
