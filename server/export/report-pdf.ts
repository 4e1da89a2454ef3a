/**
 * The workshop report as an A4 PDF (pdfkit): selectable text in a font that covers Slovenian
 * (DejaVu Sans when installed — package fonts-dejavu-core — else pdfkit's Helvetica, which lacks
 * č/š/ž's neighbours in some viewers), pictures drawn as vectors by svg-to-pdfkit (never
 * rasterised), tables that repeat their header across pages, and "Page n of N" on every page.
 */
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Block, Cell, Column, ReportModel } from '../../shared/export/report-model.ts';
import { cellText, sectionHeading } from '../../shared/export/report-cells.ts';
import { fill } from '../../shared/export/report-messages.ts';
import { fitColumns, longestWordWidths, unbreakableParts } from './column-widths.ts';

export interface PdfFonts { regular: string; bold: string }

const DEJAVU: PdfFonts = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
};

/** DejaVu Sans when the system has it; null means pdfkit's built-in Helvetica. */
export function findPdfFonts(candidates: PdfFonts[] = [DEJAVU]): PdfFonts | null {
  return candidates.find((f) => existsSync(f.regular) && existsSync(f.bold)) ?? null;
}

export interface PdfOptions { fonts?: PdfFonts | null; now?: Date }

type Doc = PDFKit.PDFDocument;
const MARGIN = 50;
const ACCENT = '#1d4ed8';

export function reportPdf(report: ReportModel, options: PdfOptions = {}): Promise<Buffer> {
  const fonts = options.fonts === undefined ? findPdfFonts() : options.fonts;
  const doc: Doc = new PDFDocument({
    size: 'A4', margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN }, bufferPages: true, autoFirstPage: true,
    lang: report.lang === 'sl' ? 'sl-SI' : 'en-GB', displayTitle: true,
    info: { Title: `${report.title} — ${report.messages.report}`, Subject: report.messages.report, Creator: 'Leverboard', CreationDate: options.now ?? new Date() },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const font = { regular: 'Helvetica', bold: 'Helvetica-Bold' };
  if (fonts) {
    doc.registerFont('Body', fonts.regular);
    doc.registerFont('Body-Bold', fonts.bold);
    font.regular = 'Body';
    font.bold = 'Body-Bold';
  }
  const r = new PdfWriter(doc, report, font);
  r.titlePage();
  for (const section of report.sections) r.section(section.id, sectionHeading(section), section.blocks);
  r.pageNumbers();
  doc.end();
  return done;
}

class PdfWriter {
  constructor(private readonly doc: Doc, private readonly report: ReportModel, private readonly font: { regular: string; bold: string }) {}

  get width(): number { return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right; }
  get left(): number { return this.doc.page.margins.left; }
  get bottom(): number { return this.doc.page.height - this.doc.page.margins.bottom; }

  /** Start a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  titlePage(): void {
    const { doc, report } = this;
    const m = report.messages;
    doc.font(this.font.bold).fontSize(11).fillColor(ACCENT).text(m.report.toUpperCase(), { characterSpacing: 1 });
    doc.moveDown(0.5).font(this.font.bold).fontSize(26).fillColor('#111827').text(report.title);
    doc.moveDown(0.6).font(this.font.regular).fontSize(12).fillColor('#374151');
    if (report.city) doc.text(`${m.city}: ${report.city}`);
    doc.text(`${m.date}: ${report.date}`).text(`${m.language}: ${m.languageName}`);
    doc.moveDown(2).font(this.font.bold).fontSize(14).fillColor('#111827').text(m.contents);
    doc.moveDown(0.4).font(this.font.regular).fontSize(12);
    for (const s of report.sections) doc.text(sectionHeading(s), { lineGap: 4 });
  }

  section(id: string, heading: string, blocks: Block[]): void {
    const { doc } = this;
    doc.addPage();
    doc.font(this.font.bold).fontSize(18).fillColor('#111827').text(heading, { destination: id } as PDFKit.Mixins.TextOptions);
    const y = doc.y + 2;
    doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(1.5).strokeColor(ACCENT).stroke();
    doc.y = y + 10;
    for (const b of blocks) this.block(b);
  }

  block(b: Block): void {
    const { doc } = this;
    doc.x = this.left;
    switch (b.kind) {
      case 'paragraph':
        doc.font(this.font.regular).fontSize(10).fillColor('#1f2937');
        this.ensure(doc.heightOfString(b.text, { width: this.width }));
        doc.text(b.text, this.left, doc.y, { width: this.width });
        doc.moveDown(0.6);
        return;
      case 'subheading':
        doc.font(this.font.bold).fontSize(12).fillColor('#111827');
        this.ensure(60);
        doc.moveDown(0.4).text(b.text, this.left, doc.y, { width: this.width });
        doc.moveDown(0.3);
        return;
      case 'fields': return this.fields(b.items);
      case 'picture': return this.picture(b);
      case 'table': return this.table(b.columns, b.rows, b.footer);
    }
  }

  fields(items: { label: string; value: string }[]): void {
    const { doc } = this;
    const labelW = 150, valueW = this.width - labelW - 10;
    for (const item of items) {
      doc.font(this.font.regular).fontSize(9);
      const h = Math.max(doc.heightOfString(item.value, { width: valueW }), doc.font(this.font.bold).heightOfString(item.label, { width: labelW }));
      this.ensure(Math.min(h, 200));
      const y = doc.y;
      doc.font(this.font.bold).fontSize(9).fillColor('#374151').text(item.label, this.left, y, { width: labelW });
      doc.font(this.font.regular).fontSize(9).fillColor('#1f2937').text(item.value, this.left + labelW + 10, y, { width: valueW });
      doc.y = Math.max(doc.y, y + h) + 3;
    }
    doc.moveDown(0.5);
  }

  picture(b: Extract<Block, { kind: 'picture' }>): void {
    const { doc } = this;
    const fullHeight = this.bottom - doc.page.margins.top - 20;
    let scale = Math.min(1, this.width / b.width);
    if (b.height * scale > fullHeight) scale = fullHeight / b.height;
    const w = b.width * scale, h = b.height * scale;
    this.ensure(h + 20);
    const x = this.left + (this.width - w) / 2, y = doc.y;
    SVGtoPDF(doc, b.svg, x, y, {
      width: w, height: h, assumePt: true, preserveAspectRatio: 'xMidYMid meet',
      fontCallback: (_family: string, bold: boolean) => (bold ? this.font.bold : this.font.regular),
      warningCallback: () => {},
    });
    doc.y = y + h + 4;
    doc.font(this.font.regular).fontSize(9).fillColor('#4b5563').text(b.caption, this.left, doc.y, { width: this.width, align: 'center' });
    doc.moveDown(0.8);
  }

  table(columns: Column[], rows: Cell[][], footer?: Cell[]): void {
    const { doc } = this;
    const pad = 3;
    const weights = columns.map((c) => c.width ?? 1);
    const texts = (cells: Cell[]) => columns.map((c, i) => cellText(this.report, c, cells[i] ?? null));
    // widths that keep every word whole (the header's and the footer's in bold, as drawn); if they
    // cannot at this size, a smaller one; if not even at the smallest, by weight (a very long word
    // is split as before)
    const words = columns.map((c, i) => ({
      header: unbreakableParts(c.label).concat(footer ? unbreakableParts(cellText(this.report, c, footer[i] ?? null)) : []),
      body: rows.slice(0, 500).flatMap((r) => unbreakableParts(cellText(this.report, c, r[i] ?? null))),
    }));
    const largest = columns.length > 6 ? 7.5 : 8.5;
    // every word measured once, at the largest size, with the spaces after it as pdfkit's line
    // wrapper measures it (cells are drawn without character or word spacing, so nothing more is
    // added); a smaller size scales those widths
    let bold: boolean | null = null;
    doc.fontSize(largest);
    const longest = longestWordWidths(words, (t, b) => {
      if (b !== bold) doc.font((bold = b) ? this.font.bold : this.font.regular);
      return doc.widthOfString(t);
    }, largest);
    let size = largest;
    let widths: number[] | null = null;
    for (; size >= 6.5; size -= 0.5) {
      const minimums = longest(size).map((w) => Math.min(this.width / 3, w + 2 * pad + 0.5));
      widths = fitColumns(weights, minimums, this.width);
      if (widths) break;
    }
    if (!widths) {
      size = largest;
      const total = weights.reduce((a, b) => a + b, 0);
      widths = weights.map((w) => (w / total) * this.width);
    }
    const fitted = widths;
    const heightOf = (cells: string[], bold: boolean) => {
      doc.font(bold ? this.font.bold : this.font.regular).fontSize(size);
      return Math.max(...cells.map((t, i) => doc.heightOfString(t || ' ', { width: fitted[i] - 2 * pad }))) + 2 * pad;
    };
    const drawRow = (cells: string[], bold: boolean, background?: string) => {
      const h = heightOf(cells, bold);
      const y = doc.y;
      let x = this.left;
      if (background) doc.rect(this.left, y, this.width, h).fill(background);
      doc.font(bold ? this.font.bold : this.font.regular).fontSize(size).fillColor('#1f2937');
      cells.forEach((t, i) => {
        doc.text(t, x + pad, y + pad, { width: fitted[i] - 2 * pad, align: columns[i].numeric ? 'right' : 'left' });
        x += fitted[i];
      });
      doc.rect(this.left, y, this.width, h).lineWidth(0.5).strokeColor('#cbd5e1').stroke();
      x = this.left;
      for (const w of fitted.slice(0, -1)) { x += w; doc.moveTo(x, y).lineTo(x, y + h).stroke(); }
      doc.y = y + h;
    };
    const header = columns.map((c) => c.label);
    const headerH = heightOf(header, true);
    this.ensure(headerH + 24);
    drawRow(header, true, '#e0e7ff');
    for (const row of rows) {
      const cells = texts(row);
      let h = heightOf(cells, false);
      if (h > this.bottom - doc.page.margins.top - headerH) {
        // one row taller than a page: cut its longest text so the table stays readable
        const longest = cells.reduce((a, t, i) => (t.length > cells[a].length ? i : a), 0);
        cells[longest] = `${cells[longest].slice(0, 1500)}…`;
        h = heightOf(cells, false);
      }
      if (doc.y + h > this.bottom) { doc.addPage(); drawRow(header, true, '#e0e7ff'); }
      drawRow(cells, false);
    }
    if (footer) {
      const cells = texts(footer);
      if (doc.y + heightOf(cells, true) > this.bottom) { doc.addPage(); drawRow(header, true, '#e0e7ff'); }
      drawRow(cells, true, '#f1f5f9');
    }
    doc.x = this.left;
    doc.moveDown(0.8);
  }

  pageNumbers(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottomMargin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
      doc.font(this.font.regular).fontSize(8).fillColor('#6b7280');
      const label = fill(this.report.messages.page, { n: i + 1, total: range.count });
      doc.text(`${this.report.title} · ${label}`, this.left, doc.page.height - MARGIN + 8, { width: this.width, align: 'center', lineBreak: false });
      doc.page.margins.bottom = bottomMargin;
    }
  }
}
