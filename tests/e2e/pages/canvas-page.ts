/** The workshop canvas: its toolbar, items (as Svelte Flow nodes) and the selection bar. */
import { expect, type Locator, type Page } from '@playwright/test';

export class CanvasPage {
  constructor(readonly page: Page) {}

  get canvas(): Locator { return this.page.getByTestId('canvas'); }
  get items(): Locator { return this.page.getByTestId('canvas-item'); }
  get selectionBar(): Locator { return this.page.getByTestId('selection-bar'); }
  get editor(): Locator { return this.page.getByTestId('canvas-item-editor'); }

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
