/** An open board's shell: header, presence, connection, share and name dialogs, board menu. */
import { expect, type Locator, type Page } from '@playwright/test';

export type RoleName = 'facilitator' | 'editor' | 'commenter' | 'viewer';

export class BoardPage {
  constructor(readonly page: Page) {}

  get title(): Locator { return this.page.getByTestId('board-title'); }
  get role(): Locator { return this.page.getByTestId('role'); }
  get connection(): Locator { return this.page.getByTestId('connection'); }
  get presenceList(): Locator { return this.page.getByTestId('presence-list'); }
  get readOnlyNotice(): Locator { return this.page.getByTestId('read-only-notice'); }
  get nameDialog(): Locator { return this.page.getByTestId('name-dialog'); }
  get shareDialog(): Locator { return this.page.getByTestId('share-dialog'); }
  get renameButton(): Locator { return this.page.getByTestId('rename-board'); }
  get error(): Locator { return this.page.getByTestId('board-error'); }

  async waitReady(): Promise<void> {
    await expect(this.page.getByTestId('board-ready')).toBeVisible();
  }

  async expectConnection(state: 'connecting' | 'online' | 'offline' | 'reconnecting', timeout?: number): Promise<void> {
    await expect(this.connection).toHaveAttribute('data-state', state, { timeout });
  }

  async rename(title: string): Promise<void> {
    await this.renameButton.click();
    const input = this.page.getByTestId('title-input');
    await input.fill(title);
    await input.press('Enter');
    await expect(this.title).toHaveText(title);
  }

  async enterName(name: string): Promise<void> {
    await expect(this.nameDialog).toBeVisible();
    await this.nameDialog.getByRole('textbox').fill(name);
    await this.nameDialog.getByRole('button', { name: /^(save|shrani)$/i }).click();
    await expect(this.nameDialog).toBeHidden();
  }

  async openShare(): Promise<void> {
    await this.page.getByTestId('share').click();
    await expect(this.shareDialog).toBeVisible();
  }

  /** The link shown for a role in the open share dialog. */
  async shareLink(role: RoleName): Promise<string> {
    return this.shareDialog.getByTestId(`share-${role}`).getByTestId('share-link').inputValue();
  }

  async replaceLink(role: RoleName): Promise<string> {
    const row = this.shareDialog.getByTestId(`share-${role}`);
    const before = await row.getByTestId('share-link').inputValue();
    await row.getByRole('button', { name: /replace link|zamenjaj povezavo/i }).click();
    await row.getByRole('button', { name: /^(replace|zamenjaj)$/i }).click();
    await expect(row.getByTestId('share-link')).not.toHaveValue(before);
    return row.getByTestId('share-link').inputValue();
  }

  async closeShare(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.shareDialog).toBeHidden();
  }

  async setLanguage(lang: 'en' | 'sl'): Promise<void> {
    await this.page.getByTestId('language').selectOption(lang);
  }

  async deleteBoard(): Promise<void> {
    await this.page.getByTestId('board-menu').click();
    await this.page.getByTestId('delete-board').click();
    await this.page.getByTestId('confirm-delete').click();
  }
}
