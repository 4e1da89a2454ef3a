/**
 * The workshop canvas in real browsers: notes made and moved by keyboard show up in the other
 * browser; multi-select, delete and undo; duplicate and copy/paste; templates; a note becomes an
 * intervention; a 2,000-item board renders only what is in view; axe on the canvas.
 */
import { test, expect, openBoard, expectNoAxeViolations } from './support/fixtures.ts';
import { CanvasPage } from './pages/canvas-page.ts';
import { connect, synced, until } from '../support/board-client.ts';
import { addCanvasItem } from '../../shared/board/index.ts';

test.describe('workshop canvas', () => {
  test('a note made and moved by keyboard appears and moves in the other browser', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Canvas');
    const [a, b] = [await browser.newContext(), await browser.newContext()];
    const ana = new CanvasPage(await a.newPage());
    const bor = new CanvasPage(await b.newPage());
    await openBoard(ana.page, server.url, board.id, board.tokens.editor, 'Ana');
    await openBoard(bor.page, server.url, board.id, board.tokens.editor, 'Bor');
    await ana.open();
    await bor.open();

    await ana.addNote('Solar on school roofs');
    await expect(bor.item('Solar on school roofs')).toBeVisible();
    const start = await ana.position('Solar on school roofs');

    // the new note is selected; the arrow keys move it (Shift for bigger steps)
    await ana.node('Solar on school roofs').focus();
    await ana.page.keyboard.press('ArrowRight');
    await ana.page.keyboard.press('ArrowRight');
    await ana.page.keyboard.press('Shift+ArrowDown');
    const moved = { x: start.x + 20, y: start.y + 50 };
    await ana.expectPosition('Solar on school roofs', moved);
    await bor.expectPosition('Solar on school roofs', moved);
    // Alt with the arrows resizes it
    const w = Number(await ana.item('Solar on school roofs').getAttribute('data-w'));
    const h = Number(await ana.item('Solar on school roofs').getAttribute('data-h'));
    await ana.page.keyboard.press('Alt+ArrowRight');
    await ana.page.keyboard.press('Alt+Shift+ArrowDown');
    await expect(bor.item('Solar on school roofs')).toHaveAttribute('data-w', String(w + 10));
    await expect(bor.item('Solar on school roofs')).toHaveAttribute('data-h', String(h + 50));
    await ana.expectPosition('Solar on school roofs', moved);

    // Enter edits the text, Escape ends editing; the other browser sees the new words
    await ana.page.keyboard.press('Enter');
    await expect(ana.editor).toBeFocused();
    await ana.page.keyboard.type(' and the library');
    await ana.page.keyboard.press('Escape');
    await expect(bor.item('Solar on school roofs and the library')).toBeVisible();

    // the others see who has what selected: an outline in Ana's colour
    await expect(bor.item('Solar on school roofs')).toHaveAttribute('style', /box-shadow/);
    await ana.page.screenshot({ path: '/tmp/canvas-two-browsers.png' });
    await a.close(); await b.close();
  });

  test('multi-select with Shift, delete, and undo brings everything back in both browsers', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Delete');
    const [a, b] = [await browser.newContext(), await browser.newContext()];
    const ana = new CanvasPage(await a.newPage());
    const bor = new CanvasPage(await b.newPage());
    await openBoard(ana.page, server.url, board.id, board.tokens.editor, 'Ana');
    await openBoard(bor.page, server.url, board.id, board.tokens.editor, 'Bor');
    await ana.open();
    await bor.open();
    await ana.addNote('First idea');
    await ana.addNote('Second idea');
    await ana.addNote('Third idea');
    await expect(bor.items).toHaveCount(3);

    await ana.click('First idea');
    await ana.click('Third idea', { shift: true });
    await ana.expectSelected(2);
    await expect(ana.selectionBar).toContainText('2 items selected');
    await ana.page.keyboard.press('Delete');
    await expect(bor.items).toHaveCount(1);
    await expect(bor.item('Second idea')).toBeVisible();

    await ana.page.keyboard.press('Control+z');
    await expect(bor.items).toHaveCount(3);
    await expect(ana.items).toHaveCount(3);
    // redo removes them again; undo of Bor's own history touches nothing of Ana's
    await ana.page.keyboard.press('Control+Shift+z');
    await expect(bor.items).toHaveCount(1);
    await ana.page.keyboard.press('Control+z');
    await expect(ana.items).toHaveCount(3);

    // a Shift-drag on the empty canvas draws a marquee that selects what it covers
    await ana.page.keyboard.press('Escape');
    const area = (await ana.canvas.boundingBox())!;
    await ana.page.keyboard.down('Shift');
    await ana.page.mouse.move(area.x + 60, area.y + 60);
    await ana.page.mouse.down();
    await ana.page.mouse.move(area.x + area.width - 260, area.y + area.height - 60, { steps: 8 });
    await ana.page.mouse.up();
    await ana.page.keyboard.up('Shift');
    await ana.expectSelected(3);
    await a.close(); await b.close();
  });

  test('duplicate, copy and paste, Tab between items, connect two notes', async ({ page, server, createBoard }) => {
    const board = await createBoard('Copy');
    const ana = new CanvasPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor, 'Ana');
    await ana.open();
    await ana.addNote('Heat pumps');
    await ana.node('Heat pumps').focus();
    await page.keyboard.press('Control+d');
    await expect(ana.item('Heat pumps')).toHaveCount(2);
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect(ana.item('Heat pumps')).toHaveCount(3);

    // Tab goes from item to item and selects it
    await ana.canvas.focus();
    await page.keyboard.press('Escape');
    await ana.expectSelected(0);
    await page.keyboard.press('Tab');
    await ana.expectSelected(1);
    await expect(page.locator('.svelte-flow__node:focus')).toHaveCount(1);

    // Space picks several one by one: Tab then moves on without changing the selection
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await ana.expectSelected(1);
    await page.keyboard.press('Space');
    await ana.expectSelected(2);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await ana.expectSelected(3);
    await page.keyboard.press('Space');
    await ana.expectSelected(2);
    // with two picked, C connects them; Tab past the last item leaves the canvas, no trap
    await page.keyboard.press('c');
    await expect(page.locator('.svelte-flow__edge')).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(page.locator('.svelte-flow__edge')).toHaveCount(0);
    let left = false;
    for (let i = 0; i < 40 && !left; i++) {
      await page.keyboard.press('Tab');
      left = await ana.canvas.evaluate((c) => !c.contains(document.activeElement));
    }
    expect(left).toBe(true);
    await ana.canvas.focus();
    await page.keyboard.press('Escape');
    await ana.expectSelected(0);

    await page.keyboard.press('Control+a');
    await ana.expectSelected(3);
    // move the top copy clear of the others, then Shift-click two notes and connect them
    await page.keyboard.press('Escape');
    await ana.expectSelected(0);
    await page.locator('.svelte-flow__node').nth(2).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
    const nodes = ana.items;
    await nodes.nth(2).click({ position: { x: 90, y: 60 } });
    await nodes.nth(0).click({ position: { x: 12, y: 40 }, modifiers: ['Shift'] });
    await ana.expectSelected(2);
    await page.getByTestId('connect').click();
    await expect(page.locator('.svelte-flow__edge')).toHaveCount(1);
  });

  test('a note becomes an intervention in one step and the portfolio opens', async ({ page, server, createBoard }) => {
    const board = await createBoard('Convert');
    const ana = new CanvasPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor, 'Ana');
    await ana.open();
    await ana.addNote('Bike sharing at stations');
    await ana.click('Bike sharing at stations');
    await page.getByTestId('to-intervention').click();
    await expect(page.getByTestId('view-portfolio')).toHaveAttribute('aria-current', 'page');
    const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=json&token=${board.tokens.editor}`);
    const backup = await res.json() as { board: { interventions: { title: string }[]; canvas: unknown[] } };
    expect(backup.board.interventions.map((i) => i.title)).toContain('Bike sharing at stations');
    expect(backup.board.canvas).toHaveLength(0);
  });

  test('the barriers template lays out frames per urban system; axe finds nothing serious', async ({ page, server, createBoard }) => {
    const board = await createBoard('Barriers', { template: 'barriers' });
    const ana = new CanvasPage(page);
    await openBoard(page, server.url, board.id, board.tokens.facilitator, 'Ana');
    await ana.open();
    await expect(ana.items.and(page.locator('[data-kind="frame"]')).filter({ hasText: 'Barriers' })).toHaveCount(5);
    await expect(ana.item('Energy systems')).toBeVisible();
    await ana.addNote('Grid connection queue');
    await ana.click('Grid connection queue');
    await page.screenshot({ path: '/tmp/canvas-barriers.png' });
    await expectNoAxeViolations(page);
  });

  test('a 2,000-item canvas renders only the items in view', async ({ page, server, createBoard }) => {
    const board = await createBoard('Large');
    const client = connect(server.url, board.id, board.tokens.editor);
    await synced(client);
    client.doc.transact(() => {
      for (let i = 0; i < 2000; i++) addCanvasItem(client.doc, { text: `Idea ${i}`, x: (i % 50) * 220, y: Math.floor(i / 50) * 180 });
    });
    // the server has them all once a second client receives them
    const check = connect(server.url, board.id, board.tokens.viewer);
    await until(check.doc, () => check.doc.getMap('canvas').size === 2000, 30_000);
    check.destroy();
    const ana = new CanvasPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor, 'Ana');
    await ana.open();
    // zoom in on one corner: far fewer nodes than items are in the page
    await expect(ana.items).toHaveCount(2000, { timeout: 30_000 });
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => ana.items.count()).toBeLessThan(400);
    await page.screenshot({ path: '/tmp/canvas-large.png' });
    client.destroy();
  });
});
