/**
 * The workshop report as one standalone HTML file: inline SVG pictures, print styles for A4, no
 * scripts and nothing fetched, so it opens anywhere and prints well.
 */
import type { Block, Cell, ReportModel } from './report-model.ts';
import { cellText, sectionHeading } from './report-cells.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** An SVG picture inside HTML: drop the XML declaration, which is only valid at the start of a file. */
function inlineSvg(svg: string): string {
  return svg.replace(/^<\?xml[^>]*\?>\s*/, '');
}

function block(report: ReportModel, b: Block): string {
  switch (b.kind) {
    case 'paragraph': return `<p>${escapeHtml(b.text)}</p>`;
    case 'subheading': return `<h3>${escapeHtml(b.text)}</h3>`;
    case 'fields': return `<dl class="fields">${b.items.map((i) => `<dt>${escapeHtml(i.label)}</dt><dd>${escapeHtml(i.value)}</dd>`).join('')}</dl>`;
    case 'picture': return `<figure>${inlineSvg(b.svg)}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
    case 'table': {
      const cls = (numeric?: boolean) => (numeric ? ' class="num"' : '');
      const row = (cells: Cell[], tag: 'td' | 'th' = 'td') => `<tr>${b.columns.map((c, i) => `<${tag}${cls(c.numeric)}>${escapeHtml(cellText(report, c, cells[i] ?? null))}</${tag}>`).join('')}</tr>`;
      return `<table><thead><tr>${b.columns.map((c) => `<th scope="col"${cls(c.numeric)}>${escapeHtml(c.label)}</th>`).join('')}</tr></thead>`
        + `<tbody>${b.rows.map((r) => row(r)).join('')}</tbody>${b.footer ? `<tfoot>${row(b.footer, 'th')}</tfoot>` : ''}</table>`;
    }
  }
}

const STYLE = `
body { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; color: #1f2937; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: 0.25rem; } h2 { border-bottom: 2px solid #1d4ed8; padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { margin-top: 1.5rem; } .meta { color: #4b5563; margin: 0 0 2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 0.75rem 0; }
th, td { border: 1px solid #cbd5e1; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #e0e7ff; } tfoot th { background: #f1f5f9; } .num { text-align: right; white-space: nowrap; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; } figcaption { color: #4b5563; font-size: 0.85rem; }
dl.fields { display: grid; grid-template-columns: 14rem 1fr; gap: 0.2rem 1rem; } dl.fields dt { font-weight: bold; } dl.fields dd { margin: 0; white-space: pre-wrap; }
nav ol { columns: 2; }
@page { size: A4; margin: 18mm; } @media print { body { margin: 0; max-width: none; } h2 { break-before: page; } figure, tr { break-inside: avoid; } }
`;

export function reportHtml(report: ReportModel): string {
  const m = report.messages;
  const toc = report.sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(sectionHeading(s))}</a></li>`).join('');
  const sections = report.sections.map((s) =>
    `<section id="${s.id}" aria-labelledby="${s.id}-h"><h2 id="${s.id}-h">${escapeHtml(sectionHeading(s))}</h2>${s.blocks.map((b) => block(report, b)).join('\n')}</section>`).join('\n');
  const meta = [report.city ? `${m.city}: ${report.city}` : '', `${m.date}: ${report.date}`, `${m.language}: ${m.languageName}`].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="${report.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(`${report.title} — ${m.report}`)}</title><style>${STYLE}</style></head>
<body>
<header><h1>${escapeHtml(report.title)}</h1><p class="meta">${escapeHtml(m.report)} · ${meta.map(escapeHtml).join(' · ')}</p></header>
<nav aria-label="${escapeHtml(m.contents)}"><h2>${escapeHtml(m.contents)}</h2><ol>${toc}</ol></nav>
<main>
${sections}
</main>
</body>
</html>
`;
}
