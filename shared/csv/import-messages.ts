/**
 * What the CSV import says about a file — why a row was skipped, what it warns about — in English
 * and Slovenian. The import runs on the server, where the client's svelte-i18n catalogs are not at
 * hand, so its words live here, the one home for both languages (as the exported files' words live
 * in shared/export/report-messages.ts); both must have the same keys (the type checks it).
 * `{name}` placeholders are filled; column names stay as the file writes them. What the file holds
 * is quoted as each language quotes: "…" in English, »…« in Slovenian (as the app's Slovenian does).
 */
import { fill, LOCALES } from '../export/format.ts';
import type { NumberConvention } from './numbers.ts';

export const IMPORT_LANGS = ['en', 'sl'] as const;
export type ImportLang = (typeof IMPORT_LANGS)[number];

/** The `lang` of a request: Slovenian when asked for, else English. */
export function importLang(value: unknown): ImportLang {
  return value === 'sl' ? 'sl' : 'en';
}

const en = {
  // the file as a whole
  empty: 'the file is empty',
  binary: 'this is not a text CSV file (it holds binary data)',
  noRows: 'the file has no rows',
  unreadable: 'the CSV could not be read here: {error}',
  truncated: 'only the first {max} rows are imported',
  // how the file's bytes were read (decode.ts)
  unknownCharset: 'the request declares the character set "{charset}", which is not known here; send the file as UTF-8 or declare a known one (such as windows-1250)',
  notUtf8: 'the file is not in UTF-8, so it was read as {encoding} ({script}); if letters look wrong, save it as "CSV UTF-8" and import it again',
  centralEuropean: 'Central European',
  westernEuropean: 'Western European',
  invalidBytes: 'the file is not valid {encoding}: what could not be read shows as "\uFFFD"',
  oneColumn: 'only one column found ("{header}"): separate columns with , ; tab or |',
  noHeader: 'no header row we recognise (first row: "{first}"); expected columns such as {expected}',
  noTitleColumn: 'no title column (title, name or action)',
  noNameColumn: 'no name column (name or stakeholder)',
  // a row
  noTitle: 'no title',
  noName: 'no name',
  clipped: '{column} was cut to {max} characters',
  idNotUsable: 'id "{id}" is not usable here; a new id is given',
  // a figure
  notNumber: '"{cell}" is not a number',
  badGroups: '"{cell}" is not a number: after a thousands separator come exactly three digits (1.234.567 or 1,234,567)',
  leftOut: 'read {value} from "{cell}"; "{leftOut}" was left out',
  notYear: '{value} is not a year between 2000 and 2100',
  negative: '{value} is negative',
  tooLarge: '{value} is larger than {max}',
  endBeforeStart: 'the end year {end} is before the start year {start}; imported as written',
  ambiguous: '"{cell}" and figures like it could be read either way; read as {value} ({convention}). If that is wrong, check the file\'s number format.',
  european: 'European',
  english: 'English',
  notLevel: '"{cell}" is neither a level (high, medium, low) nor a number 0–100',
  emptyGrid: '{column} is empty; placed at 50 (medium)',
  outsideGrid: '{value} is outside 0–100',
  // words the board does not know
  unknownLever: 'unknown lever "{value}"',
  unknownStatus: 'unknown status "{value}" (kept the current one)',
  unknownSector: 'unknown sector "{value}"',
  unknownAttitude: 'unknown attitude "{value}"',
  unknownEngagement: 'unknown engagement level "{value}"',
  sharedName: '"{name}" is the name of {count} stakeholders on the board: kept as text; link the right one on the card',
};

export type ImportMessages = typeof en;
export type ImportMessageKey = keyof ImportMessages;

const sl: Record<ImportMessageKey, string> = {
  empty: 'datoteka je prazna',
  binary: 'to ni besedilna datoteka CSV (vsebuje binarne podatke)',
  noRows: 'datoteka nima vrstic',
  unreadable: 'datoteke CSV tu ni bilo mogoče prebrati: {error}',
  truncated: 'uvoženih je le prvih {max} vrstic',
  unknownCharset: 'zahteva navaja nabor znakov »{charset}«, ki ga tu ne poznamo; pošljite datoteko v UTF-8 ali navedite znano kodiranje (na primer windows-1250)',
  notUtf8: 'datoteka ni v kodiranju UTF-8, zato je prebrana kot {encoding} ({script}); če so črke napačne, jo shranite kot »CSV UTF-8« in uvozite znova',
  centralEuropean: 'srednjeevropsko',
  westernEuropean: 'zahodnoevropsko',
  invalidBytes: 'datoteka ni veljavna v kodiranju {encoding}: česar ni bilo mogoče prebrati, je prikazano kot »\uFFFD«',
  oneColumn: 'najden je le en stolpec (»{header}«): stolpce ločite z vejico, podpičjem, tabulatorjem ali |',
  noHeader: 'vrstice z glavo ne prepoznamo (prva vrstica: »{first}«); pričakovani so stolpci, kot so {expected}',
  noTitleColumn: 'ni stolpca z naslovom (title, name ali action)',
  noNameColumn: 'ni stolpca z imenom (name ali stakeholder)',
  noTitle: 'ni naslova',
  noName: 'ni imena',
  clipped: 'besedilo v stolpcu {column} je skrajšano na {max} znakov',
  idNotUsable: 'id »{id}« tu ni uporaben; dodeljen je nov id',
  notNumber: '»{cell}« ni število',
  badGroups: '»{cell}« ni število: za ločilom tisočic so natanko tri števke (1.234.567 ali 1,234,567)',
  leftOut: 'iz »{cell}« prebrano {value}; »{leftOut}« je izpuščeno',
  notYear: '{value} ni leto med 2000 in 2100',
  negative: '{value} je negativno',
  tooLarge: '{value} je več kot {max}',
  endBeforeStart: 'leto konca {end} je pred letom začetka {start}; uvoženo, kot je zapisano',
  ambiguous: '»{cell}« in podobna števila je mogoče brati na dva načina; prebrano kot {value} ({convention}). Če to ni prav, preverite zapis števil v datoteki.',
  european: 'evropski zapis',
  english: 'angleški zapis',
  notLevel: '»{cell}« ni ne raven (visoka, srednja, nizka) ne število od 0 do 100',
  emptyGrid: 'celica v stolpcu {column} je prazna; postavljeno na 50 (srednja raven)',
  outsideGrid: '{value} ni med 0 in 100',
  unknownLever: 'neznan vzvod »{value}«',
  unknownStatus: 'neznano stanje »{value}« (ohranjeno je dosedanje)',
  unknownSector: 'neznan sektor »{value}«',
  unknownAttitude: 'neznan odnos »{value}«',
  unknownEngagement: 'neznana raven vključenosti »{value}«',
  sharedName: 'ime »{name}« ima na tabli več deležnikov ({count}): ostane besedilo; pravega povežite na kartici',
};

export const IMPORT_MESSAGES: Record<ImportLang, ImportMessages> = { en, sl };

/** One message in `lang`, its placeholders filled. */
export function importMessage(lang: ImportLang, key: ImportMessageKey, values: Record<string, string | number> = {}): string {
  return fill(IMPORT_MESSAGES[lang][key], values);
}

/** Why a cell is no number, in `lang`. */
export function numberProblem(lang: ImportLang, parsed: { problem: 'notNumber' | 'badGroups'; cell: string }): string {
  return importMessage(lang, parsed.problem, { cell: parsed.cell });
}

/** What of a cell was left out after its first figure, in `lang`. */
export function numberNote(lang: ImportLang, value: number | null, leftOut: { cell: string; rest: string }): string {
  return importMessage(lang, 'leftOut', { value: value ?? '', cell: leftOut.cell, leftOut: leftOut.rest });
}

/**
 * The file-level note when only the tie-break decided how to read figures like `cell` (numbers.ts
 * `detectConvention`). The value is written without thousands groups, which would be ambiguous
 * again: 14342, or 14.342 (en) / 14,342 (sl).
 */
export function ambiguousNote(lang: ImportLang, convention: NumberConvention, ambiguous: { cell: string; value: number }): string {
  const value = new Intl.NumberFormat(LOCALES[lang], { useGrouping: false, maximumFractionDigits: 6 }).format(ambiguous.value);
  return importMessage(lang, 'ambiguous', { cell: ambiguous.cell, value, convention: importMessage(lang, convention === 'european' ? 'european' : 'english') });
}
