/**
 * A CSV file's bytes as text. What people upload is what their spreadsheet saved: "CSV UTF-8", or
 * plain "CSV", which Excel writes in the system's legacy code page (windows-1250 in Slovenia, where
 * č š ž are single bytes that are no valid UTF-8), or "Unicode text" (UTF-16 with a BOM). Read in
 * this order, the first that applies:
 *
 * 1. a BOM: UTF-8, UTF-16 LE or BE;
 * 2. a charset the request declares (`text/csv; charset=…`) — one TextDecoder does not know is an error;
 * 3. valid UTF-8 (plain ASCII too);
 * 4. else a legacy single-byte code page, which cannot be told from the bytes: windows-1250 (Central
 *    European) for a Slovenian import, windows-1252 (Western European) otherwise; the report says
 *    which, so that a wrong guess is never silent.
 *
 * Bytes the chosen encoding cannot read become U+FFFD, and the report says so too. Notes are
 * file-level (row 1), in the import's language. TextDecoder is in every browser and in Node.
 */
import { importMessage, type ImportLang } from './import-messages.ts';
import type { RowWarning } from './interventions.ts';

export interface DecodedCsv {
  text: string;
  /** the encoding the file was read in, as TextDecoder names it: utf-8, utf-16le, windows-1250… */
  encoding: string;
  /** file-level notes (row 1): an assumed code page, bytes the encoding could not read */
  warnings: RowWarning[];
}

export interface DecodeOptions {
  /** the request's Content-Type, which may declare a charset */
  contentType?: string | null;
  lang?: ImportLang;
}

const LEGACY: Record<ImportLang, { encoding: string; script: 'centralEuropean' | 'westernEuropean' }> = {
  sl: { encoding: 'windows-1250', script: 'centralEuropean' },
  en: { encoding: 'windows-1252', script: 'westernEuropean' },
};

export function decodeCsv(bytes: Uint8Array, { contentType, lang = 'en' }: DecodeOptions = {}): DecodedCsv | { error: string } {
  const bom = bomOf(bytes);
  if (bom) return read(bytes, bom, lang);
  const charset = charsetOf(contentType);
  if (charset !== null) {
    let encoding: string;
    try {
      encoding = new TextDecoder(charset).encoding;
    } catch {
      return { error: importMessage(lang, 'unknownCharset', { charset: charset.slice(0, 40) }) };
    }
    return read(bytes, encoding, lang);
  }
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings: [] };
  const { encoding, script } = LEGACY[lang];
  const decoded = read(bytes, encoding, lang);
  const notice = importMessage(lang, 'notUtf8', { encoding, script: importMessage(lang, script) });
  return { ...decoded, warnings: [{ row: 1, message: notice }, ...decoded.warnings] };
}

function bomOf(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** `text/csv; charset="windows-1250"` → windows-1250; null when none is declared */
function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  const charset = (m?.[1] ?? m?.[2] ?? '').trim();
  return charset || null;
}

/** The text, or null when the bytes are not valid in `encoding`. A BOM is dropped. */
function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function read(bytes: Uint8Array, encoding: string, lang: ImportLang): DecodedCsv {
  const text = strict(bytes, encoding);
  if (text !== null) return { text: fixWindows1252(text, encoding), encoding, warnings: [] };
  return {
    text: fixWindows1252(new TextDecoder(encoding).decode(bytes), encoding), encoding,
    warnings: [{ row: 1, message: importMessage(lang, 'invalidBytes', { encoding }) }],
  };
}

/**
 * windows-1252's 0x80–0x9F (€, Š, Ž, š, ž, typographic quotes and dashes, ™…), as the WHATWG
 * Encoding Standard maps them; the five bytes it leaves undefined stay C1 controls.
 */
const WINDOWS_1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20.18.3 and later decode windows-1252 (and latin1, its WHATWG alias) as ISO-8859-1, which
 * has C1 controls where windows-1252 has € and Š (nodejs/node#60888); a correct decoder gives no C1
 * there but the undefined five, which map to themselves.
 */
function fixWindows1252(text: string, encoding: string): string {
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!) : text;
}
