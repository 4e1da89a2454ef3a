/** The facilitation bar: agenda, shared timer, voting rounds and ballot, facilitator tools, follow mode. */
import { expect, type Locator, type Page } from '@playwright/test';

export class FacilitationPage {
  constructor(readonly page: Page) {}

  get bar(): Locator { return this.page.getByTestId('facilitation-bar'); }
  get timer(): Locator { return this.page.getByTestId('timer'); }
  get timerDisplay(): Locator { return this.page.getByTestId('timer-display'); }
  get ballot(): Locator { return this.page.getByTestId('ballot'); }
  get votesLeft(): Locator { return this.page.getByTestId('votes-left'); }

  get agenda(): Locator { return this.page.getByTestId('agenda'); }
  get agendaCurrent(): Locator { return this.page.getByTestId('agenda-current'); }
  get agendaNext(): Locator { return this.page.getByTestId('agenda-next'); }
  get agendaDialog(): Locator { return this.page.getByTestId('agenda-dialog'); }
  get agendaSteps(): Locator { return this.agendaDialog.getByTestId('agenda-step'); }

  async openAgenda(): Promise<void> {
    await this.page.getByTestId('agenda-open').click();
    await expect(this.agendaDialog).toBeVisible();
  }

  /** add a step from the keyboard, as a facilitator types an agenda in: title, Tab, minutes, Enter */
  async addAgendaStep(title: string, minutes?: number): Promise<void> {
    const count = await this.agendaSteps.count();
    await this.agendaDialog.getByTestId('agenda-new-title').fill(title);
    await this.page.keyboard.press('Tab');
    if (minutes !== undefined) await this.page.keyboard.type(String(minutes));
    await this.page.keyboard.press('Enter');
    await expect(this.agendaSteps).toHaveCount(count + 1);
    await expect(this.agendaDialog.getByTestId('agenda-new-title')).toBeFocused();
  }

  /** the step titles as the dialog lists them */
  async agendaTitles(): Promise<string[]> {
    const out: string[] = [];
    for (const row of await this.agendaSteps.all()) {
      const input = row.getByTestId('agenda-step-title');
      out.push((await input.count()) ? await input.inputValue() : (await row.locator('.title-text').textContent())!.trim());
    }
    return out;
  }

  async closeAgenda(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.agendaDialog).toBeHidden();
  }

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
