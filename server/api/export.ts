/**
 * GET /api/boards/:id/export?format=F[&lang=en|sl] — any role may export. Rendering happens here on
 * the server so that a large board never freezes a browser. The live document is only read for a
 * moment (a snapshot); every renderer then works on that plain snapshot, away from the room.
 */
import { Hono } from 'hono';
import { readMeta, snapshotBoard } from '../../shared/board/index.ts';
import { backupOf } from '../../shared/export/backup.ts';
import { fileBaseName } from '../../shared/export/file-name.ts';
import { interventionsCsv, relationsCsv, stakeholdersCsv } from '../../shared/csv/export.ts';
import { buildReport, type SeenBoard } from '../../shared/export/report-model.ts';
import { reportMarkdown } from '../../shared/export/report-markdown.ts';
import { reportHtml } from '../../shared/export/report-html.ts';
import { REPORT_LANGS, type ReportLang } from '../../shared/export/report-messages.ts';
import type { PdfFonts } from '../export/report-pdf.ts';
import type { BoardStore } from '../persistence/store.ts';
import type { RoomRegistry } from '../sync/registry.ts';
import { boardAccess } from './board-access.ts';
import { BadRequest } from './json-body.ts';
import { seenBy } from '../../shared/facilitation/votes.ts';

export interface ExportDeps {
  store: BoardStore;
  registry: RoomRegistry;
  /** fonts for PDF reports; undefined finds DejaVu Sans, null uses pdfkit's Helvetica */
  pdfFonts?: PdfFonts | null;
}

export const EXPORT_FORMATS = ['json', 'interventions.csv', 'stakeholders.csv', 'relations.csv', 'xlsx', 'md', 'html', 'pdf', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Content-Disposition for a board's file (RFC 6266): `filename` in ASCII for every client, and
 * `filename*` (RFC 5987) in UTF-8 so a browser can keep "č" and "đ" in the saved file's name.
 */
export function attachment(title: string, suffix: string): string {
  const utf8 = encodeURIComponent(`${fileBaseName(title, { ascii: false })}${suffix}`)
    .replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`); // not attr-chars in RFC 5987
  return `attachment; filename="${fileBaseName(title)}${suffix}"; filename*=UTF-8''${utf8}`;
}

/**
 * What follows the board's name in a file's name: `.report.pdf`, `.xlsx`. A file written in a
 * language other than English says so, the same way for each (`.report-sl.pdf`, `-sl.xlsx`), so the
 * English and the Slovenian file can sit in one folder. CSV and JSON are the same in every language.
 */
export function fileSuffix(file: { stem?: string; ext: string; lang?: ReportLang }): string {
  const tag = file.lang && file.lang !== 'en' ? `-${file.lang}` : '';
  return `${file.stem ? `.${file.stem}` : ''}${tag}.${file.ext}`;
}

interface Rendered { body: string | Uint8Array; type: string; suffix: string }

const CSV = 'text/csv; charset=utf-8';

async function render(format: ExportFormat, snapshot: SeenBoard, lang: ReportLang, fonts: PdfFonts | null | undefined): Promise<Rendered> {
  const now = new Date();
  const report = () => buildReport(snapshot, { lang, now });
  const reportSuffix = (ext: string) => fileSuffix({ stem: 'report', ext, lang });
  switch (format) {
    case 'json': throw new Error('json is rendered from the live document');
    case 'interventions.csv':
      return { body: interventionsCsv(snapshot), type: CSV, suffix: fileSuffix({ ext: 'interventions.csv' }) };
    case 'stakeholders.csv':
      return { body: stakeholdersCsv(snapshot), type: CSV, suffix: fileSuffix({ ext: 'stakeholders.csv' }) };
    case 'relations.csv':
      return { body: relationsCsv(snapshot), type: CSV, suffix: fileSuffix({ ext: 'relations.csv' }) };
    // the PDF, Word and Excel writers are large: each loads on its first use, not at start
    case 'xlsx': {
      const { boardXlsx } = await import('../export/workbook-xlsx.ts');
      return { body: await boardXlsx(snapshot, { lang, now }), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', suffix: fileSuffix({ ext: 'xlsx', lang }) };
    }
    case 'md':
      return { body: reportMarkdown(report()), type: 'text/markdown; charset=utf-8', suffix: reportSuffix('md') };
    case 'html':
      return { body: reportHtml(report()), type: 'text/html; charset=utf-8', suffix: reportSuffix('html') };
    case 'pdf': {
      const { reportPdf } = await import('../export/report-pdf.ts');
      return { body: await reportPdf(report(), { fonts, now }), type: 'application/pdf', suffix: reportSuffix('pdf') };
    }
    case 'docx': {
      const { reportDocx } = await import('../export/report-docx.ts');
      return { body: await reportDocx(report()), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', suffix: reportSuffix('docx') };
    }
  }
}

export function exportApi({ store, registry, pdfFonts }: ExportDeps) {
  return new Hono().get('/:id/export', boardAccess(store, 'viewer'), async (c) => {
    const format = c.req.query('format') ?? 'json';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new BadRequest(`unknown export format: ${format}; use one of ${EXPORT_FORMATS.join(', ')}`);
    }
    const lang = c.req.query('lang') ?? 'en';
    if (!(REPORT_LANGS as readonly string[]).includes(lang)) throw new BadRequest(`unknown language: ${lang}; use one of ${REPORT_LANGS.join(', ')}`);
    const { id } = c.get('board');
    const headers = (type: string, title: string, suffix: string) => ({
      'content-type': type,
      'content-disposition': attachment(title, suffix),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (format === 'json') {
      const { backup, title } = await registry.read(id, (doc) => ({ backup: backupOf(doc), title: readMeta(doc).title }));
      return c.body(JSON.stringify(backup), 200, headers('application/json; charset=utf-8', title, '.leverboard.json'));
    }
    // votes counted as the reader sees them in the app: a round not yet revealed only for the facilitator
    // (every renderer takes a SeenBoard, so leaving this out is a type error)
    const snapshot = seenBy(await registry.read(id, (doc) => snapshotBoard(doc)), c.get('role'));
    const file = await render(format as ExportFormat, snapshot, lang as ReportLang, pdfFonts);
    const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body);
    return c.body(body as never, 200, headers(file.type, snapshot.meta.title, file.suffix));
  });
}
