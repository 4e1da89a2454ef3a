/** The export menu in the board header, as a person uses it. */
import { expect, type Download, type Page } from '@playwright/test';

export class ExportMenu {
  constructor(private readonly page: Page) {}

  get toggle() { return this.page.getByTestId('export-menu'); }
  get status() { return this.page.getByTestId('export-status'); }

  async open(): Promise<void> {
    if ((await this.toggle.getAttribute('aria-expanded')) !== 'true') await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** Choose an entry (a file format such as "pdf", or a picture such as "picture-grid-png") and wait for its download. */
  async download(testId: string): Promise<Download> {
    await this.open();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    await expect(this.status).toContainText(download.suggestedFilename());
    return download;
  }
}
