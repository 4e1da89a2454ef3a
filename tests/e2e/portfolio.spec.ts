/**
 * The portfolio of interventions in real browsers: two people on one board see each other's
 * matrix drags, table edits and emissions-gap figures live; keyboard-only moves; undo that
 * touches only one's own edit; read-only roles; CSV import from the UI; axe on every sub-view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { test, expect, openBoard, importCsv, expectNoAxeViolations, KRANJ, type Board } from './support/fixtures.ts';
import { PortfolioPage } from './pages/portfolio-page.ts';

const CSV = [
  'code,title,field,lever,status,responsible,reduction_tco2e_per_year,cost_eur',
  '1.1,Heat pumps,Energy systems,Technology/Infrastructure,planned,City of Kranj,1200,500000',
  '2.1,Bike lanes,Mobility & transport,Technology/Infrastructure,idea,City of Kranj,300,2000000',
  'GOV-1,Climate office,,Governance & Policy,ongoing,Mayor\'s office,,150000',
].join('\n');

const VIEW = '[data-testid="portfolio-view"]';

async function twoEditors(browser: Browser, serverUrl: string, board: Board) {
  const [a, b] = [await browser.newContext(), await browser.newContext()];
  const ana = new PortfolioPage(await a.newPage());
  const bor = new PortfolioPage(await b.newPage());
  await openBoard(ana.page, serverUrl, board.id, board.tokens.editor, 'Ana');
  await openBoard(bor.page, serverUrl, board.id, board.tokens.editor, 'Bor');
  return { ana, bor, close: async () => { await a.close(); await b.close(); } };
}

test.describe('portfolio of interventions', () => {
  test('a card created and dragged in one browser lands in the same cell in the other', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Drag');
    const { ana, bor, close } = await twoEditors(browser, server.url, board);
    await ana.open('matrix');
    await bor.open('matrix');

    await ana.addCard('energy', 'technology', 'Solar on schools');
    await expect(bor.cell('energy', 'technology').getByTestId('intervention-card').filter({ hasText: 'Solar on schools' })).toBeVisible();

    await ana.dragCard('Solar on schools', 'mobility', 'governance');
    await expect(ana.cell('mobility', 'governance').getByTestId('intervention-card').filter({ hasText: 'Solar on schools' })).toBeVisible();
    await expect(bor.cell('mobility', 'governance').getByTestId('intervention-card').filter({ hasText: 'Solar on schools' })).toBeVisible();
    await expect(bor.cell('energy', 'technology').getByTestId('intervention-card')).toHaveCount(0);
    // what Ana has selected shows in Bor's matrix as an outline in her colour
    await expect(bor.card('Solar on schools')).not.toHaveAttribute('style', /box-shadow/);
    await ana.card('Solar on schools').click();
    await expect(bor.card('Solar on schools')).toHaveAttribute('style', /box-shadow/);
    await close();
  });

  test('a title edited in the table changes the matrix card in the other browser', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Table edit');
    await importCsv(server.url, board, 'interventions.csv', CSV);
    const { ana, bor, close } = await twoEditors(browser, server.url, board);
    await ana.open('table');
    await bor.open('matrix');
    await expect(bor.card('Heat pumps')).toBeVisible();
    // the rows shown are totalled at the foot
    const total = ana.page.getByTestId('table-total');
    await expect(total).toContainText('Total of the 3 shown');
    await expect(total).toContainText('1,500');
    await expect(total).toContainText('2,650,000');

    const title = ana.tableInput('Title', '1.1 Heat pumps');
    await title.fill('Heat pumps in every school');
    await title.press('Enter');
    await expect(bor.cell('energy', 'technology').getByTestId('intervention-card')).toContainText('Heat pumps in every school');

    // the table sorts by a column header and says so to screen readers
    await ana.table.getByRole('button', { name: /GHG reduction/ }).click();
    await expect(ana.table.locator('th[aria-sort="ascending"]')).toContainText('GHG reduction');
    await expect(ana.table.locator('tbody tr').first().locator('th[scope="row"] input')).toHaveValue('Bike lanes');
    // a negative cost is refused with a reason, and nothing is written
    const cost = ana.tableInput('Total cost (EUR)', '2.1 Bike lanes');
    await cost.fill('-5');
    await expect(cost).toHaveAttribute('aria-invalid', 'true');
    await expect(ana.table.getByRole('alert')).toHaveText('No negative figures.');
    await cost.press('Tab');
    await bor.show('table');
    await expect(bor.tableInput('Total cost (EUR)', '2.1 Bike lanes')).toHaveValue('2,000,000');
    await close();
  });

  test('a card moves between cells with the keyboard alone', async ({ page, server, createBoard }) => {
    const board = await createBoard('Keyboard');
    await importCsv(server.url, board, 'interventions.csv', CSV);
    const p = new PortfolioPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor);
    await p.open('matrix');

    await p.card('Heat pumps').focus();
    await page.keyboard.press('m');
    await expect(p.announcer).toContainText('Picked up 1.1 Heat pumps');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(p.cell('mobility', 'social')).toHaveClass(/target/);
    await page.keyboard.press('Enter');
    await expect(p.cell('mobility', 'social').getByTestId('intervention-card')).toContainText('Heat pumps');
    await expect(p.announcer).toContainText('Moved 1.1 Heat pumps to Mobility & transport, Social Innovation');
    // focus stays on the moved card; Escape puts a picked-up card back where it was
    await expect(p.card('Heat pumps')).toBeFocused();
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await expect(p.announcer).toContainText('Move cancelled');
    await expect(p.cell('mobility', 'social').getByTestId('intervention-card')).toContainText('Heat pumps');
    // undo puts it back, says so, and the keyboard stays on the card
    await page.keyboard.press('Control+z');
    await expect(p.cell('energy', 'technology').getByTestId('intervention-card')).toContainText('Heat pumps');
    await expect(page.getByTestId('step-announcement')).toHaveText('Undone');
    await expect(p.card('Heat pumps')).toBeFocused();
  });

  test('undo reverts only one\'s own edit, never someone else\'s', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Undo');
    await importCsv(server.url, board, 'interventions.csv', CSV);
    const { ana, bor, close } = await twoEditors(browser, server.url, board);
    await ana.open('matrix');
    await bor.open('matrix');

    await ana.card('Heat pumps').click();
    const title = ana.panel.getByLabel('Title', { exact: true });
    await title.fill('Heat pumps for all');
    await title.blur();
    await expect(bor.card('Heat pumps for all')).toBeVisible();

    await bor.card('Heat pumps for all').click();
    const cost = bor.panel.getByLabel('Total cost (EUR)');
    await cost.fill('750000');
    await cost.blur();
    await expect(ana.panel.getByLabel('Total cost (EUR)')).toHaveValue('750,000');

    await ana.card('Heat pumps for all').focus();
    await ana.page.keyboard.press('Control+z');
    for (const p of [ana, bor]) {
      await expect(p.card('1.1')).toContainText('Heat pumps');
      await expect(p.card('1.1')).not.toContainText('for all');
      await expect(p.panel.getByLabel('Total cost (EUR)')).toHaveValue('750,000');
    }
    await close();
  });

  test('emissions-gap figures entered in one browser update the other\'s gap', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Gap');
    await importCsv(server.url, board, 'interventions.csv', CSV);
    const { ana, bor, close } = await twoEditors(browser, server.url, board);
    await ana.open('analytics');
    await bor.open('analytics');

    await ana.page.getByTestId('gap-baselineTco2e').fill('10000');
    await ana.page.getByTestId('gap-otherPlansTco2e').fill('5000');
    await ana.page.getByTestId('gap-otherPlansTco2e').blur();
    await expect(bor.page.getByTestId('gap-target')).toHaveText('8,000');
    await expect(bor.page.getByTestId('gap-gap')).toContainText('3,000');
    await expect(bor.page.getByTestId('gap-portfolio')).toContainText('1,500');
    await expect(bor.page.getByTestId('gap-progress')).toContainText('The portfolio closes 50 % of the gap.');
    await expect(bor.page.getByTestId('gap-baselineTco2e')).toHaveValue('10,000');

    // an invalid figure is not written
    await ana.page.getByTestId('gap-targetReductionPct').fill('120');
    await expect(ana.gap.getByRole('alert')).toHaveText('Enter a percentage between 0 and 100.');
    await ana.page.getByTestId('gap-targetReductionPct').blur();
    await expect(bor.page.getByTestId('gap-targetReductionPct')).toHaveValue('80');
    await close();
  });

  test('a focused input keeps what is being typed while someone else changes the card', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Drafts');
    await importCsv(server.url, board, 'stakeholders.csv', 'name,organisation,sector\nDomplan,Domplan d.d.,business\n');
    await importCsv(server.url, board, 'interventions.csv', `${CSV.split('\n')[0]},stakeholders\n1.1,Heat pumps,Energy systems,Technology,planned,City,1200,500000,Domplan\n`);
    const { ana, bor, close } = await twoEditors(browser, server.url, board);
    await ana.open('matrix');
    await bor.open('table');

    await ana.card('Heat pumps').click();
    const title = ana.panel.getByLabel('Title', { exact: true });
    await title.click();
    await title.press('End');
    await ana.page.keyboard.type(' by Ana');
    await expect(bor.tableInput('Title', '1.1 Heat pumps by Ana')).toBeVisible(); // written while typing pauses
    const theirs = bor.tableInput('Title', '1.1 Heat pumps by Ana');
    await theirs.fill('Renamed by Bor');
    await theirs.press('Enter');
    await expect(ana.card('Renamed by Bor')).toBeVisible();
    await expect(title).toBeFocused();
    await expect(title).toHaveValue('Heat pumps by Ana');

    // the linked stakeholder is one click away, and can highlight its cards on the matrix
    await ana.panel.getByRole('button', { name: 'Open stakeholder Domplan' }).click();
    await expect(ana.page.getByTestId('stakeholder-panel')).toBeVisible();
    await ana.page.getByTestId('highlight-on-matrix').click();
    await expect(ana.page.getByTestId('highlight-banner')).toContainText('Domplan');
    await expect(ana.card('Renamed by Bor')).toHaveClass(/highlighted/);
    await close();
  });

  test('a card deleted from its open panel goes for both, without an error, and Undo brings it back', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Delete');
    await importCsv(server.url, board, 'interventions.csv', CSV);
    const { ana, bor, close } = await twoEditors(browser, server.url, board);
    const errors: string[] = [];
    ana.page.on('pageerror', (e) => errors.push(e.message));
    ana.page.on('dialog', (d) => void d.accept());
    await ana.open('matrix');
    await bor.open('matrix');
    await ana.card('Bike lanes').click();
    await ana.panel.getByTestId('delete-intervention').click();
    await expect(ana.panel).toHaveCount(0);
    await expect(bor.card('Bike lanes')).toHaveCount(0);
    await expect(ana.page.getByTestId('intervention-count')).toHaveText('2 interventions');
    await ana.page.keyboard.press('Control+z');
    await expect(bor.card('Bike lanes')).toBeVisible();
    expect(errors).toEqual([]);
    await close();
  });

  test('a figure field shows every digit to edit, and focusing and leaving it writes nothing', async ({ page, server, createBoard }) => {
    const board = await createBoard('Digits');
    await importCsv(server.url, board, 'interventions.csv', CSV);
    const p = new PortfolioPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor);
    await p.open('matrix');
    await p.card('Heat pumps').click();
    const reduction = p.panel.getByTestId('panel-reduction');
    await reduction.fill('0.125');
    await reduction.press('Tab');
    await expect(reduction).toHaveValue('0.13'); // rounded to read
    for (let i = 0; i < 2; i++) {
      await reduction.focus();
      await expect(reduction).toHaveValue('0.125'); // every digit to edit
      await reduction.press('Tab');
    }
    await reduction.focus();
    await expect(reduction).toHaveValue('0.125');
    // a figure as a European plan prints it says how it was read
    await reduction.fill('14.342');
    await expect(p.panel.getByTestId('figure-reading')).toHaveText('Read as 14.342. For 14,342, leave out the point or write a comma.');
    await reduction.fill('14342');
    await expect(p.panel.getByTestId('figure-reading')).toHaveCount(0);
  });

  test('viewers see the portfolio but no edit controls', async ({ page, server, createBoard }) => {
    const board = await createBoard('Viewer');
    await importCsv(server.url, board, 'interventions.csv', CSV);
    const p = new PortfolioPage(page);
    await openBoard(page, server.url, board.id, board.tokens.viewer);
    await p.open('matrix');
    await expect(p.card('Heat pumps')).toBeVisible();
    await expect(p.matrix.getByTestId('add-card')).toHaveCount(0);
    await expect(page.getByTestId('import-interventions')).toHaveCount(0);
    await p.card('Heat pumps').click();
    await expect(p.panel).toBeVisible();
    await expect(p.panel.getByRole('textbox')).toHaveCount(0);
    await expect(p.panel.getByTestId('delete-intervention')).toHaveCount(0);
    await p.show('table');
    await expect(p.table.getByRole('textbox')).toHaveCount(0);
    await p.show('analytics');
    await expect(p.gap.getByRole('textbox')).toHaveCount(0);
  });

  test('an interventions CSV imported from the UI reports what it did', async ({ page, server, createBoard }) => {
    const board = await createBoard('Import');
    const p = new PortfolioPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor);
    await p.open('matrix');
    await page.getByTestId('import-interventions-file').setInputFiles({
      name: 'plan.csv', mimeType: 'text/csv',
      buffer: Buffer.from('code;title;field;lever;cost_eur\n1.1;Heat pumps;Energy systems;Technology;21.827.000\n;;;;\n'),
    });
    // first what it would do, on a copy: the board is untouched until the person says yes
    const preview = page.getByTestId('portfolio-import-preview');
    await expect(preview).toContainText('1 added, 0 updated');
    await expect(preview.getByRole('heading', { name: 'Tried on a copy: nothing has changed yet' })).toBeFocused();
    await expect(p.cell('energy', 'technology').getByTestId('intervention-card')).toHaveCount(0);
    await preview.getByTestId('portfolio-import-confirm').click();
    const report = page.getByTestId('portfolio-import-report');
    await expect(report).toContainText('1 added, 0 updated');
    await expect(report).toContainText('Numbers read as European');
    // focus goes to the report and back to the button; the live region says one line
    await expect(report.getByRole('heading', { name: 'Import report' })).toBeFocused();
    await expect(page.getByTestId('portfolio-import-summary')).toHaveText(/^1 added, 0 updated, \d+ skipped\.$/);
    await report.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('import-interventions')).toBeFocused();
    await expect(p.cell('energy', 'technology').getByTestId('intervention-card')).toContainText('€ 21.8M');
  });

  test('every sub-view passes axe with the Kranj plan loaded', async ({ page, server, createBoard }) => {
    const board = await createBoard('Axe', { city: 'Kranj' });
    await importCsv(server.url, board, 'stakeholders.csv', readFileSync(join(KRANJ, 'stakeholders.csv'), 'utf8'));
    await importCsv(server.url, board, 'interventions.csv', readFileSync(join(KRANJ, 'interventions.csv'), 'utf8'));
    const p = new PortfolioPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor);
    await p.open('matrix');
    await expect(page.getByTestId('intervention-count')).toHaveText('35 interventions');
    await p.card('Phase out fossil fuel').click();
    await expect(p.panel).toBeVisible();
    for (const sub of ['matrix', 'table', 'analytics', 'pathways'] as const) {
      await p.show(sub);
      await expectNoAxeViolations(page, VIEW);
    }
  });
});
