/**
 * Exports through the UI: a viewer downloads every file format and every picture from the export
 * menu of the Kranj board; each file is read back with an independent reader.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import mammoth from 'mammoth';
import { XMLValidator } from 'fast-xml-parser';
import { test, expect, openBoard, importCsv, expectNoAxeViolations, KRANJ } from './support/fixtures.ts';
import { ExportMenu } from './pages/export-menu.ts';
import { SCHEMA_VERSION } from '../../shared/schema/index.ts';

test('a viewer downloads every export format and picture of the Kranj board', async ({ page, server, createBoard }) => {
  test.setTimeout(180_000);
  const board = await createBoard('Kranj — Climate City Contract', { city: 'Kranj' });
  await importCsv(server.url, board, 'stakeholders.csv', readFileSync(join(KRANJ, 'stakeholders.csv'), 'utf8'));
  await importCsv(server.url, board, 'interventions.csv', readFileSync(join(KRANJ, 'interventions.csv'), 'utf8'));
  await openBoard(page, server.url, board.id, board.tokens.viewer);
  const menu = new ExportMenu(page);

  // keyboard: the toggle opens the menu, focus moves in, Escape closes it and returns focus
  await menu.toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-pdf')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '/tmp/export-menu.png' });
  await page.keyboard.press('Escape');
  await expect(menu.toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(menu.toggle).toBeFocused();

  const text = async (testId: string) => {
    const d = await menu.download(testId);
    return { name: d.suggestedFilename(), body: readFileSync((await d.path())!) };
  };

  const pdf = await text('export-pdf');
  expect(pdf.name).toBe('kranj-climate-city-contract.report.pdf');
  const pdfPath = join(server.dataDir, pdf.name);
  (await import('node:fs')).writeFileSync(pdfPath, pdf.body);
  const pdfText = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('A-2.1 Emissions gap');
  expect(pdfText).toContain('C-3.1 Financing of the action portfolio');

  const docx = await text('export-docx');
  expect(docx.name).toMatch(/\.report\.docx$/);
  expect((await mammoth.convertToHtml({ buffer: docx.body })).value).toMatch(/<table>[\s\S]*Total cost \(EUR\)/);

  const html = await text('export-html');
  expect(html.body.toString('utf8')).toContain('<h2 id="financing-h">C-3.1 Financing of the action portfolio</h2>');

  const md = await text('export-md');
  expect(md.body.toString('utf8')).toContain('## B-1.1 Impact pathways');

  const xlsx = await text('export-xlsx');
  const book = XLSX.read(xlsx.body, { type: 'buffer' });
  expect(book.SheetNames).toContain('Interventions');
  expect(book.SheetNames).toContain('Financing');
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Interventions!);
  // the 35 interventions, then their total (C-3.1)
  expect(rows.filter((r) => r.Code !== 'Total')).toHaveLength(35);
  expect(rows.at(-1)).toMatchObject({ Code: 'Total' });

  for (const [format, rows] of [['interventions.csv', 35], ['stakeholders.csv', 64], ['relations.csv', 0]] as const) {
    const csv = await text(`export-${format}`);
    expect(csv.name).toBe(`kranj-climate-city-contract.${format}`);
    expect(Papa.parse(csv.body.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data).toHaveLength(rows);
  }

  const json = await text('export-json');
  const backup = JSON.parse(json.body.toString('utf8'));
  expect(backup).toMatchObject({ format: 'leverboard', version: SCHEMA_VERSION });
  expect(backup.board.interventions).toHaveLength(35);

  for (const kind of ['matrix', 'grid', 'network', 'canvas']) {
    const svg = await text(`picture-${kind}-svg`);
    expect(svg.name).toBe(`kranj-climate-city-contract.${kind}.svg`);
    expect(XMLValidator.validate(svg.body.toString('utf8'))).toBe(true);
    const png = await text(`picture-${kind}-png`);
    expect(png.name).toBe(`kranj-climate-city-contract.${kind}.png`);
    expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.body.length).toBeGreaterThan(2000);
  }
  const grid = await text('picture-grid-svg');
  expect(grid.body.toString('utf8')).toContain('Manage closely');
  await page.screenshot({ path: '/tmp/export-done.png' });
});

test('reports follow the language of the page, and errors are shown', async ({ page, server, createBoard }) => {
  const board = await createBoard('Delavnica Velenje', { city: 'Velenje' });
  await openBoard(page, server.url, board.id, board.tokens.viewer, 'Ana', 'sl');
  const menu = new ExportMenu(page);
  const d = await menu.download('export-md');
  expect(d.suggestedFilename()).toBe('delavnica-velenje.report-sl.md');
  expect(readFileSync((await d.path())!, 'utf8')).toContain('## A-2.1 Emisijska vrzel');

  // the board is deleted behind the viewer's back: the export says so instead of failing silently
  await fetch(`${server.url}/api/boards/${board.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${board.tokens.facilitator}` } });
  await menu.open();
  await page.getByTestId('export-pdf').click();
  await expect(menu.status).toContainText('Izvoz »Poročilo (PDF)« ni uspel');
  // only the message is in the live region, not the buttons beside it
  const message = page.getByRole('status').filter({ hasText: 'Izvoz »Poročilo (PDF)« ni uspel' });
  await expect(message).toHaveCount(1);
  await expect(message.getByRole('button')).toHaveCount(0);
  expect(await message.textContent()).not.toMatch(/×|Poskusi znova/);
  // on a phone the message is whole and on the screen
  for (const width of [390, 640]) {
    await page.setViewportSize({ width, height: 800 });
    const box = (await menu.status.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
  }
  await page.screenshot({ path: '/tmp/export-error-phone.png' });
});
