/**
 * Touch and small screens, with real touch events (Chromium's input pipeline through CDP, so the
 * browser itself decides what scrolls): a swipe over a matrix card scrolls and moves nothing on
 * the board, a long press lifts the card and a drag then moves it, a tap opens it; a tap on a
 * grid marker with a finger's wobble writes nothing, a swipe on the grid scrolls; on a phone the
 * comments panel, analytics, board menu and grid legend fit the screen.
 * Screenshots go to /tmp/touch-shots/ to be looked at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { test, expect, openBoard, importCsv, expectNoAxeViolations, KRANJ, type Board } from './support/fixtures.ts';
import { PortfolioPage } from './pages/portfolio-page.ts';
import { StakeholdersPage } from './pages/stakeholders-page.ts';
import { CommentsPage } from './pages/comments-page.ts';
import { connect, synced, type Client } from '../support/board-client.ts';
import { listRecords } from '../../shared/board/index.ts';

const SHOTS = '/tmp/touch-shots';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };

/** One finger on the screen, through Chromium's input pipeline (gestures, scrolling, touch-action). */
class Finger {
  private constructor(private readonly page: Page, private readonly cdp: CDPSession) {}
  static async on(page: Page): Promise<Finger> { return new Finger(page, await page.context().newCDPSession(page)); }

  down(x: number, y: number) { return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] }); }
  move(x: number, y: number) { return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] }); }
  up() { return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }); }

  /** from a point to another in `steps` moves about a frame apart, then lift */
  async slide(from: { x: number; y: number }, to: { x: number; y: number }, steps = 12, lift = true): Promise<void> {
    for (let n = 1; n <= steps; n++) {
      await this.move(from.x + ((to.x - from.x) * n) / steps, from.y + ((to.y - from.y) * n) / steps);
      await this.page.waitForTimeout(16);
    }
    if (lift) await this.up();
  }

  async swipe(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.down(from.x, from.y);
    await this.slide(from, to);
  }
}

const centre = (b: { x: number; y: number; width: number; height: number }) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

async function kranjBoard(server: { url: string }, createBoard: (t: string) => Promise<Board>, what: ('interventions' | 'stakeholders')[]) {
  const board = await createBoard('Kranj on a phone');
  for (const w of what) await importCsv(server.url, board, `${w}.csv`, readFileSync(join(KRANJ, `${w}.csv`), 'utf8'));
  const raw = connect(server.url, board.id, board.tokens.editor);
  await synced(raw);
  return { board, raw };
}

async function onDevice(browser: Browser, serverUrl: string, board: Board, device: typeof PHONE | typeof TABLET) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  await openBoard(page, serverUrl, board.id, board.tokens.editor, 'Tina');
  return { page, finger: await Finger.on(page), close: () => context.close() };
}

const cardOf = (raw: Client, code: string) => {
  const i = listRecords(raw.doc, 'interventions').find((x) => x.code === code)!;
  return { field: i.field, lever: i.levers[0] };
};

/** the scrolling area of the portfolio view */
const scrollOf = (page: Page) => page.locator('[data-testid="portfolio-view"] .sub').evaluate((el) => ({ left: el.scrollLeft, top: el.scrollTop }));

test.describe('touch', () => {
  for (const [name, device] of [['phone', PHONE], ['tablet', TABLET]] as const) {
    test(`${name}: a swipe over a matrix card scrolls and leaves it; a long press lifts it and a drag moves it; a tap opens it`, async ({ browser, server, createBoard }) => {
      const { board, raw } = await kranjBoard(server, createBoard, ['interventions']);
      const { page, finger, close } = await onDevice(browser, server.url, board, device);
      const portfolio = new PortfolioPage(page);
      await portfolio.open('matrix');
      await expect(portfolio.matrix.locator('.help')).toContainText('hold your finger on it until it lifts');
      const card = portfolio.cell('energy', 'technology').getByTestId('intervention-card').filter({ hasText: 'Phase out fossil fuel' });
      await card.scrollIntoViewIfNeeded();
      const before = cardOf(raw, '1.1');
      expect(before).toEqual({ field: 'energy', lever: 'technology' });
      await page.screenshot({ path: `${SHOTS}/${name}-matrix.png` });

      // a swipe left and a swipe up, both starting on the card: the matrix scrolls, the card stays
      const start = await scrollOf(page);
      const at = centre((await card.boundingBox())!);
      await finger.swipe(at, { x: at.x - 150, y: at.y });
      await expect.poll(async () => (await scrollOf(page)).left).toBeGreaterThan(start.left + 50);
      await page.waitForTimeout(300); // the fling ends
      await card.scrollIntoViewIfNeeded();
      const top = (await scrollOf(page)).top;
      const at2 = centre((await card.boundingBox())!);
      await finger.swipe(at2, { x: at2.x, y: at2.y - 200 });
      await expect.poll(async () => (await scrollOf(page)).top).toBeGreaterThan(top + 50);
      await page.waitForTimeout(500);
      expect(cardOf(raw, '1.1')).toEqual(before);
      await expect(card).toBeVisible();
      await expect(page.getByTestId('portfolio-announcer')).toHaveText('');
      await page.screenshot({ path: `${SHOTS}/${name}-after-swipes.png` });

      // held still, the card lifts; dragged, it goes to the cell beside and the matrix does not scroll
      await page.locator('[data-testid="portfolio-view"] .sub').evaluate((el) => el.scrollTo(0, 0));
      await card.scrollIntoViewIfNeeded();
      const from = centre((await card.boundingBox())!);
      const target = portfolio.cell('energy', 'governance');
      const to = await target.boundingBox();
      expect(to, 'the next lever column shows beside the card').not.toBeNull();
      expect(to!.x + 40).toBeLessThan(device.viewport.width);
      await finger.down(from.x, from.y);
      await expect(card).toHaveClass(/lifted/);
      await page.screenshot({ path: `${SHOTS}/${name}-lifted.png` });
      const still = await scrollOf(page);
      await finger.slide(from, { x: to!.x + 30, y: to!.y + 30 }, 15, false);
      await expect(target).toHaveClass(/target/);
      await page.screenshot({ path: `${SHOTS}/${name}-dragging.png` });
      expect(await scrollOf(page)).toEqual(still);
      await finger.up();
      await expect(portfolio.cell('energy', 'governance').getByTestId('intervention-card').filter({ hasText: 'Phase out fossil fuel' })).toBeVisible();
      await expect.poll(() => cardOf(raw, '1.1')).toEqual({ field: 'energy', lever: 'governance' });
      await expect(portfolio.panel).toHaveCount(0);

      // a tap opens a card's details
      const other = portfolio.card('Utilization of waste heat');
      await other.scrollIntoViewIfNeeded();
      await page.touchscreen.tap(...Object.values(centre((await other.boundingBox())!)) as [number, number]);
      await expect(portfolio.panel).toBeVisible();
      await expect(portfolio.panel.getByTestId('panel-title')).toHaveValue(/Utilization of waste heat/);
      expect(cardOf(raw, '1.2')).toEqual({ field: 'energy', lever: 'technology' });
      raw.destroy();
      await close();
    });
  }

  test('phone: a tap on a grid marker with a wobble selects it and writes nothing; a swipe on the grid scrolls; a marker drags', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Grid by touch');
    await importCsv(server.url, board, 'stakeholders.csv', [
      'name,sector,power,interest,attitude',
      'Alpha,public,70,30,supporter',
      'Beta,business,30,70,opponent',
    ].join('\n'));
    const raw = connect(server.url, board.id, board.tokens.editor);
    await synced(raw);
    const levels = (name: string) => { const s = listRecords(raw.doc, 'stakeholders').find((x) => x.name === name)!; return { power: s.power, interest: s.interest }; };
    const { page, finger, close } = await onDevice(browser, server.url, board, PHONE);
    const sh = new StakeholdersPage(page);
    await sh.open('grid');
    await sh.grid.scrollIntoViewIfNeeded();

    // the axis names are not covered by the legend under the grid
    const axis = (await page.locator('.axis.x').boundingBox())!;
    const legend = (await page.getByRole('complementary', { name: 'Legend' }).boundingBox())!;
    expect(axis.y + axis.height).toBeLessThanOrEqual(legend.y);
    await page.screenshot({ path: `${SHOTS}/phone-grid.png`, fullPage: true });

    // a tap that wobbles 3 px
    const m = centre((await sh.marker('Alpha').boundingBox())!);
    await finger.down(m.x, m.y);
    await finger.move(m.x + 2, m.y + 2);
    await finger.move(m.x + 3, m.y + 1);
    await finger.up();
    await expect(sh.panel).toBeVisible();
    await page.waitForTimeout(300);
    expect(levels('Alpha')).toEqual({ power: 70, interest: 30 });
    await expect(page.getByTestId('undo')).toBeDisabled();
    await sh.panel.getByRole('button', { name: /close/i }).first().click();

    // a swipe that starts on the grid (not a marker) scrolls the view, or the page once the view is at its end
    const sub = page.locator('[data-testid="stakeholders-view"] .sub');
    const scrolled = () => sub.evaluate((el) => el.scrollTop + window.scrollY);
    await sub.evaluate((el) => el.scrollTo(0, 0));
    await page.evaluate(() => window.scrollTo(0, 0));
    const grid = (await sh.grid.boundingBox())!;
    const top = await scrolled();
    const from = { x: grid.x + grid.width / 2, y: Math.min(grid.y + grid.height - 30, PHONE.viewport.height - 60) };
    expect(from.y).toBeGreaterThan(grid.y + grid.height / 2);
    await finger.swipe(from, { x: from.x, y: from.y - 200 });
    await expect.poll(scrolled).toBeGreaterThan(top + 50);
    expect(levels('Alpha')).toEqual({ power: 70, interest: 30 });
    expect(levels('Beta')).toEqual({ power: 30, interest: 70 });

    // a finger drags a marker
    await sh.marker('Beta').scrollIntoViewIfNeeded();
    const b = centre((await sh.marker('Beta').boundingBox())!);
    await finger.swipe(b, { x: b.x - 60, y: b.y - 60 });
    await expect.poll(() => levels('Beta').power).toBeGreaterThan(40);
    expect(levels('Beta').interest).toBeLessThan(60);
    raw.destroy();
    await close();
  });

  test('phone: the comments panel covers the view, analytics, the board menu and chips fit the screen', async ({ browser, server, createBoard }) => {
    const { board, raw } = await kranjBoard(server, createBoard, ['stakeholders', 'interventions']);
    raw.destroy();
    const { page, close } = await onDevice(browser, server.url, board, PHONE);
    const portfolio = new PortfolioPage(page);
    const comments = new CommentsPage(page);
    const width = PHONE.viewport.width;
    await portfolio.open('matrix');

    // two lever columns show beside the field of action
    const heads = portfolio.matrix.locator('thead th');
    const second = (await heads.nth(2).boundingBox())!;
    const sub = (await page.locator('[data-testid="portfolio-view"] .sub').boundingBox())!;
    expect(second.x + second.width).toBeLessThanOrEqual(sub.x + sub.width + 1);

    // the comments panel opens over the whole view, the view is hidden, Escape closes it
    await portfolio.card('Utilization of waste heat').click();
    await portfolio.panel.getByTestId('comment-button').first().click();
    await expect(comments.panel).toHaveAttribute('data-open', 'true');
    const panel = (await comments.panel.boundingBox())!;
    expect(panel.width).toBeGreaterThan(width - 2);
    await expect(page.locator('main')).toBeHidden();
    await expect(comments.panel.getByRole('heading', { name: 'Comments' })).toBeFocused();
    const showAll = (await comments.panel.getByRole('button', { name: 'Show all' }).boundingBox())!;
    expect(showAll.x + showAll.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${SHOTS}/phone-comments.png` });
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(comments.panel).toHaveAttribute('data-open', 'false');
    await expect(comments.toggle).toBeFocused();
    await expect(page.locator('main')).toBeVisible();

    // the intervention's chips keep a remove button a finger can hit
    await portfolio.panel.scrollIntoViewIfNeeded();
    const x = portfolio.panel.getByRole('button', { name: /^Remove (?!lever )/ }).first();
    await x.scrollIntoViewIfNeeded();
    const xBox = (await x.boundingBox())!;
    expect(Math.min(xBox.width, xBox.height)).toBeGreaterThanOrEqual(37); // 2.5rem
    await page.screenshot({ path: `${SHOTS}/phone-chips.png` });
    await portfolio.panel.getByRole('button', { name: 'Close' }).first().click();

    // analytics: nothing wider than the screen, the emissions-gap inputs in view
    await portfolio.show('analytics');
    const analytics = page.getByTestId('portfolio-analytics');
    expect((await analytics.boundingBox())!.width).toBeLessThanOrEqual(width);
    for (const key of ['baselineTco2e', 'otherPlansTco2e']) {
      const box = (await page.getByTestId(`gap-${key}`).boundingBox())!;
      expect(box.x + box.width, key).toBeLessThanOrEqual(width);
    }
    await page.screenshot({ path: `${SHOTS}/phone-analytics.png` });

    // the board menu opens on the screen
    await page.getByTestId('board-menu').click();
    const menu = (await page.locator('#board-menu-items').boundingBox())!;
    expect(menu.x).toBeGreaterThanOrEqual(0);
    expect(menu.x + menu.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${SHOTS}/phone-board-menu.png` });
    await close();
  });
});
