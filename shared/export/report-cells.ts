/** How the text renderers (Markdown, HTML, PDF, DOCX) write a report cell: numbers in the report's language. */
import type { Cell, Column, ReportModel } from './report-model.ts';
import { formatNumber } from './report-messages.ts';

export function cellText(report: Pick<ReportModel, 'lang'>, column: Column | undefined, value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(report.lang, value, column?.digits ?? 0);
  return value;
}

/** The heading of a section: "A-2.1 Emissions gap". */
export function sectionHeading(section: { module: string; title: string }): string {
  return section.module ? `${section.module} ${section.title}` : section.title;
}
