/**
 * What `POST /api/boards/:id/import` answers: the contract's `{added, updated, skipped}` and what
 * else the import noticed. One type for the server that writes it and the browser that shows it.
 */
import type { NumberConvention } from './numbers.ts';
import type { DecodedCsv } from './decode.ts';
import type { RowProblem, RowWarning } from './interventions.ts';

export interface ImportReport {
  added: number;
  updated: number;
  /** of the updated rows, those the board already held as the file has them */
  unchanged: number;
  /** every row not imported, with every reason it has, in row order */
  skipped: RowProblem[];
  /** imported rows worth a second look (a skipped row has reasons instead) */
  warnings: RowWarning[];
  /** the encoding the file was read in (decode.ts): utf-8, utf-16le, windows-1250… */
  encoding: string;
  convention: NumberConvention;
  delimiter: string;
  /** columns we did not know (their values went into notes) */
  unknownColumns: string[];
  /** columns we know and leave out (derived figures) */
  ignoredColumns: string[];
}

/**
 * The report of a file as decoded (`decodeCsv`) and parsed (`importInterventions`,
 * `importStakeholders`) once applied; what decoding noticed comes first, as it concerns the whole file.
 */
export function importReport(
  decoded: Pick<DecodedCsv, 'encoding' | 'warnings'>,
  parsed: Pick<ImportReport, 'convention' | 'delimiter' | 'skipped' | 'warnings' | 'unknownColumns' | 'ignoredColumns'>,
  outcome: { added: number; updated: number; unchanged: number; skipped: RowProblem[] },
): ImportReport {
  return {
    added: outcome.added,
    updated: outcome.updated,
    unchanged: outcome.unchanged,
    skipped: [...parsed.skipped, ...outcome.skipped].sort((a, b) => a.row - b.row),
    warnings: [...decoded.warnings, ...parsed.warnings],
    encoding: decoded.encoding,
    convention: parsed.convention,
    delimiter: parsed.delimiter,
    unknownColumns: parsed.unknownColumns,
    ignoredColumns: parsed.ignoredColumns,
  };
}
