/** The comments panel: threads, the new-comment and reply boxes, resolve/reopen, unread markers. */
import { expect, type Locator, type Page } from '@playwright/test';

export class CommentsPage {
  constructor(readonly page: Page) {}

  get panel(): Locator { return this.page.getByTestId('comments-panel'); }
  get toggle(): Locator { return this.page.getByTestId('comments-toggle'); }
  get threads(): Locator { return this.panel.getByTestId('comment-thread'); }
  get openCount(): Locator { return this.page.getByTestId('comments-open-count'); }

  async open(): Promise<void> {
    if ((await this.panel.getAttribute('data-open')) !== 'true') await this.toggle.click();
    await expect(this.panel).toHaveAttribute('data-open', 'true');
  }

  thread(text: string): Locator {
    return this.threads.filter({ hasText: text });
  }

  /** write in the new-comment box; `mention` picks a suggestion after typing "@" and its start */
  async post(text: string, mention?: string): Promise<void> {
    const box = this.panel.getByTestId('new-comment').getByRole('textbox');
    await box.fill(text);
    if (mention) {
      await box.press('End');
      await box.pressSequentially(` @${mention.slice(0, 2)}`);
      await this.panel.getByTestId('mention-suggestion').filter({ hasText: mention }).click();
    }
    await this.panel.getByTestId('new-comment').getByRole('button').last().click();
    await expect(this.thread(text)).toBeVisible();
  }

  async reply(threadText: string, text: string): Promise<void> {
    const form = this.thread(threadText).getByTestId('reply-form');
    await form.getByRole('textbox').fill(text);
    await form.getByRole('button').last().click();
    await expect(this.thread(threadText)).toContainText(text);
  }
}
