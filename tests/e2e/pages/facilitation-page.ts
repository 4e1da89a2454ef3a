/** The facilitation bar: shared timer, voting rounds and ballot, facilitator tools, follow mode. */
import { expect, type Locator, type Page } from '@playwright/test';

export class FacilitationPage {
  constructor(readonly page: Page) {}

  get bar(): Locator { return this.page.getByTestId('facilitation-bar'); }
  get timer(): Locator { return this.page.getByTestId('timer'); }
  get timerDisplay(): Locator { return this.page.getByTestId('timer-display'); }
  get ballot(): Locator { return this.page.getByTestId('ballot'); }
  get votesLeft(): Locator { return this.page.getByTestId('votes-left'); }

  async startTimer(minutes: number): Promise<void> {
    await this.page.getByTestId('timer-minutes').selectOption(String(minutes));
    await this.page.getByTestId('timer-start').click();
    await expect(this.timer).toHaveAttribute('data-status', 'running');
  }

  async startRound(title: string, target: 'interventions' | 'stakeholders' | 'canvas', perPerson: number): Promise<void> {
    await this.page.getByTestId('start-round').click();
    const dialog = this.page.getByTestId('start-round-dialog');
    await dialog.getByTestId('round-title').fill(title);
    await dialog.getByTestId('round-target').selectOption(target);
    await dialog.getByTestId('round-per-person').fill(String(perPerson));
    await dialog.getByTestId('round-create').click();
    await expect(this.page.getByTestId('round-status')).toHaveAttribute('data-state', 'open');
  }

  async openBallot(): Promise<void> {
    await this.page.getByTestId('open-ballot').click();
    await expect(this.ballot).toBeVisible();
  }

  ballotItem(label: string): Locator {
    return this.ballot.getByTestId('ballot-item').filter({ hasText: label });
  }

  async vote(label: string, times = 1): Promise<void> {
    const add = this.ballotItem(label).getByTestId('vote-add');
    const mine = this.ballotItem(label).getByTestId('my-votes');
    for (let i = 0; i < times; i++) {
      const before = Number(await mine.textContent());
      await add.click();
      await expect(mine).toHaveText(String(before + 1));
    }
  }

  async closeBallot(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.ballot).toBeHidden();
  }

  /** the ranking rows as "rank|label|count" lines */
  async ranking(scope: Locator = this.ballot): Promise<string[]> {
    const rows = scope.getByTestId('ranking-row');
    const out: string[] = [];
    for (const row of await rows.all()) out.push((await row.locator('td').allTextContents()).map((t) => t.trim()).join('|'));
    return out;
  }

  followButton(name: string): Locator {
    return this.bar.getByTestId(`follow-${name}`);
  }
}
