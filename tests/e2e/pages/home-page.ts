/** The start page: create a board, the boards this browser has opened. */
import { expect, type Page } from '@playwright/test';

export class HomePage {
  constructor(readonly page: Page, readonly serverUrl: string) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.serverUrl}/`);
    await expect(this.page.getByTestId('create-board')).toBeVisible();
  }

  /** Fill in and submit the form; resolves once the new board is open. */
  async createBoard(title: string, city?: string, template?: RegExp | string): Promise<void> {
    const form = this.page.getByTestId('create-board');
    await form.getByRole('textbox', { name: /title|naslov/i }).fill(title);
    if (city) await form.getByRole('textbox', { name: /city|mesto/i }).fill(city);
    if (template) await form.getByRole('radio', { name: template }).check();
    await form.getByRole('button', { name: /create board|ustvari tablo/i }).click();
    await this.page.waitForURL(/\/b\/[^#]+#token=/);
    await expect(this.page.getByTestId('board-ready')).toBeVisible();
  }

  recentBoards() {
    return this.page.getByTestId('recent-board');
  }

  async forget(title: string): Promise<void> {
    await this.recentBoards().filter({ hasText: title }).getByRole('button', { name: /forget|pozabi/i }).click();
  }
}
