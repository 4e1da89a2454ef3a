/** Sorting table rows by one column: text in the reader's language order, numbers numerically. */
export type SortDirection = 'ascending' | 'descending';

export function sortRows<T>(rows: readonly T[], value: (row: T) => string | number | boolean, direction: SortDirection, locale = 'en'): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const c = typeof a.key === 'string' && typeof b.key === 'string'
        ? collator.compare(a.key, b.key)
        : Number(a.key) - Number(b.key);
      // empty text sorts last either way; ties keep their order
      if (a.key === '' && b.key !== '') return 1;
      if (b.key === '' && a.key !== '') return -1;
      return c * sign || a.index - b.index;
    })
    .map((r) => r.row);
}
