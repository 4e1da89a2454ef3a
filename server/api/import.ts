/**
 * POST /api/boards/:id/import?format=interventions.csv|stakeholders.csv[&lang=en|sl][&dryRun=1] (editor): the
 * CSV's bytes are decoded (UTF-8, UTF-16, a declared charset or the legacy code page of `lang`: see
 * shared/csv/decode.ts) and parsed by shared/csv, then applied to the live board in one change, so
 * connected browsers see it at once. Re-importing the same file updates records instead of
 * duplicating them. The reasons and warnings of the report are in `lang` (default English; the client
 * sends its own).
 * `dryRun=1` answers the same report without changing the board: the app shows it before importing.
 */
import { Hono } from 'hono';
import type { Doc } from 'yjs';
import { applyImport, copyBoard, listRecords, readMeta } from '../../shared/board/index.ts';
import { importInterventions } from '../../shared/csv/interventions.ts';
import { importStakeholders } from '../../shared/csv/stakeholders.ts';
import { importLang } from '../../shared/csv/import-messages.ts';
import { decodeCsv } from '../../shared/csv/decode.ts';
import { importReport } from '../../shared/csv/import-report.ts';
import { boardAccess } from './board-access.ts';
import { BadRequest } from './json-body.ts';
import type { BoardStore } from '../persistence/store.ts';
import type { RoomRegistry } from '../sync/registry.ts';

export interface ImportDeps { store: BoardStore; registry: RoomRegistry }

export function importApi({ store, registry }: ImportDeps) {
  return new Hono().post('/:id/import', boardAccess(store, 'editor'), async (c) => {
    const format = c.req.query('format');
    const lang = importLang(c.req.query('lang'));
    const { id } = c.get('board');
    // the bytes as sent: a file Excel saved in windows-1250 is no UTF-8, and reading it as such would lose č š ž
    const decoded = decodeCsv(new Uint8Array(await c.req.arrayBuffer()), { contentType: c.req.header('content-type'), lang });
    if ('error' in decoded) throw new BadRequest(decoded.error);
    const { text } = decoded;
    // a dry run applies the file to a copy of the board: the same report, and the board untouched
    const dryRun = c.req.query('dryRun') === '1';
    const run = <T>(change: (doc: Doc, origin: unknown) => T): Promise<T> => (dryRun
      ? registry.read(id, (doc) => change(copyBoard(doc), null))
      : registry.change(id, change));
    if (format === 'interventions.csv') {
      const result = await run((doc, origin) => {
        const parsed = importInterventions(text, listRecords(doc, 'interventions'), readMeta(doc).fields, { stakeholders: listRecords(doc, 'stakeholders'), lang });
        const outcome = applyImport(doc, 'interventions', parsed.rows, { newFields: parsed.newFields, origin });
        return { parsed, outcome };
      });
      return c.json(importReport(decoded, result.parsed, result.outcome));
    }
    if (format === 'stakeholders.csv') {
      const result = await run((doc, origin) => {
        const parsed = importStakeholders(text, listRecords(doc, 'stakeholders'), { lang });
        return { parsed, outcome: applyImport(doc, 'stakeholders', parsed.rows, { origin }) };
      });
      return c.json(importReport(decoded, result.parsed, result.outcome));
    }
    throw new BadRequest(`unknown import format: ${format ?? '(none)'}; use interventions.csv or stakeholders.csv`);
  });
}
