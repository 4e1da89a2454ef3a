/**
 * Client figures in headless Chromium: how long the large board takes to become usable at
 * /b/<id>#token=…, and frame times while panning each view (portfolio matrix, stakeholder network,
 * canvas) with drags and wheel events, timed by requestAnimationFrame inside the page.
 */
import { chromium, type Page } from 'playwright-core';
import { percentile } from '../loadgen/recorder.ts';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const READY_SELECTOR = '[data-testid="board-ready"]';

export interface FrameFigures { view: string; action: 'pan' | 'drag'; frames: number; p50Ms: number; p95Ms: number; maxMs: number; fps: number }
export interface BrowserFigures { readyMs: number | null; frames: FrameFigures[]; note?: string }

// Page scripts are strings: tsx would wrap functions with helpers that do not exist in the page.
const START_RECORDING = `(() => {
  window.__frames = [];
  window.__recording = true;
  let last = performance.now();
  const tick = (t) => {
    window.__frames.push(t - last);
    last = t;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_RECORDING = '(() => { window.__recording = false; return window.__frames.slice(1); })()';
// A point of the area where a drag pans: not on a card, node, edge or control (dragging those
// would measure moving an item, not panning). Falls back to the area's centre.
const EMPTY_SPOT = (selector: string) => `(() => {
  const area = document.querySelector(${JSON.stringify(selector)});
  if (!area) return null;
  const r = area.getBoundingClientRect();
  for (let fy = 0.5; fy < 0.95; fy += 0.05) for (const fx of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
    const x = r.left + r.width * fx, y = r.top + r.height * fy;
    const hit = document.elementFromPoint(x, y);
    if (hit && area.contains(hit) && !hit.closest('button, input, textarea, select, a, .svelte-flow__node, .svelte-flow__edge, .svelte-flow__panel, .svelte-flow__minimap, [data-testid="intervention-card"]')) return { x, y };
  }
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
})()`;

// the centre of the item nearest the middle of the area (a stakeholder node, a canvas note)
const NODE_NEAR_CENTRE = (selector: string) => `(() => {
  const area = document.querySelector(${JSON.stringify(selector)});
  if (!area) return null;
  const r = area.getBoundingClientRect();
  const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
  let best = null, bestD = Infinity;
  for (const n of area.querySelectorAll('.svelte-flow__node')) {
    const b = n.getBoundingClientRect();
    const x = b.left + b.width / 2, y = b.top + b.height / 2;
    if (x < r.left + 40 || x > r.right - 40 || y < r.top + 40 || y > r.bottom - 40) continue;
    const d = Math.hypot(x - cx, y - cy);
    if (d < bestD) { bestD = d; best = { x, y: b.top + Math.min(12, b.height / 3) }; }
  }
  return best;
})()`;
const VIEWS = ['portfolio matrix', 'stakeholder network', 'canvas'];
const VIEW_IDS = ['portfolio', 'stakeholders', 'canvas'];
const PAN_AREAS = ['main.view', '[data-testid="stakeholder-network"]', '[data-testid="canvas"]'];

/** Frame times (requestAnimationFrame inside the page) while `act` runs again and again for `ms`. */
async function recordFrames(page: Page, view: string, action: FrameFigures['action'], ms: number, act: (step: number) => Promise<void>): Promise<FrameFigures> {
  await page.evaluate(START_RECORDING);
  const end = Date.now() + ms;
  for (let step = 0; Date.now() < end; step++) await act(step);
  const deltas = await page.evaluate(STOP_RECORDING) as number[];
  const sorted = Float64Array.from(deltas).sort();
  const total = deltas.reduce((a, b) => a + b, 0);
  return {
    view, action, frames: deltas.length, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95),
    maxMs: sorted.length ? sorted[sorted.length - 1]! : NaN, fps: total > 0 ? (deltas.length * 1000) / total : NaN,
  };
}

export async function measureBrowser(boardUrl: string, panMs: number): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const started = Date.now();
    await page.goto(boardUrl);
    try {
      await page.waitForSelector(READY_SELECTOR, { timeout: 60_000 });
    } catch {
      return { readyMs: null, frames: [], note: `${READY_SELECTOR} did not appear within 60 s` };
    }
    const readyMs = Date.now() - started;
    // a first visit asks for a name: give one, as a person would
    const nameInput = page.locator('[data-testid="name-dialog"] input[name="name"]');
    if (await nameInput.isVisible().catch(() => false)) {
      await nameInput.fill('Bench');
      await nameInput.press('Enter');
      await nameInput.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    }
    const frames: FrameFigures[] = [];
    const tabs = page.locator('nav.views button');
    for (let i = 0; i < VIEWS.length; i++) {
      const tab = page.locator(`[data-testid="view-${VIEW_IDS[i]}"]`);
      if (await tab.count()) await tab.first().click({ timeout: 5000 });
      else if (await tabs.count() > i) await tabs.nth(i).click({ timeout: 5000 });
      if (VIEW_IDS[i] === 'stakeholders') {
        const network = page.locator('button[data-subview="network"]');
        if (await network.count()) await network.first().click({ timeout: 5000 });
      }
      await page.waitForTimeout(500);
      frames.push(await recordFrames(page, VIEWS[i]!, 'pan', panMs, async (step) => {
        // drag on an empty spot of the view, then wheel: what panning looks like to the page
        // (the view has moved since the last drag: find an empty spot again)
        const spot = await page.evaluate(EMPTY_SPOT(PAN_AREAS[i]!)) as { x: number; y: number } | null;
        const cx = spot?.x ?? 720;
        const cy = spot?.y ?? 450;
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        for (let k = 1; k <= 10; k++) await page.mouse.move(cx + (step % 2 ? -k : k) * 15, cy + (step % 2 ? -k : k) * 5);
        await page.mouse.up();
        await page.mouse.wheel(0, step % 2 ? -240 : 240);
      }));
      await page.keyboard.press('Escape');
      // on the graph views, drag one item back and forth: every move is written to the board
      const node = VIEW_IDS[i] === 'portfolio' ? null : await page.evaluate(NODE_NEAR_CENTRE(PAN_AREAS[i]!)) as { x: number; y: number } | null;
      if (node) {
        await page.mouse.move(node.x, node.y);
        await page.mouse.down();
        let at = { ...node };
        frames.push(await recordFrames(page, VIEWS[i]!, 'drag', panMs / 2, async (step) => {
          for (let k = 0; k < 10; k++) {
            at = { x: at.x + (step % 2 ? -6 : 6), y: at.y + (step % 2 ? -3 : 3) };
            await page.mouse.move(at.x, at.y);
          }
        }));
        await page.mouse.up();
        await page.keyboard.press('Escape');
      }
    }
    return { readyMs, frames };
  } finally {
    await browser.close();
  }
}
