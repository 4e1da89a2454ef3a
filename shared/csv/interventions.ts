/**
 * interventions.csv import: the contract's columns, and what real CCC plans bring instead (a
 * `lever` column, "name"/"action" for the title, "GHG reduction (t CO₂/yr)", European numbers,
 * ";"-separated files, columns we do not know). Pure: it reads text and the board's current
 * interventions and returns what to add and what to update; the caller writes it (see apply.ts).
 *
 * Re-importing a file updates instead of duplicating: a row matches an existing intervention by
 * `id`, else by `code` (the title decides between several with one code), else by title. Only
 * columns present in the file are written, so a file without `status` leaves statuses alone; an
 * empty cell in a present column clears that value.
 *
 * A row is skipped, with every reason it has, when it has no title or a value the board cannot
 * hold (a negative cost, a year outside 2000–2100, text where a number belongs); nothing throws.
 * An end year before the start year is imported as written, with a warning. Reasons and warnings
 * are in `options.lang` (import-messages.ts).
 * C-1 and C-2 interventions, which plans give no lever, get `governance` and `social`.
 *
 * `stakeholders` holds names joined by "; " (what the export writes) or ids: a name becomes the id
 * of the one stakeholder on the board called so (`stakeholderNameKey`: any case, spacing or
 * accents), so an export imported again keeps its links. A name several stakeholders share stays
 * text, whole and with a warning, unless the card already links such a stakeholder (the export
 * writes such links by id); a name that itself holds "; " is still found whole.
 */
import { interventionSchema, defaults, idSchema, MAX_FIGURE, type Intervention, type Stakeholder } from '../schema/index.ts';
import { detectConvention, parseNumberCell, type NumberConvention } from './numbers.ts';
import { ambiguousNote, importMessage, numberNote, numberProblem, type ImportLang, type ImportMessageKey } from './import-messages.ts';
import { clipText, headerKey, readTable, splitList, unneutralise } from './table.ts';
import { formatNumber } from '../export/format.ts';
import { fieldId, leverIds, normalizeLabel, statusId } from './vocabulary.ts';
import { stakeholderNameKey } from '../stakeholders/names.ts';

type Column =
  | 'id' | 'code' | 'title' | 'module' | 'field' | 'levers' | 'type' | 'status' | 'description' | 'outcome'
  | 'responsible' | 'scale' | 'stakeholders' | 'startYear' | 'endYear' | 'reductionTco2e' | 'costEur'
  | 'renewableMwh' | 'sinksTco2e' | 'energyRemoved' | 'indicators' | 'cobenefits' | 'notes' | 'earlyChanges' | 'lateOutcomes';

const ALIASES: Record<string, Column | 'ignore'> = {
  'id': 'id', 'uuid': 'id',
  'code': 'code', 'no': 'code', 'nr': 'code', 'number': 'code', 'action no': 'code', 'action number': 'code',
  'action code': 'code', 'ref': 'code', 'reference': 'code', 'sifra': 'code', 'st': 'code',
  'title': 'title', 'name': 'title', 'action': 'title', 'action name': 'title', 'action title': 'title',
  'intervention': 'title', 'intervention name': 'title', 'intervention title': 'title', 'measure': 'title',
  'project': 'title', 'naziv': 'title', 'ime': 'title', 'ukrep': 'title', 'naslov': 'title',
  'module': 'module', 'modul': 'module',
  'field': 'field', 'field of action': 'field', 'fields of action': 'field', 'area': 'field', 'domain': 'field',
  'thematic area': 'field', 'podrocje': 'field', 'podrocje ukrepanja': 'field',
  'levers': 'levers', 'lever': 'levers', 'systemic lever': 'levers', 'systemic levers': 'levers', 'lever s': 'levers',
  'vzvod': 'levers', 'vzvodi': 'levers', 'sistemski vzvod': 'levers',
  'type': 'type', 'intervention type': 'type', 'type of intervention': 'type', 'vrsta': 'type', 'tip': 'type',
  'status': 'status', 'state': 'status', 'stanje': 'status',
  'description': 'description', 'desc': 'description', 'details': 'description', 'opis': 'description',
  'outcome': 'outcome', 'outcomes': 'outcome', 'expected outcome': 'outcome', 'rezultat': 'outcome',
  'responsible': 'responsible', 'responsible body': 'responsible', 'responsible entity': 'responsible',
  'responsible entities': 'responsible', 'lead': 'responsible', 'owner': 'responsible', 'odgovoren': 'responsible',
  'nosilec': 'responsible',
  'scale': 'scale', 'scale and addressed entities': 'scale', 'addressed entities': 'scale', 'obseg': 'scale',
  'stakeholders': 'stakeholders', 'involved stakeholders': 'stakeholders', 'partners': 'stakeholders', 'deleznik': 'stakeholders',
  'delezniki': 'stakeholders',
  'start year': 'startYear', 'start': 'startYear', 'from': 'startYear', 'begin': 'startYear', 'zacetek': 'startYear',
  'end year': 'endYear', 'end': 'endYear', 'to': 'endYear', 'until': 'endYear', 'konec': 'endYear',
  'reduction tco2e per year': 'reductionTco2e', 'reduction tco2e': 'reductionTco2e', 'tco2e': 'reductionTco2e',
  'ghg reduction': 'reductionTco2e', 'reduction': 'reductionTco2e', 'emission reduction': 'reductionTco2e',
  'impact tco2e': 'reductionTco2e',
  'cost eur': 'costEur', 'cost': 'costEur', 'costs': 'costEur', 'total cost': 'costEur', 'total costs': 'costEur',
  'budget': 'costEur', 'investment': 'costEur', 'eur': 'costEur', 'strosek': 'costEur', 'stroski': 'costEur',
  'renewable mwh per year': 'renewableMwh', 'renewable mwh': 'renewableMwh', 'renewable energy': 'renewableMwh',
  'sinks tco2e per year': 'sinksTco2e', 'sinks tco2e': 'sinksTco2e', 'sinks': 'sinksTco2e',
  'ghg emissions compensated sinks': 'sinksTco2e', 'emissions compensated by sinks': 'sinksTco2e', 'ponori': 'sinksTco2e',
  'energy removed': 'energyRemoved', 'energy or fuel removed': 'energyRemoved', 'removed substituted energy': 'energyRemoved',
  'indicators': 'indicators', 'indicators for monitoring': 'indicators', 'kpi': 'indicators', 'kpis': 'indicators',
  'monitoring indicators': 'indicators', 'kazalniki': 'indicators',
  'cobenefits': 'cobenefits', 'co benefits': 'cobenefits', 'benefits': 'cobenefits', 'sorodne koristi': 'cobenefits',
  'notes': 'notes', 'note': 'notes', 'comments': 'notes', 'remarks': 'notes', 'opombe': 'notes',
  'early changes': 'earlyChanges', 'late outcomes': 'lateOutcomes',
  // derived figures: recomputed on the board, never read back
  'votes': 'ignore', 'cost per tco2e': 'ignore', 'eur per tco2e': 'ignore', 'cost per t': 'ignore',
};

/** A header as a column: exact aliases first, then the words it contains. */
function columnOf(header: string): Column | 'ignore' | null {
  const k = headerKey(header);
  if (!k) return null;
  if (ALIASES[k]) return ALIASES[k];
  const has = (...ws: string[]) => ws.some((w) => k.includes(w));
  if (has('per t', 'per tco2', 'eur t', 'tco2e eur', 'vote')) return 'ignore';
  if (has('sink', 'sequestr', 'compensated')) return 'sinksTco2e';
  if (has('indicator', 'kpi')) return 'indicators';
  if (has('removed', 'substituted')) return 'energyRemoved';
  if (has('tco2', 'co2', 'ghg', 'emission', 'reduction')) return 'reductionTco2e';
  if (has('mwh', 'renewable')) return 'renewableMwh';
  if (has('cost', 'budget', 'eur', 'invest')) return 'costEur';
  if (has('lever')) return 'levers';
  if (has('field')) return 'field';
  if (has('stakeholder')) return 'stakeholders';
  if (has('responsib')) return 'responsible';
  if (has('benefit')) return 'cobenefits';
  if (has('start')) return 'startYear';
  if (has('end year', 'end date', 'completion')) return 'endYear';
  if (has('title', 'name')) return 'title';
  return null;
}

const TEXT_LIMITS: Partial<Record<Column, number>> = {
  code: 40, title: 300, module: 20, description: 20000, type: 300, outcome: 2000, responsible: 1000,
  scale: 1000, notes: 20000, earlyChanges: 4000, lateOutcomes: 4000, energyRemoved: 1000, indicators: 2000,
};
const NUMBER_COLUMNS = ['startYear', 'endYear', 'reductionTco2e', 'costEur', 'renewableMwh', 'sinksTco2e'] as const;
type NumberColumn = (typeof NUMBER_COLUMNS)[number];

export interface ImportRow<T> { row: number; record: Partial<T>; matchId?: string }
export interface RowProblem { row: number; reason: string }
export interface RowWarning { row: number; message: string }

export interface InterventionImport {
  convention: NumberConvention;
  delimiter: string;
  rows: ImportRow<Intervention>[];
  skipped: RowProblem[];
  warnings: RowWarning[];
  /** columns we did not know: their values went into notes as "column: value" */
  unknownColumns: string[];
  /** columns we know and leave out (derived figures such as votes or cost per tCO2e) */
  ignoredColumns: string[];
  /** field labels the board does not have yet; cards carry them and sit in cross-cutting until added */
  newFields: string[];
}

export interface InterventionImportOptions {
  stakeholders?: readonly Stakeholder[];
  maxRows?: number;
  /** the language of reasons and warnings */
  lang?: ImportLang;
}

export function importInterventions(
  csvText: string, existing: readonly Intervention[], fields: readonly string[], options: InterventionImportOptions = {},
): InterventionImport {
  const result: InterventionImport = {
    convention: 'plain', delimiter: ',', rows: [], skipped: [], warnings: [], unknownColumns: [], ignoredColumns: [], newFields: [],
  };
  const lang = options.lang ?? 'en';
  const say = (key: ImportMessageKey, values?: Record<string, string | number>) => importMessage(lang, key, values);
  const table = readTable(csvText, { maxRows: options.maxRows, lang });
  if ('error' in table) return { ...result, skipped: [{ row: 1, reason: table.error }] };
  result.delimiter = table.delimiter;
  result.skipped.push(...table.broken);
  if (table.truncatedAt) result.skipped.push({ row: table.truncatedAt, reason: say('truncated', { max: options.maxRows ?? 5000 }) });

  const columns = table.header.map(columnOf);
  const seen = new Set<Column>();
  const unknown: number[] = [];
  columns.forEach((c, i) => {
    if (c === null) { if (table.header[i]) { unknown.push(i); result.unknownColumns.push(table.header[i]); } return; }
    if (c === 'ignore') { result.ignoredColumns.push(table.header[i]); return; }
    if (seen.has(c)) { columns[i] = null; unknown.push(i); result.unknownColumns.push(table.header[i]); return; }
    seen.add(c);
  });
  if (!seen.has('title')) {
    const reason = table.header.length === 1 && /[^A-Za-z0-9 _]/.test(table.header[0])
      ? say('oneColumn', { header: table.header[0].slice(0, 60) })
      : seen.size === 0
        ? say('noHeader', { first: table.header.slice(0, 4).join(table.delimiter).slice(0, 80), expected: 'code,title,field,levers' })
        : say('noTitleColumn');
    return { ...result, unknownColumns: [], skipped: [{ row: 1, reason }] };
  }
  const index = new Map<Column, number>();
  columns.forEach((c, i) => { if (c && c !== 'ignore') index.set(c, i); });

  const numericCells: string[] = [];
  for (const { cells } of table.rows) for (const c of NUMBER_COLUMNS) { const i = index.get(c); if (i !== undefined) numericCells.push(cells[i] ?? ''); }
  const found = detectConvention(numericCells, { delimiter: table.delimiter, lang });
  result.convention = found.convention;
  // "14.342" read by a guess is either right or 1000× off: the preview says which it took
  if (found.ambiguous) result.warnings.push({ row: 1, message: ambiguousNote(lang, found.convention, found.ambiguous) });

  // in the file's order, so that a row's reasons read left to right
  const numberColumns = NUMBER_COLUMNS.filter((c) => index.has(c)).sort((a, b) => index.get(a)! - index.get(b)!);
  const matcher = interventionMatcher(existing);
  const usedIds = new Set(existing.map((i) => i.id));
  const newIds = new Set<string>();
  const byId = new Map(existing.map((i) => [i.id, i]));
  const stakeholders = stakeholderIndex(options.stakeholders ?? []);

  for (const { row, cells } of table.rows) {
    const cell = (c: Column) => { const i = index.get(c); return i === undefined ? undefined : unneutralise((cells[i] ?? '').trim()); };
    // a row's warnings are kept only if the row is imported: a skipped row has its reasons instead
    const warnings: RowWarning[] = [];
    const warn = (message: string) => warnings.push({ row, message });
    const header = (c: Column) => table.header[index.get(c)!];
    const title = cell('title');
    // every reason a row has, so that fixing one does not uncover the next
    const problems: string[] = title ? [] : [say('noTitle')];

    const record: Partial<Intervention> = {};
    for (const [c, max] of Object.entries(TEXT_LIMITS) as Array<[Column, number]>) {
      const v = cell(c);
      if (v === undefined) continue;
      const { text, clipped } = clipText(v, max);
      if (clipped) warn(say('clipped', { column: header(c), max }));
      (record as Record<string, unknown>)[c] = text;
    }
    for (const c of numberColumns) {
      const v = cell(c);
      if (v === undefined) continue;
      const parsed = parseNumberCell(v, result.convention);
      if (!parsed.ok) { problems.push(`${header(c)}: ${numberProblem(lang, parsed)}`); continue; }
      if (parsed.leftOut) warn(`${header(c)}: ${numberNote(lang, parsed.value, parsed.leftOut)}`);
      const n = parsed.value;
      if (n !== null && (c === 'startYear' || c === 'endYear') && !(Number.isInteger(n) && n >= 2000 && n <= 2100)) {
        problems.push(`${header(c)}: ${say('notYear', { value: v })}`);
      } else if (n !== null && n < 0) {
        problems.push(`${header(c)}: ${say('negative', { value: v })}`);
      } else if (n !== null && n > MAX_FIGURE) {
        problems.push(`${header(c)}: ${say('tooLarge', { value: v, max: formatNumber(lang, MAX_FIGURE) })}`);
      } else record[c as NumberColumn] = n;
    }
    if (!title || problems.length) { result.skipped.push({ row, reason: problems.join('; ') }); continue; }

    const fieldCell = cell('field');
    if (fieldCell !== undefined) {
      const id = fieldId(fieldCell, fields);
      if (id === null) {
        const label = clipText(fieldCell, 80).text;
        record.field = label;
        if (!result.newFields.includes(label)) result.newFields.push(label);
      } else record.field = id;
    }
    const leverCell = cell('levers');
    if (leverCell !== undefined) {
      const { levers, unknown: unplaced } = leverIds(leverCell);
      for (const u of unplaced) warn(say('unknownLever', { value: u }));
      record.levers = levers;
    }
    const module = (record.module ?? '').toUpperCase().replace(/\s+/g, '');
    if (!record.levers?.length && (module === 'C-1' || module === 'C-2')) record.levers = [module === 'C-1' ? 'governance' : 'social'];
    const statusCell = cell('status');
    if (statusCell) {
      const status = statusId(statusCell);
      if (status) record.status = status;
      else warn(say('unknownStatus', { value: statusCell }));
    }
    const benefitCell = cell('cobenefits');
    if (benefitCell !== undefined) record.cobenefits = splitList(benefitCell, true).slice(0, 50).map((b) => clipText(b, 80).text);

    const givenId = cell('id');
    let matchId = givenId && byId.has(givenId) && !matcher.claimed.has(givenId) ? givenId : undefined;
    if (matchId) matcher.claimed.add(matchId);
    else matchId = matcher.match(record.code ?? '', title);
    if (!matchId && givenId) {
      if (idSchema.safeParse(givenId).success && !usedIds.has(givenId) && !newIds.has(givenId)) { record.id = givenId; newIds.add(givenId); }
      else warn(say('idNotUsable', { id: givenId.slice(0, 40) }));
    }
    const current = matchId ? byId.get(matchId) : undefined;
    const stakeholderCell = cell('stakeholders');
    if (stakeholderCell !== undefined) {
      record.stakeholders = stakeholderRefs(stakeholderCell, stakeholders, current?.stakeholders ?? [], (name, count) => warn(say('sharedName', { name, count })));
    }
    const start = record.startYear !== undefined ? record.startYear : current?.startYear ?? null;
    const end = record.endYear !== undefined ? record.endYear : current?.endYear ?? null;
    if (start !== null && end !== null && end < start && ('startYear' in record || 'endYear' in record)) {
      warn(say('endBeforeStart', { start, end }));
    }

    const unknownNotes = unknown.map((i) => [table.header[i], unneutralise((cells[i] ?? '').trim())] as const)
      .filter(([, v]) => v).map(([h, v]) => `${h}: ${v}`);
    if (unknownNotes.length) {
      const base = record.notes ?? (matchId ? byId.get(matchId)!.notes : '');
      const add = unknownNotes.filter((line) => !base.includes(line));
      record.notes = clipText([base, ...add].filter(Boolean).join('\n'), 20000).text;
    }

    const check = interventionSchema.safeParse({ ...defaults.interventions(0), ...(matchId ? byId.get(matchId) : {}), id: 'check', ...record, ...(record.id ? { id: record.id } : {}) });
    if (!check.success) {
      result.skipped.push({ row, reason: check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      continue;
    }
    result.rows.push(matchId ? { row, record, matchId } : { row, record });
    result.warnings.push(...warnings);
  }
  return result;
}

/**
 * Finds the existing intervention a row stands for; each is matched at most once per import, so
 * two rows never update one card.
 */
function interventionMatcher(existing: readonly Intervention[]) {
  const claimed = new Set<string>();
  const key = (s: string) => normalizeLabel(s);
  function match(code: string, title: string): string | undefined {
    const open = existing.filter((i) => !claimed.has(i.id));
    const byTitle = (list: readonly Intervention[]) => list.filter((i) => key(i.title) === key(title));
    let found: Intervention[] = [];
    if (key(code)) {
      found = open.filter((i) => key(i.code) === key(code));
      if (found.length > 1) found = byTitle(found);
      if (found.length === 0) found = byTitle(open.filter((i) => !key(i.code)));
    } else {
      found = byTitle(open);
    }
    if (found.length !== 1) return undefined;
    claimed.add(found[0].id);
    return found[0].id;
  }
  return { match, claimed };
}

/** The board's stakeholders by id and by name (`stakeholderNameKey`; a shared name lists them all). */
function stakeholderIndex(stakeholders: readonly Stakeholder[]) {
  const ids = new Set(stakeholders.map((s) => s.id));
  const byName = new Map<string, string[]>();
  for (const s of stakeholders) {
    const k = stakeholderNameKey(s.name);
    if (k) byName.set(k, [...(byName.get(k) ?? []), s.id]);
  }
  return { ids, byName };
}

/** the most "; " a stakeholder's name is looked for across */
const MAX_NAME_PARTS = 8;

/**
 * Stakeholders named in a cell: a known id, or a name one stakeholder has, becomes its id; anything
 * else stays as text. A name several stakeholders share stays text too, whole (`onShared` hears
 * of it), unless the card already links one of them (`linked`, in its order: an exported card that
 * links two namesakes lists the name twice); the export writes such links as ids. Names are joined
 * by "; " (or new lines, "|"), and a name may hold "; " itself: the longest run of parts that makes
 * a known name is taken whole.
 */
function stakeholderRefs(
  cell: string, index: ReturnType<typeof stakeholderIndex>, linked: readonly string[], onShared?: (name: string, count: number) => void,
): string[] {
  // parts and the separators between them, so that a run of parts reads as it was written
  const pieces = cell.split(/(\s*[;\n\r|]+\s*)/);
  const parts: Array<{ text: string; from: number; to: number }> = [];
  for (let k = 0, at = 0; k < pieces.length; at += pieces[k]!.length, k++) {
    if (k % 2 === 0 && pieces[k]!.trim()) parts.push({ text: pieces[k]!, from: at, to: at + pieces[k]!.length });
  }
  const idsOf = (name: string) => index.byName.get(stakeholderNameKey(name)) ?? [];
  const out: string[] = [];
  for (let k = 0; k < parts.length && out.length < 200;) {
    let ref: string | null = index.ids.has(parts[k]!.text.trim()) ? parts[k]!.text.trim() : null;
    let next = k + 1;
    /** the longest run naming several stakeholders, none of them linked: kept whole, as text */
    let shared: { name: string; count: number; next: number } | null = null;
    for (let j = Math.min(parts.length, k + MAX_NAME_PARTS) - 1; j >= k && ref === null; j--) {
      const name = cell.slice(parts[k]!.from, parts[j]!.to);
      const ids = idsOf(name);
      const chosen = ids.length === 1 ? ids[0] : linked.find((id) => ids.includes(id) && !out.includes(id));
      if (chosen !== undefined) { ref = chosen; next = j + 1; }
      else if (ids.length > 1) shared ??= { name: name.trim(), count: ids.length, next: j + 1 };
    }
    if (ref === null && shared) {
      ref = clipText(shared.name, 300).text;
      next = shared.next;
      onShared?.(ref, shared.count);
    }
    ref ??= clipText(parts[k]!.text.trim(), 300).text;
    if (!out.includes(ref)) out.push(ref);
    k = next;
  }
  return out;
}
