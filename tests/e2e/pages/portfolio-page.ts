/** The portfolio of interventions: sub-view tabs, matrix cells and cards, table, panel, analytics. */
import { expect, type Locator, type Page } from '@playwright/test';

export type PortfolioSubview = 'matrix' | 'table' | 'analytics' | 'pathways';

export class PortfolioPage {
  constructor(readonly page: Page) {}

  async open(subview: PortfolioSubview = 'matrix'): Promise<void> {
    await this.page.getByTestId('view-portfolio').click();
    await this.show(subview);
  }

  async show(subview: PortfolioSubview): Promise<void> {
    const tab = this.page.locator(`[data-testid="portfolio-view"] [data-subview="${subview}"]`);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-current', 'page');
  }

  get view(): Locator { return this.page.getByTestId('portfolio-view'); }
  get matrix(): Locator { return this.page.getByTestId('portfolio-matrix'); }
  get table(): Locator { return this.page.getByTestId('intervention-table'); }
  get panel(): Locator { return this.page.getByTestId('intervention-panel'); }
  get gap(): Locator { return this.page.getByTestId('emissions-gap'); }
  get announcer(): Locator { return this.page.getByTestId('portfolio-announcer'); }

  /** a matrix cell, by field id ('' = cross-cutting) and lever id */
  cell(field: string, lever: string): Locator {
    return this.matrix.locator(`td[data-cell-field="${field}"][data-cell-lever="${lever}"]`);
  }

  /** a matrix card, by its title */
  card(title: string): Locator {
    return this.matrix.getByTestId('intervention-card').filter({ hasText: title });
  }

  async addCard(field: string, lever: string, title: string): Promise<void> {
    await this.cell(field, lever).getByTestId('add-card').click();
    const input = this.cell(field, lever).getByTestId('new-card-title');
    await input.fill(title);
    await input.press('Enter');
    await expect(this.cell(field, lever).getByTestId('intervention-card').filter({ hasText: title })).toBeVisible();
    await input.press('Escape');
  }

  /** Drag a card with the mouse into another cell. */
  async dragCard(title: string, field: string, lever: string): Promise<void> {
    const from = (await this.card(title).boundingBox())!;
    const target = this.cell(field, lever);
    await target.scrollIntoViewIfNeeded();
    const to = (await target.boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 40), { steps: 12 });
    await this.page.mouse.up();
  }

  /** a table control, by its column and the intervention's code and title ("Title of 1.1 District heating") */
  tableInput(column: string, title: string): Locator {
    return this.table.getByRole('textbox', { name: `${column} of ${title}`, exact: true });
  }

  tableRow(title: string): Locator {
    return this.table.locator('tbody tr', { has: this.page.getByRole('textbox', { name: new RegExp(`^Title of .*${title}`) }) });
  }
}
