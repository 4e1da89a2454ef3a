/** The workshop canvas: its toolbar, items (as Svelte Flow nodes), the selection bar and the overview map. */
import { expect, type Locator, type Page } from '@playwright/test';

export class CanvasPage {
  constructor(readonly page: Page) {}

  get canvas(): Locator { return this.page.getByTestId('canvas'); }
  get items(): Locator { return this.page.getByTestId('canvas-item'); }
  get selectionBar(): Locator { return this.page.getByTestId('selection-bar'); }
  get editor(): Locator { return this.page.getByTestId('canvas-item-editor'); }
  get notice(): Locator { return this.page.getByTestId('canvas-notice'); }
  get minimap(): Locator { return this.page.locator('.svelte-flow__minimap'); }

  async open(): Promise<void> {
    await this.page.getByTestId('view-canvas').click();
    await expect(this.canvas).toBeVisible();
  }

  /** an item by (part of) its text */
  item(text: string): Locator {
    return this.items.filter({ hasText: text });
  }

  /** the focusable Svelte Flow node around an item */
  node(text: string): Locator {
    return this.page.locator('.svelte-flow__node').filter({ has: this.item(text) });
  }

  async addNote(text: string): Promise<void> {
    await this.page.getByTestId('add-note').click();
    await expect(this.editor).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Escape');
    await expect(this.editor).toHaveCount(0);
    await expect(this.item(text)).toBeVisible();
  }

  async addFrame(title: string): Promise<void> {
    await this.page.getByTestId('add-frame').click();
    await expect(this.editor).toBeFocused();
    await this.page.keyboard.type(title);
    await this.page.keyboard.press('Escape');
    await expect(this.editor).toHaveCount(0);
    await expect(this.item(title)).toBeVisible();
  }

  /**
   * Drag an item with the mouse, grabbing it at `grab` (from its top-left corner), by `by` screen
   * pixels; `midway` runs with the pointer held halfway.
   */
  async drag(text: string, by: { x: number; y: number }, options: { grab?: { x: number; y: number }; midway?: () => Promise<void> } = {}): Promise<void> {
    const box = (await this.item(text).boundingBox())!;
    const grab = options.grab ?? { x: 20, y: 20 };
    const x = box.x + grab.x;
    const y = box.y + grab.y;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + by.x / 2, y + by.y / 2, { steps: 8 });
    await options.midway?.();
    await this.page.mouse.move(x + by.x, y + by.y, { steps: 8 });
    await this.page.mouse.up();
  }

  async position(text: string): Promise<{ x: number; y: number }> {
    const el = this.item(text);
    return { x: Number(await el.getAttribute('data-x')), y: Number(await el.getAttribute('data-y')) };
  }

  async expectPosition(text: string, pos: { x: number; y: number }): Promise<void> {
    await expect(this.item(text)).toHaveAttribute('data-x', String(pos.x));
    await expect(this.item(text)).toHaveAttribute('data-y', String(pos.y));
  }

  /** click an item (Shift adds it to the selection) */
  async click(text: string, options: { shift?: boolean } = {}): Promise<void> {
    await this.item(text).click({ modifiers: options.shift ? ['Shift'] : [], position: { x: 20, y: 30 } });
  }

  async expectSelected(count: number): Promise<void> {
    await expect(this.page.locator('.svelte-flow__node.selected')).toHaveCount(count);
  }
}
