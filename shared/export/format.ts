/**
 * Filling message templates and writing numbers in each language the app speaks: what the files we
 * write (report-messages.ts) and the reports on files we read (shared/csv/import-messages.ts) share.
 * Kept apart from both so that the client's figure inputs, which word their errors with the import's
 * messages, do not carry the report's texts too.
 */
export type Lang = 'en' | 'sl';

export const LOCALES: Record<Lang, string> = { en: 'en-GB', sl: 'sl-SI' };

/** `{name}` placeholders filled from `values`; an unknown one is left as it is */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** a number as the language writes it, digits always grouped: 113,265 (en) or 113.265 (sl); '' for no number */
export function formatNumber(lang: Lang, value: number | null | undefined, maxFractionDigits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxFractionDigits, useGrouping: 'always' }).format(value);
}
