/**
 * The workshop report as Markdown (CommonMark + GFM tables). Pictures are embedded as SVG data
 * URLs, so the file stands alone.
 */
import type { Block, Cell, ReportModel } from './report-model.ts';
import { cellText, sectionHeading } from './report-cells.ts';

/** Text that cannot break a table or start Markdown syntax it does not mean. */
function inline(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function block(report: ReportModel, b: Block): string {
  switch (b.kind) {
    case 'paragraph': return inline(b.text);
    case 'subheading': return `### ${inline(b.text)}`;
    case 'fields': return b.items.map((i) => `- **${inline(i.label)}:** ${inline(i.value)}`).join('\n');
    case 'picture': {
      const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(b.svg).replace(/\(/g, '%28').replace(/\)/g, '%29')}`;
      return `![${inline(b.caption)}](${url})\n\n*${inline(b.caption)}*`;
    }
    case 'table': {
      const head = `| ${b.columns.map((c) => inline(c.label)).join(' | ')} |`;
      const rule = `| ${b.columns.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`;
      const row = (cells: Cell[], strong = false) =>
        `| ${b.columns.map((c, i) => { const t = inline(cellText(report, c, cells[i] ?? null)); return strong && t ? `**${t}**` : t; }).join(' | ')} |`;
      return [head, rule, ...b.rows.map((r) => row(r)), ...(b.footer ? [row(b.footer, true)] : [])].join('\n');
    }
  }
}

export function reportMarkdown(report: ReportModel): string {
  const m = report.messages;
  const out: string[] = [
    `# ${inline(report.title)}`,
    [
      `**${inline(m.report)}**`,
      report.city ? `${inline(m.city)}: ${inline(report.city)}` : '',
      `${inline(m.date)}: ${inline(report.date)}`,
      `${inline(m.language)}: ${inline(m.languageName)}`,
    ].filter(Boolean).join('  \n'),
  ];
  for (const section of report.sections) {
    out.push(`## ${inline(sectionHeading(section))}`);
    for (const b of section.blocks) out.push(block(report, b));
  }
  return `${out.join('\n\n')}\n`;
}
