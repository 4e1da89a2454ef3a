import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { decodeCsv, type DecodedCsv } from './decode.ts';
import { readTable } from './table.ts';

/** ASCII as it is, and each of č š ž Š Č Ž as the one byte windows-1250 (Slovenian Excel's "CSV") gives it */
const CP1250: Record<string, number> = { č: 0xe8, š: 0x9a, ž: 0x9e, Č: 0xc8, Š: 0x8a, Ž: 0x8e };
function windows1250(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => CP1250[ch] ?? (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : 0x3f)));
}
const SLOVENIAN = 'name,system\r\nŠolski center Kranj,Občina\r\nŽelezniška postaja,Promet; čisti zrak\r\n';

function decoded(result: DecodedCsv | { error: string }): DecodedCsv {
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('decodeCsv', () => {
  it('reads UTF-8, with or without a BOM, and says nothing', () => {
    const bytes = new TextEncoder().encode(SLOVENIAN);
    expect(decodeCsv(bytes)).toEqual({ text: SLOVENIAN, encoding: 'utf-8', warnings: [] });
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), { lang: 'sl' })).toEqual({ text: SLOVENIAN, encoding: 'utf-8', warnings: [] });
    expect(decodeCsv(new TextEncoder().encode('title\nPlain ASCII\n'))).toMatchObject({ encoding: 'utf-8', warnings: [] });
  });

  it('reads Excel\'s "Unicode text": UTF-16 with a BOM, little or big endian', () => {
    const text = SLOVENIAN.replaceAll(',', '\t');
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    expect(decodeCsv(le)).toEqual({ text, encoding: 'utf-16le', warnings: [] });
    const be = Buffer.from(le).swap16();
    expect(decodeCsv(be)).toEqual({ text, encoding: 'utf-16be', warnings: [] });
  });

  it('reads a file that is not UTF-8 in the legacy code page of the import\'s language, and says so', () => {
    const bytes = windows1250(SLOVENIAN);
    expect(bytes).toContain(0xe8);
    expect(decodeCsv(bytes, { lang: 'sl' })).toEqual({
      text: SLOVENIAN, encoding: 'windows-1250',
      warnings: [{ row: 1, message: 'datoteka ni v kodiranju UTF-8, zato je prebrana kot windows-1250 (srednjeevropsko); če so črke napačne, jo shranite kot »CSV UTF-8« in uvozite znova' }],
    });
    // an English import guesses Western European: Š š Ž ž are the same bytes there, č is not
    const en = decoded(decodeCsv(bytes));
    expect(en.encoding).toBe('windows-1252');
    expect(en.text).toContain('Šolski center Kranj,Obèina');
    expect(en.warnings).toEqual([{ row: 1, message: 'the file is not in UTF-8, so it was read as windows-1252 (Western European); if letters look wrong, save it as "CSV UTF-8" and import it again' }]);
    // windows-1252 as Excel writes it, whatever Node's TextDecoder does with 0x80–0x9F: € 5 – 6 ™
    expect(decoded(decodeCsv(Uint8Array.from([0x80, 0x20, 0x35, 0x20, 0x96, 0x20, 0x36, 0x99]))).text).toBe('€ 5 – 6™');
    expect(decoded(decodeCsv(Uint8Array.from([0x80, 0x35]), { contentType: 'text/csv; charset=latin1' }))).toEqual({ text: '€5', encoding: 'windows-1252', warnings: [] });
  });

  it('reads a charset the request declares, before guessing', () => {
    const bytes = windows1250(SLOVENIAN);
    expect(decodeCsv(bytes, { contentType: 'text/csv; charset=windows-1250' })).toEqual({ text: SLOVENIAN, encoding: 'windows-1250', warnings: [] });
    expect(decodeCsv(bytes, { contentType: 'text/csv;Charset="CP1250"' })).toMatchObject({ text: SLOVENIAN, encoding: 'windows-1250' });
    // ISO-8859-2 writes č as windows-1250 does
    expect(decoded(decodeCsv(Uint8Array.from([0x4f, 0x62, 0xe8, 0x69, 0x6e, 0x61]), { contentType: 'text/csv; charset=iso-8859-2' })).text).toBe('Občina');
    // a BOM says more than a header
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc5, 0xa1]), { contentType: 'text/csv; charset=windows-1250' })).toMatchObject({ text: 'š', encoding: 'utf-8' });
    // no charset, or an empty one, is no declaration
    expect(decoded(decodeCsv(bytes, { contentType: 'text/csv', lang: 'sl' })).warnings).toHaveLength(1);
    expect(decoded(decodeCsv(bytes, { contentType: 'application/vnd.ms-excel; charset=', lang: 'sl' })).encoding).toBe('windows-1250');
  });

  it('says so when the bytes are not valid in the encoding declared', () => {
    const r = decoded(decodeCsv(windows1250(SLOVENIAN), { contentType: 'text/csv; charset=utf-8' }));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('\uFFFD');
    expect(r.warnings).toEqual([{ row: 1, message: 'the file is not valid utf-8: what could not be read shows as "\uFFFD"' }]);
  });

  it('refuses a charset it does not know, with a reason in the import\'s language', () => {
    const bytes = new TextEncoder().encode(SLOVENIAN);
    expect(decodeCsv(bytes, { contentType: 'text/csv; charset=klingon-8' })).toEqual({
      error: 'the request declares the character set "klingon-8", which is not known here; send the file as UTF-8 or declare a known one (such as windows-1250)',
    });
    expect(decodeCsv(bytes, { contentType: 'text/csv; charset=klingon-8', lang: 'sl' })).toEqual({
      error: 'zahteva navaja nabor znakov »klingon-8«, ki ga tu ne poznamo; pošljite datoteko v UTF-8 ali navedite znano kodiranje (na primer windows-1250)',
    });
  });
});

describe('binary files, whichever code page reads them', () => {
  const refused = (bytes: Uint8Array) => (['en', 'sl'] as const).map((lang) => {
    const table = readTable(decoded(decodeCsv(bytes, { lang })).text, { lang });
    return 'error' in table ? table.error : null;
  });

  it('refuses a real .xlsx workbook (a zip) and random bytes', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Interventions').addRows([['code', 'title'], ['1.1', 'Daljinsko ogrevanje brez fosilnih goriv']]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(refused(xlsx)).toEqual(['this is not a text CSV file (it holds binary data)', 'to ni besedilna datoteka CSV (vsebuje binarne podatke)']);
    // no NUL byte, so only the characters text does not hold can tell
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => 1 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 255));
    expect(noise).not.toContain(0);
    expect(refused(noise)).toEqual(['this is not a text CSV file (it holds binary data)', 'to ni besedilna datoteka CSV (vsebuje binarne podatke)']);
  });

  it('reads Slovenian text in a code page as text', () => {
    const text = `${SLOVENIAN}${'Čistilna naprava,Voda; šolski okoliš; žičnica\r\n'.repeat(200)}`;
    expect(refused(windows1250(text))).toEqual([null, null]);
  });
});
