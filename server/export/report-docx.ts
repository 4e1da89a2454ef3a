/**
 * The workshop report as a Word document (docx): the same report model as the PDF, with the CCC
 * tables as real Word tables (header rows repeat across pages), outlines as two-column tables,
 * and pictures as SVG (Word 2016 and later draw them as vectors; older readers get a plain
 * placeholder image, since the server has no rasteriser).
 */
import { deflateSync } from 'node:zlib';
import {
  AlignmentType, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableRow, TextRun, WidthType, type ISectionOptions,
} from 'docx';
import type { Block, Cell, Column, ReportModel } from '../../shared/export/report-model.ts';
import { cellText, sectionHeading } from '../../shared/export/report-cells.ts';

const FONT = 'DejaVu Sans';
/** A4 text width at 2 cm margins, in twentieths of a point (dxa) and in pixels at 96 dpi. */
const TEXT_DXA = 9638;
const TEXT_PX = 642;

export async function reportDocx(report: ReportModel): Promise<Buffer> {
  const m = report.messages;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [new TextRun({ text: m.report.toUpperCase(), bold: true, color: '1D4ED8' })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
    ...[report.city ? `${m.city}: ${report.city}` : '', `${m.date}: ${report.date}`, `${m.language}: ${m.languageName}`]
      .filter(Boolean).map((t) => new Paragraph({ children: [new TextRun(t)] })),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(sectionHeading(section))] }));
    for (const b of section.blocks) children.push(...block(report, b));
  }
  const footer = new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: [`${report.title} · `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, color: '6B7280' })],
    })],
  });
  const section: ISectionOptions = {
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
    footers: { default: footer },
    children,
  };
  const doc = new Document({
    creator: 'Leverboard', title: `${report.title} — ${m.report}`, description: m.report,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [section],
  });
  return Packer.toBuffer(doc);
}

function block(report: ReportModel, b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph': return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(b.text)] })];
    case 'subheading': return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(b.text)] })];
    case 'fields': return [fieldsTable(b.items), new Paragraph({})];
    case 'picture': return picture(b);
    case 'table': return [table(report, b.columns, b.rows, b.footer), new Paragraph({})];
  }
}

function cell(text: string, options: { bold?: boolean; right?: boolean; shade?: string; width?: number } = {}): TableCell {
  return new TableCell({
    width: options.width ? { size: options.width, type: WidthType.DXA } : undefined,
    shading: options.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: options.shade } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text.split(/\r?\n/).map((line) => new Paragraph({
      alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: [new TextRun({ text: line, bold: options.bold, size: 16 })],
    })),
  });
}

function table(report: ReportModel, columns: Column[], rows: Cell[][], footer?: Cell[]): Table {
  const weights = columns.map((c) => c.width ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.round((w / total) * TEXT_DXA));
  const row = (cells: Cell[], style: { bold?: boolean; shade?: string } = {}) => new TableRow({
    cantSplit: true,
    children: columns.map((c, i) => cell(cellText(report, c, cells[i] ?? null), { ...style, right: c.numeric, width: widths[i] })),
  });
  return new Table({
    width: { size: TEXT_DXA, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c.label, { bold: true, shade: 'E0E7FF', right: c.numeric, width: widths[i] })) }),
      ...rows.map((r) => row(r)),
      ...(footer ? [row(footer, { bold: true, shade: 'F1F5F9' })] : []),
    ],
  });
}

function fieldsTable(items: { label: string; value: string }[]): Table {
  const widths = [2800, TEXT_DXA - 2800];
  return new Table({
    width: { size: TEXT_DXA, type: WidthType.DXA },
    columnWidths: widths,
    rows: items.map((i) => new TableRow({ children: [cell(i.label, { bold: true, shade: 'F8FAFC', width: widths[0] }), cell(i.value, { width: widths[1] })] })),
  });
}

function picture(b: Extract<Block, { kind: 'picture' }>): Paragraph[] {
  const scale = Math.min(1, TEXT_PX / b.width, 900 / b.height);
  const size = { width: Math.round(b.width * scale), height: Math.round(b.height * scale) };
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({
        type: 'svg', data: Buffer.from(b.svg, 'utf8'), transformation: size,
        fallback: { type: 'png', data: placeholderPng() },
        altText: { name: b.caption, description: b.caption, title: b.caption },
      })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: b.caption, italics: true, size: 16, color: '4B5563' })] }),
  ];
}

/** A 1×1 light grey PNG: what readers without SVG support show in a picture's place. */
function placeholderPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); header.writeUInt32BE(1, 4);
  header[8] = 8; header[9] = 2; // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from([0, 0xf1, 0xf5, 0xf9]))), chunk('IEND', Buffer.alloc(0)),
  ]);
}
