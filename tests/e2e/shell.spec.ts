/**
 * The board shell in a real browser against a real server: creating a board, presence and live
 * edits between two people, role links (share, view only, replace), the name prompt, languages,
 * deleting a board, and axe checks in English and Slovenian.
 */
import { test, expect, openBoard, expectNoAxeViolations } from './support/fixtures.ts';
import { HomePage } from './pages/home-page.ts';
import { BoardPage } from './pages/board-page.ts';

const SHOTS = process.env.SHELL_SCREENSHOTS;

test('the home page creates a board and opens it as facilitator; the board is remembered', async ({ page, server }) => {
  const home = new HomePage(page, server.url);
  await home.goto();
  await home.createBoard('Kranj portfolio workshop', 'Kranj', /transition map/i);
  const board = new BoardPage(page);
  await board.enterName('Ana Novak');
  await expect(board.title).toHaveText('Kranj portfolio workshop');
  await expect(board.role).toContainText('Facilitator');
  await board.expectConnection('online');
  await expect(page).toHaveTitle(/Kranj portfolio workshop/);

  // a template lays out the canvas, so the board opens there; the address names the view, and a
  // reload opens it again
  const canvasTab = page.getByTestId('view-canvas');
  await expect(canvasTab).toHaveAttribute('aria-current', 'page');
  expect(new URL(page.url()).searchParams.get('view')).toBe('canvas');
  await page.reload();
  await expect(canvasTab).toHaveAttribute('aria-current', 'page');
  await page.getByTestId('view-stakeholders').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('stakeholders');
  await page.getByTestId('view-portfolio').click();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toMatch(/^#token=/);

  await home.goto();
  await expect(home.recentBoards()).toHaveCount(1);
  await expect(home.recentBoards().first()).toContainText('Kranj portfolio workshop');
  await expect(home.recentBoards().first()).toContainText('Facilitator');
  await expect(home.recentBoards().first()).toContainText('Kranj');
  await home.forget('Kranj portfolio workshop');
  await expect(home.recentBoards()).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('removed');
});

test('two people see each other in the presence list and each other\'s edits', async ({ browser, server, createBoard }) => {
  const created = await createBoard('Mobility session');
  const ana = await (await browser.newContext()).newPage();
  const bojan = await (await browser.newContext()).newPage();
  await openBoard(ana, server.url, created.id, created.tokens.facilitator, 'Ana');
  await openBoard(bojan, server.url, created.id, created.tokens.editor, 'Bojan');
  const a = new BoardPage(ana);
  const b = new BoardPage(bojan);

  await expect(a.presenceList).toContainText('Bojan');
  await expect(a.presenceList).toContainText('Ana (you)');
  await expect(b.presenceList).toContainText('Ana');
  await expect(b.role).toContainText('Editor');

  await b.rename('Mobility session — day 2');
  await expect(a.title).toHaveText('Mobility session — day 2');

  // A renamed person shows under the new name on the other side.
  await ana.getByTestId('presence-self').click();
  await a.nameDialog.getByRole('textbox').fill('Ana Kralj');
  await a.nameDialog.getByRole('button', { name: 'Save' }).click();
  await expect(b.presenceList).toContainText('Ana Kralj');

  await bojan.context().close();
  await expect(a.presenceList).not.toContainText('Bojan');
  await ana.context().close();
});

test('the share dialog gives four role links; the viewer link opens the board read-only', async ({ page, browser, server }) => {
  const home = new HomePage(page, server.url);
  await home.goto();
  await home.createBoard('Stakeholder mapping');
  const facilitator = new BoardPage(page);
  await facilitator.enterName('Ana');
  await facilitator.openShare();
  const links = facilitator.shareDialog.getByTestId('share-link');
  await expect(links).toHaveCount(4);
  for (const role of ['facilitator', 'editor', 'commenter', 'viewer'] as const) {
    expect(await facilitator.shareLink(role)).toMatch(new RegExp(`/b/[\\w-]+#token=[\\w-]{20,}$`));
  }
  await expect(facilitator.shareDialog).toContainText('changes nothing');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/share-dialog.png` });
  const viewerLink = await facilitator.shareLink('viewer');
  await facilitator.closeShare();

  const viewerPage = await (await browser.newContext()).newPage();
  await viewerPage.addInitScript(() => localStorage.setItem('leverboard:identity', JSON.stringify({ id: 'v1', name: 'Vera', color: '#0f766e' })));
  await viewerPage.goto(viewerLink);
  const viewer = new BoardPage(viewerPage);
  await viewer.waitReady();
  await expect(viewer.role).toContainText('Viewer');
  await expect(viewer.readOnlyNotice).toContainText('View only');
  await expect(viewer.renameButton).toHaveCount(0);
  await expect(viewerPage.getByTestId('undo')).toHaveCount(0);
  await expect(viewerPage.getByTestId('share')).toHaveCount(0);
  await viewerPage.getByTestId('board-menu').click();
  await expect(viewerPage.getByTestId('delete-board')).toHaveCount(0);
  // The viewer still shows up for others.
  await expect(facilitator.presenceList).toContainText('Vera');
  await expectNoAxeViolations(viewerPage);
  await viewerPage.context().close();
});

test('a replaced link stops working; the facilitator replacing their own link stays on the board', async ({ page, browser, server, createBoard }) => {
  const created = await createBoard('Energy workshop');
  const facilitator = new BoardPage(page);
  await openBoard(page, server.url, created.id, created.tokens.facilitator, 'Ana');
  const viewerPage = await (await browser.newContext()).newPage();
  await openBoard(viewerPage, server.url, created.id, created.tokens.viewer, 'Vera');
  const viewer = new BoardPage(viewerPage);
  await viewer.expectConnection('online');

  await facilitator.openShare();
  // focus is in the dialog from the first time it opens
  await expect(facilitator.shareDialog.locator(':focus')).toHaveCount(1);
  // A board made elsewhere: this browser knows only its own link and offers to make new ones —
  // after saying that the old one stops working.
  await expect(facilitator.shareDialog.getByTestId('share-link')).toHaveCount(1);
  const viewerRow = facilitator.shareDialog.getByTestId('share-viewer');
  await viewerRow.getByRole('button', { name: 'Make a new link' }).click();
  await expect(viewerRow).toContainText('The current link stops working at once');
  await viewer.expectConnection('online');
  await viewerRow.getByRole('button', { name: 'Replace', exact: true }).click();
  const newViewerLink = await facilitator.shareDialog.getByTestId('share-viewer').getByTestId('share-link').inputValue();
  expect(newViewerLink).not.toContain(created.tokens.viewer);

  // The open viewer page is disconnected and says why; after a reload the old link is refused.
  await expect(viewerPage.getByTestId('access-lost')).toContainText('replaced');
  await viewerPage.reload();
  await expect(viewerPage.getByTestId('board-error-forbidden')).toContainText('replaced');

  // The new link works.
  await viewerPage.goto(newViewerLink);
  await viewer.waitReady();
  await expect(viewer.role).toContainText('Viewer');

  // Replacing the facilitator's own link: this page goes on with the new one.
  const oldUrl = page.url();
  const newOwn = await facilitator.replaceLink('facilitator');
  await expect(facilitator.shareDialog).toContainText('Your own facilitator link was replaced');
  await facilitator.closeShare();
  expect(page.url()).toBe(newOwn);
  await facilitator.expectConnection('online');
  await facilitator.rename('Energy workshop (renamed)');
  await expect(viewer.title).toHaveText('Energy workshop (renamed)');
  await page.reload();
  await facilitator.waitReady();
  await expect(facilitator.role).toContainText('Facilitator');
  await page.goto(oldUrl);
  await expect(page.getByTestId('board-error-forbidden')).toBeVisible();
  await viewerPage.context().close();
});

test('the name is asked once and remembered', async ({ page, server, createBoard }) => {
  const created = await createBoard('Naming');
  await page.goto(`${server.url}/b/${created.id}#token=${created.tokens.editor}`);
  const board = new BoardPage(page);
  await board.waitReady();
  await expect(board.nameDialog).toBeVisible();
  await expect(board.nameDialog.getByRole('textbox', { name: 'Your name' })).toBeFocused();
  await expectNoAxeViolations(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/name-dialog.png` });
  await board.nameDialog.getByRole('textbox').fill('Mojca Zupan');
  await board.nameDialog.getByRole('radio', { name: 'Teal' }).check();
  await board.nameDialog.getByRole('button', { name: 'Save' }).click();
  await expect(board.nameDialog).toBeHidden();
  await expect(board.presenceList).toContainText('Mojca Zupan (you)');
  await expect(page.getByTestId('presence-self')).toHaveText(/MZ/);

  await page.reload();
  await board.waitReady();
  await expect(board.presenceList).toContainText('Mojca Zupan (you)');
  await expect(board.nameDialog).toBeHidden();

  // Escape on a first visit still gives the person a name others can see.
  const other = await (await page.context().browser()!.newContext()).newPage();
  await other.goto(`${server.url}/b/${created.id}#token=${created.tokens.viewer}`);
  await expect(other.getByTestId('name-dialog')).toBeVisible();
  await other.keyboard.press('Escape');
  await expect(other.getByTestId('name-dialog')).toBeHidden();
  await expect(board.presenceList).toContainText(/Guest \d+/);
  await other.context().close();
});

test('switching to Slovenian changes the interface and <html lang>', async ({ page, server, createBoard }) => {
  const created = await createBoard('Jeziki', { city: 'Kranj' });
  await openBoard(page, server.url, created.id, created.tokens.facilitator, 'Ana');
  const board = new BoardPage(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Board views' })).toContainText('Stakeholders');
  await board.setLanguage('sl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sl');
  await expect(page.getByRole('navigation', { name: 'Pogledi table' })).toContainText('Deležniki');
  await expect(board.role).toContainText('Moderator');
  await expect(board.connection).toHaveText(/Povezano/);
  await expect(page.getByTestId('share')).toHaveText(/Deli/);
  // Remembered for the next page.
  await page.goto(`${server.url}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sl');
  await expect(page.getByRole('heading', { name: 'Ustvari tablo' })).toBeVisible();
});

test('the facilitator deletes the board from the board menu', async ({ page, browser, server, createBoard }) => {
  const created = await createBoard('Short-lived');
  await openBoard(page, server.url, created.id, created.tokens.facilitator, 'Ana');
  const editorPage = await (await browser.newContext()).newPage();
  await openBoard(editorPage, server.url, created.id, created.tokens.editor, 'Bor');
  const board = new BoardPage(page);
  await page.getByTestId('board-menu').click();
  await page.getByTestId('delete-board').click();
  const dialog = page.getByTestId('delete-dialog');
  await expect(dialog).toContainText('Short-lived');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // focus goes back to the menu button, not to the page
  await expect(page.getByTestId('board-menu')).toBeFocused();
  await board.deleteBoard();
  // someone else on the board is told, can no longer change it, and it leaves their list
  await expect(editorPage.getByTestId('access-lost')).toBeVisible();
  await expect(editorPage.locator('.content[inert]')).toHaveCount(1);
  await editorPage.goto(`${server.url}/`);
  await expect(new HomePage(editorPage, server.url).recentBoards()).toHaveCount(0);
  await editorPage.goto(`${server.url}/b/%3Cscript%3E#token=x`);
  await expect(editorPage.getByTestId('board-error-notFound')).toBeVisible();
  await editorPage.context().close();
  await page.waitForURL(`${server.url}/`);
  await expect(new HomePage(page, server.url).recentBoards()).toHaveCount(0);
  const res = await fetch(`${server.url}/api/boards/${created.id}`, { headers: { authorization: `Bearer ${created.tokens.facilitator}` } });
  expect(res.status).toBe(404);
  await page.goto(`${server.url}/b/${created.id}#token=${created.tokens.facilitator}`);
  await expect(page.getByTestId('board-error-notFound')).toBeVisible();
});

test('keyboard: skip link, landmarks, title rename and dialogs work without a mouse', async ({ page, server, createBoard }) => {
  const created = await createBoard('Keyboard');
  await openBoard(page, server.url, created.id, created.tokens.facilitator, 'Ana');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  expect(page.url()).toContain('#token=');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Board views' })).toBeVisible();

  await page.getByTestId('rename-board').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Keyboard only');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('board-title')).toHaveText('Keyboard');
  await expect(page.getByTestId('rename-board')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Keyboard only');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-title')).toHaveText('Keyboard only');

  await page.getByTestId('share').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('share-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share-dialog')).toBeHidden();
  await expect(page.getByTestId('share')).toBeFocused();

  await page.getByTestId('board-menu').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Your name and colour', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('board-menu')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Your name and colour', exact: true })).toBeHidden();
});

for (const lang of ['en', 'sl'] as const) {
  test(`no serious accessibility problems on the home and board pages (${lang})`, async ({ page, server, createBoard }) => {
    await page.addInitScript((l) => localStorage.setItem('leverboard:locale', l), lang);
    const home = new HomePage(page, server.url);
    await home.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/home-${lang}.png` });

    const created = await createBoard('Axe check', { city: 'Kranj' });
    await openBoard(page, server.url, created.id, created.tokens.facilitator, 'Ana', lang);
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/board-${lang}.png` });
    await new BoardPage(page).openShare();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('board-menu').click();
    await expectNoAxeViolations(page);
  });
}
