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

/** The words a line may not break inside: split at spaces, and after a hyphen or slash. */
export function unbreakableParts(text: string): string[] {
  return text.split(/\s+|(?<=[-/])/u).filter(Boolean);
}
