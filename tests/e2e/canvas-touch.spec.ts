/**
 * The workshop canvas by touch, with real touch events (Chromium's touch emulation) on a phone and
 * a tablet, and a second browser where the result must be seen: two notes connected through
 * "Connect to…" and a tap, through "Select several" and Connect, and by dragging a note's dot onto
 * the middle of another (by finger and by mouse); "Connect to…" from the keyboard; private notes
 * join nothing; targets a finger can hit. "Bring everyone to me" lands the facilitator's notes on a phone's screen, and brings a
 * newcomer who opens the board just after it, but not one who opens it later.
 */
import { test, expect, openBoard, type Board } from './support/fixtures.ts';
import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CanvasPage } from './pages/canvas-page.ts';
import { connect, synced, until, type Client } from '../support/board-client.ts';
import { addCanvasItem, listRecords, setPrivateMode, summonEveryone } from '../../shared/board/index.ts';

const SHOTS = '/tmp/canvas-touch-shots';
mkdirSync(SHOTS, { recursive: true });

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const TABLET: BrowserContextOptions = { viewport: { width: 1024, height: 768 }, hasTouch: true };
const DESKTOP: BrowserContextOptions = {};

/** A person on a device of their own; `view` is the view their link names (?view=…). */
async function personOn(browser: Browser, device: BrowserContextOptions, serverUrl: string, board: Board, role: keyof Board['tokens'], name: string, view?: string): Promise<Page> {
  const page = await (await browser.newContext(device)).newPage();
  // the board's address with the view in it: /b/<id>?view=…#token=…
  await openBoard(page, serverUrl, view ? `${board.id}?view=${view}` : board.id, board.tokens[role], name);
  return page;
}

/** Four notes in a square, written by the facilitator's client (kept open for more writes). */
async function seedNotes(serverUrl: string, board: Board): Promise<Client> {
  const client = connect(serverUrl, board.id, board.tokens.facilitator);
  await synced(client);
  const notes = [['Solar roofs', 0, 0], ['Grid capacity', 420, 0], ['Heat pumps', 0, 320], ['District heating', 420, 320]] as const;
  for (const [text, x, y] of notes) addCanvasItem(client.doc, { kind: 'note', text, x, y, w: 180, h: 140 });
  return client;
}

const connectors = (client: Client) => listRecords(client.doc, 'canvas').filter((i) => i.kind === 'connector');
const idOf = (client: Client, text: string) => listRecords(client.doc, 'canvas').find((i) => i.text === text)!.id;

/** open the canvas (by a tap on a touch screen) and wait for the four notes */
async function openCanvas(canvas: CanvasPage, touch = true): Promise<void> {
  if (touch) await canvas.page.getByTestId('view-canvas').tap();
  else await canvas.open();
  await expect(canvas.canvas).toBeVisible();
  await expect(canvas.items).toHaveCount(4);
}

/** A finger pressed at `from`, moved to `to` and lifted: touch events, as a touch screen sends them. */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  for (let i = 1; i <= steps; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  // the finger rests a moment before it lifts: lifted while moving, it would fling (and the next
  // tap would only stop the fling)
  await page.waitForTimeout(150);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [to] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

const centre = async (l: Locator) => { const b = (await l.boundingBox())!; return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; };
/** a point well inside an item, far from its own dot (which sits on its right edge) */
const body = async (l: Locator) => { const b = (await l.boundingBox())!; return { x: b.x + b.width * 0.3, y: b.y + b.height * 0.35 }; };

test.describe('workshop canvas by touch', () => {
  test('on a phone: "Connect to…" and a tap, or "Select several" and Connect, join two notes for everyone', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Touch connect');
    const fac = await seedNotes(server.url, board);
    const ana = new CanvasPage(await personOn(browser, PHONE, server.url, board, 'editor', 'Ana'));
    const bor = new CanvasPage(await personOn(browser, TABLET, server.url, board, 'editor', 'Bor'));
    await openCanvas(ana);
    await openCanvas(bor);
    const edges = (p: CanvasPage) => p.page.locator('.svelte-flow__edge');

    // the help speaks of taps, not of Shift and the keyboard
    await expect(ana.page.getByTestId('canvas-help')).toContainText('Tap an item to select it');
    await expect(ana.page.getByTestId('canvas-help')).not.toContainText('Shift');

    // one note selected: "Connect to…", then a tap on the other note
    await ana.item('Solar roofs').tap();
    await ana.expectSelected(1);
    await ana.page.screenshot({ path: `${SHOTS}/phone-selected.png` });
    await ana.selectionBar.getByTestId('connect-start').tap();
    await expect(ana.page.getByTestId('connect-prompt')).toContainText('Tap the item to connect to');
    await expect(ana.selectionBar).toBeHidden();
    await ana.page.screenshot({ path: `${SHOTS}/phone-connect-mode.png` });
    await ana.item('Grid capacity').tap();
    await expect(ana.page.getByTestId('connect-prompt')).toHaveCount(0);
    await expect(edges(bor)).toHaveCount(1);
    await expect(edges(ana)).toHaveCount(1);
    await until(fac.doc, () => connectors(fac).length === 1);
    expect(connectors(fac).map((c) => [c.from, c.to])).toEqual([[idOf(fac, 'Solar roofs'), idOf(fac, 'Grid capacity')]]);

    // Cancel leaves connect mode; the next tap only selects
    await ana.item('Heat pumps').tap();
    await ana.selectionBar.getByTestId('connect-start').tap();
    await ana.page.getByTestId('connect-cancel').tap();
    await expect(ana.page.getByTestId('connect-prompt')).toHaveCount(0);
    await ana.item('District heating').tap();
    await ana.expectSelected(1);
    await expect(edges(ana)).toHaveCount(1);

    // "Select several": each tap adds a note (or takes it out; quick taps do not open the editor);
    // two selected connect at once
    await ana.page.getByTestId('select-several').tap();
    await expect(ana.page.getByTestId('select-several')).toHaveAttribute('aria-pressed', 'true');
    await ana.item('Heat pumps').tap();
    await ana.expectSelected(2);
    await ana.item('Heat pumps').tap();
    await ana.expectSelected(1);
    await ana.item('Heat pumps').tap();
    await ana.expectSelected(2);
    await expect(ana.editor).toHaveCount(0);
    await expect(ana.selectionBar).toContainText('2 items selected');
    await ana.page.screenshot({ path: `${SHOTS}/phone-select-several.png` });
    await ana.selectionBar.getByTestId('connect').tap();
    await expect(edges(bor)).toHaveCount(2);
    // dragged by a finger, a selected note moves with the rest of the selection and stays in it
    const before = await ana.position('District heating');
    const grab = await body(ana.item('Heat pumps'));
    await touchDrag(ana.page, grab, { x: grab.x, y: grab.y + 40 });
    await expect.poll(async () => (await ana.position('District heating')).y).toBeGreaterThan(before.y + 20);
    await ana.expectSelected(2);
    // turned off, a tap selects one note again
    await ana.page.getByTestId('select-several').tap();
    await ana.item('Solar roofs').tap();
    await ana.expectSelected(1);
    // and a finger drags the selected note's dot onto the middle of another (the page does not scroll)
    await ana.item('Grid capacity').tap();
    await ana.canvas.scrollIntoViewIfNeeded();
    const scrolled = await ana.page.evaluate(() => scrollY);
    await touchDrag(ana.page, await centre(ana.item('Grid capacity').locator('.connect-dot')), await body(ana.item('District heating')));
    await expect(edges(bor)).toHaveCount(3);
    expect(await ana.page.evaluate(() => scrollY)).toBe(scrolled);
    await ana.page.screenshot({ path: `${SHOTS}/phone-connected.png` });
    await bor.page.screenshot({ path: `${SHOTS}/tablet-sees-connectors.png` });

    // in private mode a new note is Ana's alone: it joins nothing, by any way
    setPrivateMode(fac.doc, true);
    await expect(ana.page.getByTestId('private-mode-notice')).toBeVisible();
    await ana.page.getByTestId('add-note').tap();
    await expect(ana.editor).toBeFocused();
    await ana.page.keyboard.type('Secret idea');
    await ana.page.keyboard.press('Escape');
    await expect(ana.item('Secret idea')).toContainText('Private');
    await ana.item('Secret idea').tap();
    await ana.expectSelected(1);
    await expect(ana.selectionBar).toBeVisible();
    await expect(ana.selectionBar.getByTestId('connect-start')).toHaveCount(0);
    // a tap on the empty canvas clears the selection (and its bar, which may cover a note)
    const pane = (await ana.canvas.boundingBox())!;
    await ana.canvas.tap({ position: { x: pane.width - 12, y: 12 } });
    await ana.expectSelected(0);
    await ana.item('Solar roofs').tap();
    await ana.selectionBar.getByTestId('connect-start').tap();
    await ana.item('Secret idea').tap();
    await expect(ana.notice).toContainText('A private note joins nothing');
    await ana.page.getByTestId('connect-cancel').tap();
    await ana.page.waitForTimeout(300);
    await expect(edges(bor)).toHaveCount(3);
    expect(connectors(fac)).toHaveLength(3);
    fac.destroy();
    await ana.page.context().close(); await bor.page.context().close();
  });

  test('a note\'s dot dragged onto the middle of another note joins them, by finger on a tablet and by mouse on a laptop; "Connect to…" by keyboard', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Touch handle');
    const fac = await seedNotes(server.url, board);
    const ana = new CanvasPage(await personOn(browser, TABLET, server.url, board, 'editor', 'Ana'));
    const bor = new CanvasPage(await personOn(browser, DESKTOP, server.url, board, 'editor', 'Bor'));
    await openCanvas(ana);
    await openCanvas(bor, false);
    const edges = (p: CanvasPage) => p.page.locator('.svelte-flow__edge');

    // by finger: the selected note's dot is a 44 px target; dropped on the other note's middle
    await ana.item('Solar roofs').tap();
    await ana.expectSelected(1);
    const dot = ana.item('Solar roofs').locator('.connect-dot');
    const hit = (await dot.boundingBox())!;
    expect(hit.width).toBeGreaterThanOrEqual(40);
    expect(hit.height).toBeGreaterThanOrEqual(40);
    // an unselected note's dot takes no touches: a finger near its edge drags the note
    await expect(ana.item('Grid capacity').locator('.connect-dot')).toHaveCSS('visibility', 'hidden');
    await ana.page.screenshot({ path: `${SHOTS}/tablet-selected.png` });
    await touchDrag(ana.page, await centre(dot), await body(ana.item('Grid capacity')));
    await expect(edges(bor)).toHaveCount(1);
    await until(fac.doc, () => connectors(fac).length === 1);
    expect(connectors(fac).map((c) => [c.from, c.to])).toEqual([[idOf(fac, 'Solar roofs'), idOf(fac, 'Grid capacity')]]);

    // dropped on the note it started from, it makes nothing
    await ana.item('Heat pumps').tap();
    await touchDrag(ana.page, await centre(ana.item('Heat pumps').locator('.connect-dot')), await body(ana.item('Heat pumps')));
    await ana.page.waitForTimeout(300);
    await expect(edges(ana)).toHaveCount(1);

    // by mouse: the same drop on the middle of a note
    await bor.click('Heat pumps');
    const from = await centre(bor.item('Heat pumps').locator('.connect-dot'));
    const to = await body(bor.item('District heating'));
    await bor.page.mouse.move(from.x, from.y);
    await bor.page.mouse.down();
    await bor.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
    await bor.page.mouse.move(to.x, to.y, { steps: 6 });
    // the note under the pointer shows it will take the connector
    await expect(bor.item('District heating').locator('.drop-target')).toHaveClass(/valid/);
    await bor.page.screenshot({ path: `${SHOTS}/desktop-drop-on-note.png` });
    await bor.page.mouse.up();
    await expect(edges(ana)).toHaveCount(2);
    await until(fac.doc, () => connectors(fac).length === 2);
    expect(connectors(fac).map((c) => [c.from, c.to])).toContainEqual([idOf(fac, 'Heat pumps'), idOf(fac, 'District heating')]);
    // the mouse and keyboard help still speaks of Shift and keys
    await expect(bor.page.getByTestId('canvas-help')).toContainText('Shift-click');
    // "Connect to…" from the keyboard: focus goes to the item, Tab moves on, Enter joins; Escape leaves
    await bor.click('Solar roofs');
    await bor.selectionBar.getByTestId('connect-start').click();
    await expect(bor.page.getByTestId('connect-prompt')).toContainText('Click the item to connect to');
    await expect(bor.node('Solar roofs')).toBeFocused();
    for (let i = 0; i < 3; i++) await bor.page.keyboard.press('Tab');
    await expect(bor.node('District heating')).toBeFocused();
    await bor.page.keyboard.press('Enter');
    await expect(edges(ana)).toHaveCount(3);
    await expect(bor.page.getByTestId('connect-prompt')).toHaveCount(0);
    await bor.click('Grid capacity');
    await bor.selectionBar.getByTestId('connect-start').click();
    await bor.page.keyboard.press('Escape');
    await expect(bor.page.getByTestId('connect-prompt')).toHaveCount(0);
    await bor.expectSelected(1);
    await expect(bor.editor).toHaveCount(0);
    fac.destroy();
    await ana.page.context().close(); await bor.page.context().close();
  });

  test('zoom buttons and resize corners are big enough for a finger on a phone and a tablet', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Touch targets');
    const fac = await seedNotes(server.url, board);
    for (const [device, name] of [[PHONE, 'phone'], [TABLET, 'tablet']] as const) {
      const ana = new CanvasPage(await personOn(browser, device, server.url, board, 'editor', 'Ana'));
      await openCanvas(ana);
      for (const button of await ana.page.locator('.svelte-flow__controls-button').all()) {
        const b = (await button.boundingBox())!;
        expect(b.width, `${name} zoom button width`).toBeGreaterThanOrEqual(40);
        expect(b.height, `${name} zoom button height`).toBeGreaterThanOrEqual(40);
      }
      await ana.item('Grid capacity').tap();
      const corners = ana.node('Grid capacity').locator('.svelte-flow__resize-control.handle');
      await expect(corners).toHaveCount(4);
      for (const corner of await corners.all()) expect((await corner.boundingBox())!.width).toBeGreaterThanOrEqual(24);
      await ana.page.screenshot({ path: `${SHOTS}/${name}-targets.png` });
      await ana.page.context().close();
    }
    fac.destroy();
  });

  // a phone of today, and a small one (its screen less the browser's bars)
  for (const [phone, size] of [[PHONE, '390×844'], [{ ...PHONE, viewport: { width: 375, height: 600 } }, '375×600']] as const) {
    test(`"bring everyone to me" puts the facilitator's notes on a phone's screen (${size})`, async ({ browser, server, createBoard }) => {
      const board = await createBoard('Touch summon');
      const fac = await seedNotes(server.url, board);
      const fran = new CanvasPage(await personOn(browser, DESKTOP, server.url, board, 'facilitator', 'Fran'));
      const ana = new CanvasPage(await personOn(browser, phone, server.url, board, 'editor', 'Ana', 'stakeholders'));
      await expect(ana.page.getByTestId('view-stakeholders')).toHaveAttribute('aria-current', 'page');
      await fran.open();
      await expect(fran.items).toHaveCount(4);
      await fran.page.waitForTimeout(500); // the first fit glides in
      // the facilitator looks a little closer
      await fran.page.getByRole('button', { name: 'Zoom in' }).click();
      await fran.page.waitForTimeout(400);
      await fran.page.getByTestId('summon').click();
      await fran.page.screenshot({ path: `${SHOTS}/desktop-summoning-${size}.png` });

      await expect(ana.page.getByTestId('view-canvas')).toHaveAttribute('aria-current', 'page');
      await ana.page.waitForTimeout(600); // the view glides there
      await ana.page.screenshot({ path: `${SHOTS}/phone-summoned-${size}.png` });
      const screen = ana.page.viewportSize()!;
      // the page scrolled to the canvas: the bars above no longer push its pane below the screen
      const pane = (await ana.canvas.boundingBox())!;
      expect(pane.y).toBeGreaterThanOrEqual(0);
      expect(pane.y + pane.height).toBeLessThanOrEqual(screen.height + 1);
      // and each note the facilitator sees whole is on the phone's screen
      const seen = await fran.items.evaluateAll((items) => {
        const pane = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
        return items.filter((n) => {
          const r = n.getBoundingClientRect();
          return r.left >= pane.left && r.right <= pane.right && r.top >= pane.top && r.bottom <= pane.bottom;
        }).map((n) => n.querySelector('[data-testid="canvas-item-text"]')!.textContent!.trim());
      });
      expect(seen.length, 'notes wholly in the facilitator\'s view').toBeGreaterThan(0);
      for (const text of seen) {
        const b = (await ana.item(text).boundingBox())!;
        expect(b.y, `${text} top`).toBeGreaterThanOrEqual(pane.y);
        expect(b.y + b.height, `${text} bottom`).toBeLessThanOrEqual(Math.min(screen.height, pane.y + pane.height));
        expect(b.x, `${text} left`).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, `${text} right`).toBeLessThanOrEqual(screen.width);
      }
      fac.destroy();
      await fran.page.context().close(); await ana.page.context().close();
    });
  }

  test('a summon brings a phone opened just after it, but not one opened on a later summon', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Touch newcomer');
    const fac = await seedNotes(server.url, board);
    const fran = new CanvasPage(await personOn(browser, DESKTOP, server.url, board, 'facilitator', 'Fran'));
    await fran.open();
    await fran.page.getByTestId('summon').click();
    // a participant opening their link (to the stakeholders) a moment later is brought to the canvas
    const late = await personOn(browser, PHONE, server.url, board, 'editor', 'Ana', 'stakeholders');
    await expect(late.getByTestId('view-canvas')).toHaveAttribute('aria-current', 'page');
    await expect(late.getByTestId('canvas')).toBeVisible();

    // a summon half a minute old is history: a newcomer stays on the view their link names
    summonEveryone(fac.doc, { view: 'canvas', x: 0, y: 0, zoom: 1, by: 'someone-earlier', at: Date.now() - 30_000 });
    const newcomer = await personOn(browser, PHONE, server.url, board, 'editor', 'Bor', 'stakeholders');
    await expect(newcomer.getByTestId('view-stakeholders')).toHaveAttribute('aria-current', 'page');
    await newcomer.waitForTimeout(1500);
    await expect(newcomer.getByTestId('view-stakeholders')).toHaveAttribute('aria-current', 'page');
    await newcomer.screenshot({ path: `${SHOTS}/phone-newcomer.png` });
    // and those already here keep their place too
    await expect(late.getByTestId('view-canvas')).toHaveAttribute('aria-current', 'page');
    fac.destroy();
    for (const p of [fran.page, late, newcomer]) await p.context().close();
  });
});
