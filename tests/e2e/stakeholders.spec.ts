/**
 * The stakeholder map in real browsers: two people on one board see each other's grid drags
 * and network relations live; filters, keyboard-only creation, read-only roles and axe checks.
 */
import { test, expect, openBoard, importCsv, expectNoAxeViolations } from './support/fixtures.ts';
import { StakeholdersPage } from './pages/stakeholders-page.ts';

const CSV = [
  'name,organisation,sector,power,interest,attitude,engagement',
  'Alpha,City of Kranj,public,20,20,supporter,inform',
  'Beta,Domplan,business,80,30,opponent,consult',
  'Gamma,Zavod Zeleni,civil,30,80,neutral,involve',
  'Delta,Iskra,business,70,70,unknown,collaborate',
].join('\n');

// the stakeholder view itself (the shell has its own checks)
const VIEW = '[data-testid="stakeholders-view"]';

test.describe('stakeholder map', () => {
  test('a stakeholders CSV imported from the UI reports its warnings, keeps focus and announces one line', async ({ page, server, createBoard }) => {
    const board = await createBoard('Import');
    const sh = new StakeholdersPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor);
    await sh.open('table');
    const button = page.getByTestId('import-stakeholders');
    await button.focus();
    await page.getByTestId('import-stakeholders-file').setInputFiles({
      name: 'map.csv', mimeType: 'text/csv',
      buffer: Buffer.from('name,sector,power\nAlpha,pirates,80\nBeta,public,lots\n'),
    });
    // tried on a copy first; Cancel leaves the board as it was, and a second try imports
    const preview = page.getByTestId('stakeholders-import-preview');
    await expect(preview).toContainText('Import: 1 added, 0 updated, 1 skipped.');
    await expect(preview.getByTestId('stakeholders-import-warnings')).toContainText('Row 2: unknown sector "pirates"');
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toHaveCount(0);
    await expect(button).toBeFocused();
    // the editor's table shows names in its inputs
    const alphas = () => page.getByTestId('stakeholder-table').locator('input').evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).value === 'Alpha').length);
    await expect.poll(alphas).toBe(0);
    await page.getByTestId('import-stakeholders-file').setInputFiles({
      name: 'map.csv', mimeType: 'text/csv',
      buffer: Buffer.from('name,sector,power\nAlpha,pirates,80\nBeta,public,lots\n'),
    });
    await preview.getByTestId('stakeholders-import-confirm').click();
    const report = page.getByTestId('stakeholders-import-report');
    await expect(report).toContainText('Import: 1 added, 0 updated, 1 skipped.');
    await expect(page.getByTestId('stakeholders-import-warnings')).toContainText('Row 2: unknown sector "pirates"');
    await expect(report.getByRole('heading', { name: 'Import report' })).toBeFocused();
    // the live region says the summary only, not the rows
    await expect(page.getByTestId('stakeholders-import-summary')).toHaveText('Import: 1 added, 0 updated, 1 skipped.');
    await expect.poll(alphas).toBe(1);
    await report.getByRole('button', { name: 'Close' }).click();
    await expect(report).toHaveCount(0);
    await expect(button).toBeFocused();
    // the same file again would change nothing, and the preview says so
    await page.getByTestId('import-stakeholders-file').setInputFiles({
      name: 'map.csv', mimeType: 'text/csv',
      buffer: Buffer.from('name,sector,power\nAlpha,pirates,80\nBeta,public,lots\n'),
    });
    await expect(preview).toContainText('Import: 0 added, 1 updated, 1 skipped.');
    await expect(preview.getByTestId('stakeholders-import-unchanged')).toHaveText('Already as in the file: 1.');
    await preview.getByRole('button', { name: 'Cancel' }).click();
  });

  test('a grid drag in one browser moves the marker into the new quadrant in the other', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Grid');
    await importCsv(server.url, board, 'stakeholders.csv', CSV);
    const [a, b] = [await browser.newContext(), await browser.newContext()];
    const ana = new StakeholdersPage(await a.newPage());
    const bor = new StakeholdersPage(await b.newPage());
    await openBoard(ana.page, server.url, board.id, board.tokens.editor, 'Ana');
    await openBoard(bor.page, server.url, board.id, board.tokens.editor, 'Bor');
    await ana.open('grid');
    await bor.open('grid');
    await expect(bor.marker('Alpha')).toHaveAttribute('data-quadrant', 'monitor');

    await ana.dragMarker('Alpha', 85, 90);
    await expect(ana.marker('Alpha')).toHaveAttribute('data-quadrant', 'manage');
    await expect(bor.marker('Alpha')).toHaveAttribute('data-quadrant', 'manage');

    // arrow keys move a focused marker too: Shift+Left by tens into "keep satisfied"
    await bor.marker('Alpha').focus();
    for (let i = 0; i < 5; i++) await bor.page.keyboard.press('Shift+ArrowLeft');
    await expect(ana.marker('Alpha')).toHaveAttribute('data-quadrant', 'satisfy');
    // what Bor has selected shows on Ana's grid and network as an outline in his colour
    await bor.marker('Beta').click();
    await expect(ana.marker('Beta')).toHaveAttribute('style', /box-shadow/);
    await ana.show('network');
    await expect(ana.node('Beta')).toHaveAttribute('style', /box-shadow/);
    await a.close(); await b.close();
  });

  test('a relation dragged between network nodes appears in the other browser\'s relations table', async ({ browser, server, createBoard }) => {
    const board = await createBoard('Network');
    await importCsv(server.url, board, 'stakeholders.csv', CSV);
    const [a, b] = [await browser.newContext(), await browser.newContext()];
    const ana = new StakeholdersPage(await a.newPage());
    const bor = new StakeholdersPage(await b.newPage());
    await openBoard(ana.page, server.url, board.id, board.tokens.editor, 'Ana');
    await openBoard(bor.page, server.url, board.id, board.tokens.editor, 'Bor');
    await ana.open('network');
    await bor.open('relations');
    await expect(ana.nodes).toHaveCount(4);

    await ana.connect('Alpha', 'Gamma');
    await expect(bor.relationRow('Alpha', 'Gamma')).toBeVisible();
    await expect(ana.network.locator('.svelte-flow__edge')).toHaveCount(1);
    // the new relation opens in the side panel for its details
    await expect(ana.page.getByTestId('relation-panel')).toBeVisible();
    await a.close(); await b.close();
  });

  test('a sector filter hides the other sectors\' nodes', async ({ page, server, createBoard }) => {
    const board = await createBoard('Filters');
    await importCsv(server.url, board, 'stakeholders.csv', CSV);
    const sh = new StakeholdersPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor);
    await sh.open('network');
    await expect(sh.nodes).toHaveCount(4);
    await sh.filterSector('Business');
    await expect(sh.nodes).toHaveCount(2);
    await expect(sh.node('Beta')).toBeVisible();
    await expect(sh.node('Delta')).toBeVisible();
    await expect(sh.node('Alpha')).toHaveCount(0);
    await expect(page.getByTestId('stakeholder-count')).toHaveText('2 stakeholders of 4');
  });

  test('a stakeholder and a relation can be created with the keyboard alone', async ({ page, server, createBoard }) => {
    const board = await createBoard('Keyboard');
    await importCsv(server.url, board, 'stakeholders.csv', CSV);
    const sh = new StakeholdersPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor);
    await sh.open('table');

    await sh.addButton.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Epsilon');          // the name field has focus
    await page.keyboard.press('Tab');
    await page.keyboard.type('Gorenjska Region');
    await page.keyboard.press('Enter');           // submits the dialog
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(sh.stakeholderTable.getByRole('textbox', { name: 'Name of Epsilon' })).toBeVisible();
    await expect(sh.panel.getByRole('heading', { name: 'Epsilon' })).toBeVisible();

    await page.locator('[data-subview="relations"]').focus();
    await page.keyboard.press('Enter');
    const form = page.getByTestId('new-relation-form');
    await form.getByRole('combobox', { name: 'From' }).focus();
    await page.keyboard.type('Epsilon');
    await page.keyboard.press('Tab');              // relation type
    await page.keyboard.type('Funds');
    await page.keyboard.press('Tab');              // to
    await page.keyboard.type('Beta');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');            // "Add relation"
    await expect(sh.relationRow('Epsilon', 'Beta')).toBeVisible();
    await expect(sh.relationTable.getByRole('combobox', { name: 'Relation type of relation Epsilon → Beta' })).toHaveValue('funds');
  });

  test('deleting a stakeholder removes its relations in one undoable change', async ({ page, server, createBoard }) => {
    const board = await createBoard('Delete');
    await importCsv(server.url, board, 'stakeholders.csv', CSV);
    const sh = new StakeholdersPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor);
    await sh.open('relations');
    const form = page.getByTestId('new-relation-form');
    await form.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Beta' });
    await form.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Delta' });
    await form.getByRole('button', { name: 'Add relation' }).click();
    await expect(sh.relationRow('Beta', 'Delta')).toBeVisible();

    await sh.show('table');
    page.once('dialog', (d) => void d.accept());
    await sh.stakeholderTable.getByRole('button', { name: 'Delete Beta' }).click();
    await expect(sh.stakeholderTable.getByRole('textbox', { name: 'Name of Beta' })).toHaveCount(0);
    await sh.show('relations');
    await expect(sh.relationTable.locator('tbody tr[data-id]')).toHaveCount(0);
    await page.getByRole('button', { name: /^undo$/i }).click();
    await expect(sh.relationRow('Beta', 'Delta')).toBeVisible();
  });

  test('viewers see everything but cannot change it', async ({ page, server, createBoard }) => {
    const board = await createBoard('Read only');
    await importCsv(server.url, board, 'stakeholders.csv', CSV);
    const sh = new StakeholdersPage(page);
    await openBoard(page, server.url, board.id, board.tokens.viewer);
    await sh.open('grid');
    await expect(sh.addButton).toHaveCount(0);
    // no instructions for what a viewer cannot do
    await expect(page.getByText('Drag a marker')).toHaveCount(0);
    await expect(page.getByText('Focus a marker to hear its quadrant')).toBeVisible();
    await sh.marker('Beta').click();
    await expect(sh.panel.getByRole('heading', { name: 'Beta' })).toBeVisible();
    await expect(sh.panel.getByRole('textbox')).toHaveCount(0);
    await sh.show('network');
    await expect(sh.node('Beta')).not.toHaveClass(/draggable/);
    await expect(page.getByText('Drag from a node')).toHaveCount(0);
    await sh.show('table');
    await expect(sh.stakeholderTable.getByRole('textbox')).toHaveCount(0);
  });

  test('every sub-view passes axe', async ({ page, server, createBoard }) => {
    const board = await createBoard('Axe');
    await importCsv(server.url, board, 'stakeholders.csv', CSV);
    const sh = new StakeholdersPage(page);
    await openBoard(page, server.url, board.id, board.tokens.editor);
    await sh.open('relations');
    const form = page.getByTestId('new-relation-form');
    await form.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Alpha' });
    await form.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Beta' });
    await form.getByRole('button', { name: 'Add relation' }).click();
    for (const sub of ['grid', 'network', 'table', 'relations'] as const) {
      await sh.show(sub);
      await expectNoAxeViolations(page, VIEW);
    }
    await sh.show('grid');
    await sh.marker('Gamma').click();
    await expect(sh.panel).toBeVisible();
    await expectNoAxeViolations(page, VIEW);
  });
});
