/**
 * CSV export in the contract's exact column order. Files open cleanly in Excel and LibreOffice:
 * a UTF-8 BOM (so "Škofja Loka" is not mojibake), CRLF line ends, RFC 4180 quoting (papaparse),
 * lists joined with "; ", numbers written plainly ("1234.5", no thousands separators).
 *
 * No cell may start a formula: a text cell beginning with = + - @, tab or CR gets a leading "'"
 * (the import drops it again), so a title like "=HYPERLINK(…)" stays text. Numbers are left as
 * they are: a negative number is a number, not a formula.
 */
import Papa from 'papaparse';
import type { Intervention, Relation, Round, Stakeholder, Vote } from '../schema/index.ts';
import { countVotes, type Seen } from '../facilitation/votes.ts';
import { byCode } from '../portfolio/code-order.ts';
import { stakeholderNameKey } from '../stakeholders/names.ts';

export const INTERVENTION_COLUMNS = [
  'id', 'code', 'title', 'module', 'field', 'levers', 'type', 'status', 'description', 'outcome', 'responsible',
  'scale', 'stakeholders', 'start_year', 'end_year', 'reduction_tco2e_per_year', 'cost_eur', 'renewable_mwh_per_year',
  'cobenefits', 'notes', 'votes',
] as const;
export const STAKEHOLDER_COLUMNS = [
  'id', 'name', 'organisation', 'type', 'sector', 'system', 'power', 'interest', 'attitude', 'engagement', 'notes',
] as const;
export const RELATION_COLUMNS = ['id', 'from', 'to', 'type', 'label', 'strength', 'directed', 'from_name', 'to_name'] as const;

type Cell = string | number | boolean | null | undefined;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as spreadsheet-safe text. A figure is written as it is; any text that starts as a formula
 * would is neutralised, even text that reads as a number ("-5" as a title): the contract neutralises
 * every such cell, and the import takes the mark off again.
 */
export function safeCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvOf(columns: readonly string[], rows: Cell[][]): string {
  const body = Papa.unparse({ fields: [...columns], data: rows.map((r) => r.map(safeCell)) }, { newline: '\r\n', quotes: false });
  return `\uFEFF${body}\r\n`;
}


/**
 * The `votes` column counts the dots and rounds the reader may see, so the input must come from
 * `seenBy(board, role)`: a board that did not is a type error, not a leaked secret round.
 */
export type InterventionsCsvInput = Seen<{
  interventions: readonly Intervention[];
  /** to write stakeholder names instead of ids */
  stakeholders?: readonly Pick<Stakeholder, 'id' | 'name'>[];
  votes: readonly Vote[];
  rounds: readonly Round[];
}>;

export function interventionsCsv(board: InterventionsCsvInput): string {
  const { interventions, stakeholders = [] } = board;
  // a linked stakeholder by name, as people read it — by id when another stakeholder has the same
  // name (as the import compares names: stakeholderNameKey) or none, so that importing the file keeps the link
  const namesakes = new Map<string, number>();
  for (const s of stakeholders) namesakes.set(stakeholderNameKey(s.name), (namesakes.get(stakeholderNameKey(s.name)) ?? 0) + 1);
  const names = new Map(stakeholders.filter((s) => stakeholderNameKey(s.name) && namesakes.get(stakeholderNameKey(s.name)) === 1).map((s) => [s.id, s.name]));
  const counts = countVotes(board);
  const rows = [...interventions].sort(byCode).map((i) => [
    i.id, i.code, i.title, i.module, i.field, i.levers.join('; '), i.type, i.status, i.description, i.outcome,
    i.responsible, i.scale, i.stakeholders.map((s) => names.get(s) ?? s).join('; '), i.startYear, i.endYear,
    i.reductionTco2e, i.costEur, i.renewableMwh, i.cobenefits.join('; '), i.notes, counts.get(i.id) ?? 0,
  ]);
  return csvOf(INTERVENTION_COLUMNS, rows);
}

export function stakeholdersCsv({ stakeholders }: { stakeholders: readonly Stakeholder[] }): string {
  const rows = [...stakeholders].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)).map((s) => [
    s.id, s.name, s.organisation, s.type, s.sector, s.system, s.power, s.interest, s.attitude, s.engagement, s.notes,
  ]);
  return csvOf(STAKEHOLDER_COLUMNS, rows);
}

export function relationsCsv({ relations, stakeholders = [] }: { relations: readonly Relation[]; stakeholders?: readonly Pick<Stakeholder, 'id' | 'name'>[] }): string {
  const names = new Map(stakeholders.map((s) => [s.id, s.name]));
  const rows = [...relations].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [
    r.id, r.from, r.to, r.type, r.label, r.strength, r.directed ? 'true' : 'false', names.get(r.from) ?? '', names.get(r.to) ?? '',
  ]);
  return csvOf(RELATION_COLUMNS, rows);
}
