/**
 * The board on a phone (390×844, touch): the header and bars leave the work area most of the
 * screen, with and without an open voting round, and every header control is still there to tap,
 * by a name a screen reader says, in English and Slovenian. On a desktop the header is as before.
 * Screenshots go to /tmp/phone-shots/ to be looked at.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, openBoard, person, expectNoAxeViolations } from './support/fixtures.ts';
import { FacilitationPage } from './pages/facilitation-page.ts';

const SHOTS = '/tmp/phone-shots';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** where the work area starts, as a share of the screen's height */
async function workAreaTop(page: Page): Promise<number> {
  const box = (await page.locator('main.view').boundingBox())!;
  return box.y / page.viewportSize()!.height;
}

/** on the screen, finger-sized, and what a tap at its middle lands on */
async function expectTappable(page: Page, name: string, target: Locator): Promise<void> {
  await expect(target, name).toBeVisible();
  const box = (await target.boundingBox())!;
  expect(box.x, name).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, name).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(36);
  const hit = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return !!at && (el === at || el.contains(at) || (el instanceof HTMLSelectElement && el.closest('label')!.contains(at)));
  });
  expect(hit, `${name} is what a tap on it lands on`).toBe(true);
}

test('on a phone the work area starts in the top 40 % of the screen, and every header control is there to tap, by name', async ({ browser, server, createBoard }) => {
  const board = await createBoard('Kranj climate-neutral mobility workshop', { city: 'Kranj' });
  const fac = new FacilitationPage(await person(browser, server.url, board, 'facilitator', 'Bojan'));
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await openBoard(page, server.url, board.id, board.tokens.editor, 'Ana');
  await page.getByTestId('view-canvas').tap();
  await expect(page.getByTestId('view-canvas')).toHaveAttribute('aria-current', 'page');
  const header = page.locator('header.top');

  // the title truncates on one line rather than taking rows of its own
  const title = page.getByTestId('board-title');
  expect(await title.evaluate((h) => h.scrollWidth > h.clientWidth)).toBe(true);
  expect((await header.boundingBox())!.height).toBeLessThan(110);
  expect(await workAreaTop(page)).toBeLessThan(0.4);
  await page.screenshot({ path: `${SHOTS}/canvas.png` });

  // an open voting round adds its line, and the work area still starts high
  await fac.startRound('Which first?', 'canvas', 3);
  await expect(page.getByTestId('round-status')).toHaveAttribute('data-state', 'open');
  expect(await workAreaTop(page)).toBeLessThan(0.4);
  await page.screenshot({ path: `${SHOTS}/canvas-voting.png` });

  // undo and redo: rename the board, then take it back and forth by tap
  await page.getByRole('button', { name: 'Rename board' }).tap();
  await page.getByTestId('title-input').fill('Mobility, day 2');
  await page.getByTestId('title-input').press('Enter');
  await expect(title).toHaveText('Mobility, day 2');
  const undo = header.getByRole('button', { name: 'Undo' });
  const redo = header.getByRole('button', { name: 'Redo' });
  await expectTappable(page, 'undo', undo);
  await undo.tap();
  await expect(title).toHaveText('Kranj climate-neutral mobility workshop');
  await expectTappable(page, 'redo', redo);
  await redo.tap();
  await expect(title).toHaveText('Mobility, day 2');

  // export: an icon that keeps its name; its menu opens whole on the screen
  const exportButton = header.getByRole('button', { name: 'Export', exact: true });
  await expectTappable(page, 'export', exportButton);
  await exportButton.tap();
  const exportItems = page.locator('#export-menu-items');
  await expect(exportItems).toBeVisible();
  const items = (await exportItems.boundingBox())!;
  expect(items.x).toBeGreaterThanOrEqual(0);
  expect(items.x + items.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/export-menu.png` });
  await exportButton.tap();
  await expect(exportItems).toBeHidden();

  // the board menu: your name and colour are there, now the avatars are not in the header
  const menu = header.getByRole('button', { name: 'Board menu' });
  await expectTappable(page, 'menu', menu);
  await menu.tap();
  await expect(page.locator('#board-menu-items')).toBeVisible();
  await page.getByRole('button', { name: 'Your name and colour' }).tap();
  await expect(page.getByTestId('name-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('name-dialog')).toBeHidden();

  // who is where: a count to tap, which shows the avatars to follow
  const people = page.getByRole('button', { name: /^Who is where: 1$/ });
  await expectTappable(page, 'people', people);
  await expect(page.getByTestId('follow-Bojan')).toBeHidden();
  await people.tap();
  await expect(people).toHaveAttribute('aria-expanded', 'true');
  await page.getByTestId('follow-Bojan').tap();
  await expect(page.getByTestId('following')).toContainText('Following Bojan');
  await page.getByTestId('stop-following').tap();
  await page.screenshot({ path: `${SHOTS}/people.png` });
  await page.getByTestId('view-canvas').tap();

  // the language: an icon over the select, named, and what it changes to
  const language = header.getByRole('combobox', { name: 'Language' });
  await expectTappable(page, 'language', language);
  await language.selectOption('sl');
  await expect(page.getByTestId('view-canvas')).toHaveText('Platno');
  for (const [name, role] of [['Razveljavi', 'button'], ['Uveljavi', 'button'], ['Izvoz', 'button'], ['Meni table', 'button'], ['Jezik', 'combobox']] as const) {
    await expectTappable(page, name, header.getByRole(role, { name, exact: true }));
  }
  await expectTappable(page, 'people (sl)', page.getByRole('button', { name: /^Kdo je kje: 1$/ }));
  expect(await workAreaTop(page)).toBeLessThan(0.4);
  await expectNoAxeViolations(page, 'header.top');
  await page.screenshot({ path: `${SHOTS}/canvas-sl.png` });
  await header.getByRole('combobox', { name: 'Jezik' }).selectOption('en');
  await expectNoAxeViolations(page, 'header.top');
  await context.close();
});

test('a facilitator\'s share button is an icon on a phone, and the header is as before on a desktop', async ({ browser, server, createBoard }) => {
  const board = await createBoard('Mobility session');
  const phone = await browser.newContext(PHONE);
  const page = await phone.newPage();
  await openBoard(page, server.url, board.id, board.tokens.facilitator, 'Ana');
  const share = page.locator('header.top').getByRole('button', { name: 'Share', exact: true });
  await expectTappable(page, 'share', share);
  await share.tap();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await phone.close();

  const desktop = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await openBoard(desktop, server.url, board.id, board.tokens.facilitator, 'Ana');
  const header = desktop.locator('header.top');
  // the words show beside the icons, the avatars are in the header, and no count stands in for them
  for (const name of ['Export', 'Share']) {
    const button = header.getByRole('button', { name, exact: true });
    expect((await button.boundingBox())!.width, name).toBeGreaterThan(60);
  }
  expect((await header.getByRole('combobox', { name: 'Language' }).boundingBox())!.width).toBeGreaterThan(80);
  await expect(desktop.getByTestId('presence-list')).toBeVisible();
  await expect(desktop.getByTestId('people-toggle')).toHaveCount(0);
  const second = await person(browser, server.url, board, 'editor', 'Bojan');
  await expect(desktop.getByTestId('follow-Bojan')).toBeVisible();
  await expect(desktop.getByTestId('people-toggle')).toBeHidden();
  await second.context().close();
  await desktop.close();
});
