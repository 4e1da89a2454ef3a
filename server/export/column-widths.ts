/**
 * Column widths for a report table on a page: each column gets its share by weight, but never
 * less than its longest word needs, so "Interest" and "Environment" are not split in the middle
 * ("Interes / t"). What a column must have is taken from the others, still by weight.
 */

/**
 * `weights`: relative widths; `minimums`: the width each column's longest word needs; `total`:
 * the width to fill. Returns null when even the minimums do not fit (the caller tries a smaller
 * font).
 */
export function fitColumns(weights: readonly number[], minimums: readonly number[], total: number): number[] | null {
  if (minimums.reduce((a, b) => a + b, 0) > total + 1e-6) return null;
  const fixed = new Set<number>();
  for (;;) {
    const free = total - [...fixed].reduce((a, i) => a + minimums[i]!, 0);
    const weight = weights.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0);
    const widths = weights.map((w, i) => (fixed.has(i) ? minimums[i]! : weight > 0 ? (w / weight) * free : 0));
    const short = widths.flatMap((w, i) => (!fixed.has(i) && w < minimums[i]! ? [i] : []));
    if (short.length === 0) return widths;
    for (const i of short) fixed.add(i);
  }
}

/**
 * The words a line may not break inside (a line breaks after spaces, and after a hyphen or slash),
 * each with the spaces that follow it: pdfkit's line wrapper measures "Municipal " with its space
 * and splits the word letter by letter when that is wider than the line ("Municipal co / ncessioner"),
 * though the same word ending the cell fits.
 */
export function unbreakableParts(text: string): string[] {
  return text.split(/(?<=[\s/-])(?=\S)/u).filter((part) => part.trim() !== '');
}

/**
 * The width of each column's longest word (those in `header` in bold), as a function of the font size.
 * A table tries several sizes until its words fit; text width is proportional to font size, so each
 * distinct word is measured once, at `measuredAt`, and every size is a multiplication.
 * `measure(text, bold)` gives a word's width at `measuredAt` as the line wrapper sees it: with the
 * spaces after it (see `unbreakableParts`), and the character spacing if the text has any.
 */
export function longestWordWidths(
  columns: readonly { header: readonly string[]; body: readonly string[] }[],
  measure: (text: string, bold: boolean) => number,
  measuredAt: number,
): (size: number) => number[] {
  const known = new Map<string, number>();
  const width = (text: string, bold: boolean) => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let w = known.get(key);
    if (w === undefined) known.set(key, (w = measure(text, bold)));
    return w;
  };
  const longest = columns.map((c) => {
    let max = 0;
    for (const t of c.header) max = Math.max(max, width(t, true));
    for (const t of c.body) max = Math.max(max, width(t, false));
    return max;
  });
  return (size) => longest.map((w) => (w * size) / measuredAt);
}
