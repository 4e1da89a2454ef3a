/**
 * The workshop canvas in real browsers: notes made and moved by keyboard show up in the other
 * browser; a dragged frame carries its notes, live, and one undo puts them back; multi-select,
 * delete and undo; duplicate and copy/paste; templates; a note becomes an intervention; badges and
 * the selection bar never cover a note's text; a long paste is cut with a message; a 2,000-item
 * board renders only what is in view; axe on the canvas.
 */
import { test, expect, openBoard, expectNoAxeViolations, person } from './support/fixtures.ts';
import type { Locator } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CanvasPage } from './pages/canvas-page.ts';
import { connect, synced, until } from '../support/board-client.ts';
import { addCanvasItem, listRecords, setPrivateMode } from '../../shared/board/index.ts';

const SHOTS = '/tmp/canvas-shots';
mkdirSync(SHOTS, { recursive: true });

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const box = async (l: Locator): Promise<Box> => (await l.boundingBox())!;

test.describe('workshop canvas', () => {
  test('a note made and moved by keyboard appears and moves in the other browser', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Canvas');
    const ana = new CanvasPage(await person(browser, server.url, board, 'editor', 'Ana'));
    const bor = new CanvasPage(await person(browser, server.url, board, 'editor', 'Bor'));
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
    await ana.page.context().close(); await bor.page.context().close();
  });

  test('dragging a frame carries the notes in it, live in the other browser; one undo puts all back', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Frames');
    const ana = new CanvasPage(await person(browser, server.url, board, 'editor', 'Ana'));
    const bor = new CanvasPage(await person(browser, server.url, board, 'editor', 'Bor'));
    await ana.open();
    await bor.open();

    // a frame, and two notes made on it (new items appear in the middle of the view, on the frame)
    await ana.addFrame('Energy barriers');
    await ana.addNote('Grid capacity');
    await ana.addNote('Public acceptance');
    // the facilitator locked a third note on the frame; a fourth hangs over its edge, centre outside
    const fac = connect(server.url, board.id, board.tokens.facilitator);
    await synced(fac);
    await until(fac.doc, () => listRecords(fac.doc, 'canvas').length === 3);
    const frame = listRecords(fac.doc, 'canvas').find((i) => i.kind === 'frame')!;
    addCanvasItem(fac.doc, { kind: 'note', text: 'Locked barrier', x: frame.x + 440, y: frame.y + 260, w: 180, h: 140, locked: true });
    addCanvasItem(fac.doc, { kind: 'note', text: 'Outside idea', x: frame.x + frame.w - 60, y: frame.y + 20, w: 180, h: 140, color: 'green' });
    await expect(bor.items).toHaveCount(5);
    await expect(ana.items).toHaveCount(5);
    await ana.page.keyboard.press('Escape');
    await ana.expectSelected(0);

    // the node's accessible name replaces its content, so it says what the lock mark shows
    await expect(ana.node('Locked barrier')).toHaveAttribute('aria-label', 'Note (locked): Locked barrier');
    // in the language the person switches to, at once
    await bor.page.getByTestId('language').selectOption('sl');
    await expect(bor.node('Locked barrier')).toHaveAttribute('aria-label', 'Listek (zaklenjeno): Locked barrier');
    await bor.page.getByTestId('language').selectOption('en');
    const names = ['Energy barriers', 'Grid capacity', 'Public acceptance', 'Locked barrier', 'Outside idea'];
    const before = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await bor.position(n)] as const)));
    await ana.page.screenshot({ path: `${SHOTS}/frame-before-move.png` });

    // drag the frame by its title, resting halfway for longer than undo steps usually merge over;
    // meanwhile Bor already sees the notes on their way
    await ana.drag('Energy barriers', { x: 160, y: 80 }, {
      midway: async () => {
        await expect.poll(async () => (await bor.position('Grid capacity')).x).toBeGreaterThan(before['Grid capacity']!.x + 40);
        await ana.page.waitForTimeout(700);
      },
    });
    const after = await ana.position('Energy barriers');
    const dx = after.x - before['Energy barriers']!.x;
    const dy = after.y - before['Energy barriers']!.y;
    expect(dx).toBeGreaterThan(100);
    expect(dy).toBeGreaterThan(40);
    for (const page of [ana, bor]) {
      await page.expectPosition('Energy barriers', after);
      for (const n of ['Grid capacity', 'Public acceptance']) await page.expectPosition(n, { x: before[n]!.x + dx, y: before[n]!.y + dy });
      // the locked note and the one mostly outside stay
      for (const n of ['Locked barrier', 'Outside idea']) await page.expectPosition(n, before[n]!);
    }
    await ana.page.screenshot({ path: `${SHOTS}/frame-after-move.png` });
    // on the overview map the frame is an outline: the notes on it show through
    await expect(ana.minimap.locator('.minimap-frame')).toHaveCount(1);
    await expect(ana.minimap.locator('.minimap-frame')).toHaveCSS('fill', /transparent|rgba\(0, 0, 0, 0\)/);
    await ana.minimap.screenshot({ path: `${SHOTS}/minimap.png` });

    // one undo puts the frame and its notes back, for everyone
    await ana.page.keyboard.press('Control+z');
    for (const page of [bor, ana]) for (const n of names) await page.expectPosition(n, before[n]!);

    // the arrow keys on the frame carry its notes too
    await ana.node('Energy barriers').focus();
    await ana.page.keyboard.press('ArrowRight');
    await ana.page.keyboard.press('Shift+ArrowDown');
    for (const n of ['Energy barriers', 'Grid capacity', 'Public acceptance']) await bor.expectPosition(n, { x: before[n]!.x + 10, y: before[n]!.y + 50 });
    for (const n of ['Locked barrier', 'Outside idea']) await bor.expectPosition(n, before[n]!);
    fac.destroy();
    await ana.page.context().close(); await bor.page.context().close();
  });

  test('badges and the selection bar leave the note\'s text in view; a long paste is cut with a message', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Layout');
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const ana = new CanvasPage(await context.newPage());
    await openBoard(ana.page, server.url, board.id, board.tokens.editor, 'Ana');
    await ana.open();
    await ana.addNote('Public acceptance of one-way streets');
    // the selection bar sits above the selected note, not on it
    await ana.expectSelected(1);
    await expect(ana.selectionBar).toBeVisible();
    expect(overlaps(await box(ana.selectionBar), await box(ana.item('one-way streets')))).toBe(false);
    // moved to the top of the view, the note keeps its text in sight: the bar goes below it
    const node = ana.node('one-way streets');
    await node.focus();
    const pane = await box(ana.canvas);
    while ((await box(node)).y > pane.y + 20) await ana.page.keyboard.press('Shift+ArrowUp');
    await expect(ana.selectionBar).toBeVisible();
    const [bar, note] = [await box(ana.selectionBar), await box(ana.item('one-way streets'))];
    expect(overlaps(bar, note)).toBe(false);
    expect(bar.y).toBeGreaterThan(note.y);
    await ana.page.screenshot({ path: `${SHOTS}/selection-bar.png` });

    // private mode: the badge sits beside the words, not over them
    const fac = connect(server.url, board.id, board.tokens.facilitator);
    await synced(fac);
    setPrivateMode(fac.doc, true);
    await ana.page.keyboard.press('Escape');
    await ana.addNote('PRIVATE: hidden idea of the editor, long enough to wrap');
    const privateNote = ana.item('hidden idea');
    const badge = await box(privateNote.locator('.private-badge'));
    const words = await privateNote.getByTestId('canvas-item-text').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents([...el.childNodes].find((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.includes('hidden idea'))!);
      return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
    });
    expect(words.length).toBeGreaterThan(1);
    for (const line of words) expect(overlaps(line, badge)).toBe(false);
    await privateNote.screenshot({ path: `${SHOTS}/private-note.png` });
    await expect(ana.node('hidden idea')).toHaveAttribute('aria-label', /^Note \(private\): PRIVATE: hidden idea/);
    await ana.page.screenshot({ path: `${SHOTS}/private-note-board.png` });
    // a private note lives in this browser's own history: its drag is one undo step too, however
    // long it rests on the way
    await ana.page.keyboard.press('Escape');
    const start = await ana.position('hidden idea');
    await ana.drag('hidden idea', { x: 120, y: 60 }, { midway: () => ana.page.waitForTimeout(700) });
    expect((await ana.position('hidden idea')).x).toBeGreaterThan(start.x + 60);
    await ana.page.keyboard.press('Control+z');
    await ana.expectPosition('hidden idea', start);

    // pasting 200,000 characters: the note keeps what fits and says how much of the paste that is
    await ana.page.evaluate((n) => navigator.clipboard.writeText('x'.repeat(n)), 200_000);
    await ana.addNote('Pasted report');
    await ana.page.keyboard.press('Enter');
    await expect(ana.editor).toBeFocused();
    await ana.page.keyboard.press('End');
    await ana.page.keyboard.press('Control+v'); // after its 13 characters
    await expect(ana.notice).toContainText('keeps the first 4,987 characters of the text you pasted');
    await expect(ana.editor).toHaveValue('Pasted report' + 'x'.repeat(4987));
    await ana.page.keyboard.press('Control+a'); // replacing everything: the whole 5,000
    await ana.page.keyboard.press('Control+v');
    await expect(ana.notice).toContainText('keeps the first 5,000 characters');
    await expect(ana.page.locator('.canvas-view > [aria-live="polite"]')).toContainText('keeps the first 5,000 characters');
    await expect(ana.editor).toHaveValue('x'.repeat(5000));
    await ana.page.screenshot({ path: `${SHOTS}/paste-notice.png` });
    await ana.page.keyboard.press('Escape');
    fac.destroy();
    await context.close();
  });

  test('multi-select with Shift, delete, and undo brings everything back in both browsers', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Delete');
    const ana = new CanvasPage(await person(browser, server.url, board, 'editor', 'Ana'));
    const bor = new CanvasPage(await person(browser, server.url, board, 'editor', 'Bor'));
    await ana.open();
    await bor.open();
    await ana.addNote('First idea');
    await ana.addNote('Second idea');
    await ana.addNote('Third idea');
    await expect(bor.items).toHaveCount(3);

    // the note just added is selected, and its selection bar floats above it, over the first note
    await ana.page.keyboard.press('Escape');
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
    await ana.page.context().close(); await bor.page.context().close();
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
