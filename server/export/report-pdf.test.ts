import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addIntervention, addStakeholder, initBoard, snapshotBoard } from '../../shared/board/index.ts';
import { buildReport } from '../../shared/export/report-model.ts';
import { seenBy } from '../../shared/facilitation/votes.ts';
import { findPdfFonts, reportPdf } from './report-pdf.ts';
import { kranjDoc } from './test-boards.ts';

function pdfText(pdf: Buffer, layout = false): { text: string; info: string } {
  const dir = mkdtempSync(join(tmpdir(), 'leverboard-pdf-'));
  try {
    const file = join(dir, 'r.pdf');
    writeFileSync(file, pdf);
    return { text: execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' }), info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }) };
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

describe('PDF report', () => {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Škofja Loka delavnica', city: 'Škofja Loka' }, 1);
  addIntervention(doc, { code: '1', title: 'Žična zbiralnica čez reko', field: 'waste', levers: ['technology'], reductionTco2e: 12, costEur: 3400 });
  addStakeholder(doc, { name: 'Čebelarsko društvo', sector: 'civil', power: 30, interest: 90 });
  const report = buildReport(seenBy(snapshotBoard(doc), 'editor'), { lang: 'sl' });

  it('finds DejaVu Sans on this system (package fonts-dejavu-core)', () => {
    expect(findPdfFonts()?.regular).toMatch(/DejaVuSans\.ttf$/);
    expect(findPdfFonts([{ regular: '/nope.ttf', bold: '/nope-bold.ttf' }])).toBeNull();
  });

  it('writes selectable Slovenian text and page numbers on A4', async () => {
    const { text, info } = pdfText(await reportPdf(report));
    expect(info).toMatch(/\(A4\)/);
    const pages = Number(info.match(/Pages:\s+(\d+)/)![1]);
    for (const s of ['Škofja Loka delavnica', 'Žična zbiralnica čez reko', 'Čebelarsko društvo', 'Emisijska vrzel', `Stran ${pages} od ${pages}`]) expect(text).toContain(s);
  });

  it('still makes a PDF without DejaVu, in pdfkit\u2019s Helvetica', async () => {
    const { text } = pdfText(await reportPdf(buildReport(seenBy(snapshotBoard(doc), 'editor'), { lang: 'en' }), { fonts: null }));
    expect(text).toContain('Emissions gap');
  });

  it('keeps the words of the stakeholder table whole (columns as wide as their longest word)', async () => {
    const kranj = kranjDoc();
    addStakeholder(kranj, { name: 'Slovenian Environment Agency', sector: 'environment', power: 60, interest: 40 });
    const { text } = pdfText(await reportPdf(buildReport(seenBy(snapshotBoard(kranj), 'editor'), { lang: 'en' })), true);
    const header = text.split('\n').find((l) => /^\s*# +System +Stakeholder/.test(l))!;
    for (const word of ['Type', 'Sector', 'Power', 'Interest', 'Quadrant', 'Attitude', 'Engagement']) expect(header).toMatch(new RegExp(`\\b${word}\\b`));
    expect(text).toMatch(/\bEnvironment\b/);
    expect(text).not.toMatch(/\bEnvironm\s*$/m);
    // types in the Kranj plan: a word followed by a space needs that space too
    expect(text).not.toMatch(/\bMunicipal co\b|\bregional dev\b/);
  });

  it('keeps a word whole when a space follows it (pdfkit measures "concessioner " with its space)', async () => {
    const board = new Y.Doc();
    initBoard(board, { title: 'Kranj' }, 1);
    // the longest word of the Type column, followed by a space: the column is as wide as that word
    addStakeholder(board, { name: 'Domplan', type: 'Municipal concessioner for heating', sector: 'business', power: 85, interest: 85 });
    const { text } = pdfText(await reportPdf(buildReport(seenBy(snapshotBoard(board), 'editor'), { lang: 'en' })), true);
    expect(text).toMatch(/\bconcessioner\b/);
    expect(text).not.toMatch(/\bMunicipal co\b/);
  });
});

