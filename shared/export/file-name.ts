/**
 * The name a board's files are saved under, from its title: one home for the server's exports
 * (Content-Disposition) and the pictures the browser draws itself.
 */

/** Letters NFKD does not take apart into a Latin letter and an accent, spelled as they usually are in ASCII. */
const LATIN: Record<string, string> = {
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', ẞ: 'SS',
  æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH', ħ: 'h', Ħ: 'H', ı: 'i',
};

/**
 * A file's name from the board's title: its letters and digits, lower case, joined by hyphens. In
 * ASCII by default ("Kranj (č đ)" → "kranj-c-d"), for the `filename` every client reads; with
 * `ascii: false` the title's own letters ("kranj-č-đ"), for `filename*` and the pictures the browser saves.
 */
export function fileBaseName(title: string, { ascii = true }: { ascii?: boolean } = {}): string {
  const letters = ascii
    ? title.replace(/[^\x00-\x7f]/g, (c) => LATIN[c] ?? c).normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-')
    : title.normalize('NFKC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '-');
  // cut by code point, so a letter outside the BMP is never halved
  const slug = [...letters.replace(/^-+/, '').toLowerCase()].slice(0, 60).join('').replace(/-+$/, '');
  return slug || 'board';
}
