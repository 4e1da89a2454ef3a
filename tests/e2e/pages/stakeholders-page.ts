/** The stakeholder map: sub-views, grid markers, network nodes, tables, filters, panels. */
import { expect, type Locator, type Page } from '@playwright/test';

export type StakeholderSubview = 'grid' | 'network' | 'table' | 'relations';

export class StakeholdersPage {
  constructor(readonly page: Page) {}

  async open(subview: StakeholderSubview = 'grid'): Promise<void> {
    await this.page.getByTestId('view-stakeholders').click();
    await this.show(subview);
  }

  async show(subview: StakeholderSubview): Promise<void> {
    const tab = this.page.locator(`[data-subview="${subview}"]`);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-current', 'page');
  }

  get grid(): Locator { return this.page.getByTestId('power-interest-grid'); }
  get network(): Locator { return this.page.getByTestId('stakeholder-network'); }
  get stakeholderTable(): Locator { return this.page.getByTestId('stakeholder-table'); }
  get relationTable(): Locator { return this.page.getByTestId('relation-table'); }
  get panel(): Locator { return this.page.getByTestId('stakeholder-panel'); }
  get addButton(): Locator { return this.page.getByTestId('add-stakeholder'); }

  /** a grid marker, by the stakeholder's name (its accessible name starts with it) */
  marker(name: string): Locator {
    return this.grid.getByRole('button', { name: new RegExp(`^${name}:`) });
  }

  node(name: string): Locator {
    return this.network.locator('.svelte-flow__node', { hasText: name });
  }

  get nodes(): Locator { return this.network.locator('.svelte-flow__node'); }

  /** Drag a grid marker to a point given as interest and power (0–100). */
  async dragMarker(name: string, interest: number, power: number): Promise<void> {
    const marker = this.marker(name);
    const from = (await marker.boundingBox())!;
    // markers are placed within the plot, inset from the grid's edges (room for the quadrant names)
    const area = (await this.grid.getByTestId('grid-plot').boundingBox())!;
    const to = { x: area.x + (interest / 100) * area.width, y: area.y + (1 - power / 100) * area.height };
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Drag from one node's connection dot to another node's. */
  async connect(fromName: string, toName: string): Promise<void> {
    const source = (await this.node(fromName).locator('.svelte-flow__handle.source').boundingBox())!;
    const target = (await this.node(toName).locator('.svelte-flow__handle.target').boundingBox())!;
    await this.page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 15 });
    await this.page.mouse.up();
  }

  async filterSector(label: string): Promise<void> {
    await this.page.getByTestId('filter-toggle').click();
    await this.page.getByRole('group', { name: /^(Sector|Sektor)$/ }).getByRole('checkbox', { name: label }).check();
  }

  /** a relations-table row, found by its "From" control's name */
  relationRow(from: string, to: string): Locator {
    return this.relationTable.getByRole('combobox', { name: `From of relation ${from} → ${to}` });
  }
}
