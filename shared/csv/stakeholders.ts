/**
 * stakeholders.csv import: the contract's columns (id,name,organisation,type,sector,system,power,
 * interest,attitude,engagement,notes) and the systems & stakeholder mapping as plans print it
 * (system,name,type,description,influence,interest with high/medium/low, interest_note).
 *
 * - influence/power and interest: a number 0–100, or a level word: high 85, medium 50, low 15
 *   (so the three levels land in clearly different parts of the Mendelow grid). An empty cell
 *   places a new stakeholder at 50, with a warning (it is not "medium"), and leaves an existing one
 *   where the board has it.
 * - sector: the sector cell, else guessed from the type ("Local Authority" → public).
 * - notes: description, then notes, then "Interest: <interest_note>", then unknown columns.
 * - re-import matches by id, else by name (`stakeholderNameKey`, as the interventions import links
 *   names) within the same system, else by a name only one existing stakeholder has; each existing
 *   stakeholder is matched at most once, so a plan that lists one organisation under two systems
 *   keeps two markers.
 * - a skipped row gives every reason it has, in `options.lang` (import-messages.ts).
 */
import { defaults, idSchema, stakeholderSchema, type Stakeholder } from '../schema/index.ts';
import { detectConvention, parseNumberCell, type NumberConvention } from './numbers.ts';
import { ambiguousNote, importMessage, numberNote, numberProblem, type ImportLang, type ImportMessageKey } from './import-messages.ts';
import { clipText, headerKey, readTable, unneutralise } from './table.ts';
import type { InterventionImport, ImportRow, RowWarning } from './interventions.ts';
import { attitudeId, engagementId, levelValue, normalizeLabel, sectorId } from './vocabulary.ts';
import { stakeholderNameKey } from '../stakeholders/names.ts';

type Column =
  | 'id' | 'name' | 'organisation' | 'type' | 'sector' | 'system' | 'power' | 'interest' | 'attitude'
  | 'engagement' | 'notes' | 'description' | 'interestNote' | 'x' | 'y';

const ALIASES: Record<string, Column | 'ignore'> = {
  'id': 'id',
  'name': 'name', 'stakeholder': 'name', 'stakeholder name': 'name', 'actor': 'name', 'label': 'name',
  'ime': 'name', 'naziv': 'name', 'deleznik': 'name',
  'organisation': 'organisation', 'organization': 'organisation', 'org': 'organisation', 'organizacija': 'organisation',
  'type': 'type', 'stakeholder type': 'type', 'vrsta': 'type', 'tip': 'type',
  'sector': 'sector', 'helix': 'sector', 'helix sector': 'sector', 'sektor': 'sector',
  'system': 'system', 'urban system': 'system', 'sistem': 'system',
  'power': 'power', 'influence': 'power', 'vpliv': 'power', 'moc': 'power',
  'interest': 'interest', 'interes': 'interest',
  'attitude': 'attitude', 'position': 'attitude', 'stance': 'attitude', 'odnos': 'attitude',
  'engagement': 'engagement', 'engagement level': 'engagement', 'iap2': 'engagement', 'vkljucenost': 'engagement',
  'notes': 'notes', 'note': 'notes', 'comments': 'notes', 'opombe': 'notes',
  'description': 'description', 'role': 'description', 'opis': 'description',
  'interest note': 'interestNote', 'interest notes': 'interestNote', 'interest description': 'interestNote',
  'x': 'x', 'y': 'y',
};

const TEXT_LIMITS: Partial<Record<Column, number>> = { name: 300, organisation: 300, type: 120, system: 300 };

export type StakeholderImport = Omit<InterventionImport, 'rows' | 'newFields'> & { rows: ImportRow<Stakeholder>[] };

export function importStakeholders(
  csvText: string, existing: readonly Stakeholder[], options: { maxRows?: number; lang?: ImportLang } = {},
): StakeholderImport {
  const result: StakeholderImport = {
    convention: 'plain', delimiter: ',', rows: [], skipped: [], warnings: [], unknownColumns: [], ignoredColumns: [],
  };
  const lang = options.lang ?? 'en';
  const say = (key: ImportMessageKey, values?: Record<string, string | number>) => importMessage(lang, key, values);
  const table = readTable(csvText, { maxRows: options.maxRows, lang });
  if ('error' in table) return { ...result, skipped: [{ row: 1, reason: table.error }] };
  result.delimiter = table.delimiter;
  result.skipped.push(...table.broken);
  if (table.truncatedAt) result.skipped.push({ row: table.truncatedAt, reason: say('truncated', { max: options.maxRows ?? 5000 }) });

  const index = new Map<Column, number>();
  const unknown: number[] = [];
  table.header.forEach((h, i) => {
    const c = ALIASES[headerKey(h)] ?? null;
    if (c === 'ignore') result.ignoredColumns.push(h);
    else if (c === null || index.has(c)) { if (h) { unknown.push(i); result.unknownColumns.push(h); } }
    else index.set(c, i);
  });
  if (!index.has('name')) {
    const reason = table.header.length === 1 && /[^A-Za-z0-9 _]/.test(table.header[0])
      ? say('oneColumn', { header: table.header[0].slice(0, 60) })
      : index.size === 0
        ? say('noHeader', { first: table.header.slice(0, 4).join(table.delimiter).slice(0, 80), expected: 'name,type,system,power,interest' })
        : say('noNameColumn');
    return { ...result, unknownColumns: [], skipped: [{ row: 1, reason }] };
  }
  const numericCells: string[] = [];
  for (const { cells } of table.rows) for (const c of ['power', 'interest', 'x', 'y'] as const) {
    const i = index.get(c);
    if (i !== undefined) numericCells.push(cells[i] ?? '');
  }
  const found = detectConvention(numericCells, { delimiter: table.delimiter, lang });
  result.convention = found.convention;
  if (found.ambiguous) result.warnings.push({ row: 1, message: ambiguousNote(lang, found.convention, found.ambiguous) });

  const byId = new Map(existing.map((s) => [s.id, s]));
  const claimed = new Set<string>();
  const newIds = new Set<string>();

  for (const { row, cells } of table.rows) {
    const cell = (c: Column) => { const i = index.get(c); return i === undefined ? undefined : unneutralise((cells[i] ?? '').trim()); };
    // a row's warnings are kept only if the row is imported: a skipped row has its reasons instead
    const warnings: RowWarning[] = [];
    const warn = (message: string) => warnings.push({ row, message });
    /** a column as the file names it, in reasons and warnings */
    const header = (c: Column) => table.header[index.get(c)!];
    const name = cell('name');
    // every reason a row has, so that fixing one does not uncover the next
    const problems: string[] = name ? [] : [say('noName')];

    const record: Partial<Stakeholder> = {};
    /** grid columns whose cell is empty: placed once we know whether the row is a new stakeholder */
    const blank: Array<'power' | 'interest'> = [];
    for (const [c, max] of Object.entries(TEXT_LIMITS) as Array<[Column, number]>) {
      const v = cell(c);
      if (v === undefined) continue;
      const { text, clipped } = clipText(v, max);
      if (clipped) warn(say('clipped', { column: header(c), max }));
      (record as Record<string, unknown>)[c] = text;
    }
    for (const c of ['power', 'interest'] as const) {
      const v = cell(c);
      if (v === undefined) continue;
      const value = gridValue(v, result.convention, lang);
      if (typeof value === 'string') problems.push(`${header(c)}: ${value}`);
      else if (value.value === null) blank.push(c);
      else {
        record[c] = value.value;
        if (value.note) warn(`${header(c)}: ${value.note}`);
      }
    }
    for (const c of ['x', 'y'] as const) {
      const v = cell(c);
      if (!v) continue;
      const parsed = parseNumberCell(v, result.convention);
      if (!parsed.ok) { problems.push(`${header(c)}: ${numberProblem(lang, parsed)}`); continue; }
      if (parsed.value === null) continue;
      record[c] = parsed.value;
      if (parsed.leftOut) warn(`${header(c)}: ${numberNote(lang, parsed.value, parsed.leftOut)}`);
    }
    if (!name || problems.length) { result.skipped.push({ row, reason: problems.join('; ') }); continue; }

    const sectorCell = cell('sector');
    let sector = sectorCell ? sectorId(sectorCell) : null;
    if (sectorCell && !sector) warn(say('unknownSector', { value: sectorCell }));
    if (!sector && record.type) sector = sectorId(record.type);
    if (sectorCell !== undefined || record.type !== undefined) record.sector = sector ?? '';
    const attitudeCell = cell('attitude');
    if (attitudeCell) {
      const a = attitudeId(attitudeCell);
      if (a) record.attitude = a; else warn(say('unknownAttitude', { value: attitudeCell }));
    }
    const engagementCell = cell('engagement');
    if (engagementCell) {
      const e = engagementId(engagementCell);
      if (e) record.engagement = e; else warn(say('unknownEngagement', { value: engagementCell }));
    }

    const givenId = cell('id');
    let matchId = givenId && byId.has(givenId) && !claimed.has(givenId) ? givenId : undefined;
    if (!matchId) matchId = matchByName(existing, claimed, name, record.system);
    if (matchId) claimed.add(matchId);
    else if (givenId) {
      if (idSchema.safeParse(givenId).success && !byId.has(givenId) && !newIds.has(givenId)) { record.id = givenId; newIds.add(givenId); }
      else warn(say('idNotUsable', { id: givenId.slice(0, 40) }));
    }
    // an empty cell keeps a stakeholder's place on the grid; a new one needs a place, and 50 looks
    // just like "medium", so the report says it was a default
    if (!matchId) for (const c of blank) { record[c] = 50; warn(say('emptyGrid', { column: header(c) })); }

    const hasNoteColumns = ['description', 'notes', 'interestNote'].some((c) => index.has(c as Column)) || unknown.length > 0;
    if (hasNoteColumns) {
      const interestNote = cell('interestNote');
      const extra = unknown.map((i) => [table.header[i], unneutralise((cells[i] ?? '').trim())] as const)
        .filter(([, v]) => v).map(([h, v]) => `${h}: ${v}`);
      const base = [cell('description'), cell('notes'), interestNote ? `Interest: ${interestNote}` : ''].filter(Boolean).join('\n\n');
      const keep = !index.has('notes') && !index.has('description') && matchId ? byId.get(matchId)!.notes : base;
      const lines = [keep, ...extra.filter((l) => !keep.includes(l))].filter(Boolean).join('\n');
      record.notes = clipText(lines, 20000).text;
    }

    const check = stakeholderSchema.safeParse({ ...defaults.stakeholders(0), ...(matchId ? byId.get(matchId) : {}), id: 'check', ...record, ...(record.id ? { id: record.id } : {}) });
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
 * A grid value: 0–100 or a level word (`value` null when empty), with a note when part of the cell
 * was left out ("80 (est.)"); a string says what is wrong.
 */
function gridValue(cell: string, convention: NumberConvention, lang: ImportLang): { value: number | null; note?: string } | string {
  if (!cell) return { value: null };
  const level = levelValue(cell);
  if (level !== null) return { value: level };
  const parsed = parseNumberCell(cell.replace(/%\s*$/, ''), convention);
  if (!parsed.ok) return importMessage(lang, 'notLevel', { cell: cell.slice(0, 40) });
  if (parsed.value === null) return { value: null };
  if (parsed.value < 0 || parsed.value > 100) return importMessage(lang, 'outsideGrid', { value: cell });
  return parsed.leftOut ? { value: parsed.value, note: numberNote(lang, parsed.value, parsed.leftOut) } : { value: parsed.value };
}

function matchByName(existing: readonly Stakeholder[], claimed: Set<string>, name: string, system: string | undefined): string | undefined {
  const n = stakeholderNameKey(name);
  const open = existing.filter((s) => !claimed.has(s.id) && stakeholderNameKey(s.name) === n);
  if (system !== undefined) {
    const same = open.filter((s) => normalizeLabel(s.system) === normalizeLabel(system));
    if (same.length >= 1) return same[0].id;
  }
  return open.length === 1 ? open[0].id : undefined;
}
