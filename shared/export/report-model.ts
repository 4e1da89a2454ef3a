/**
 * The workshop report as one model, laid out along the Climate City Contract's Action Plan
 * modules: emissions gap, A-3.2 stakeholder mapping, B-1.1 impact pathways, B-2.2 action
 * outlines, C-3.1 financing, then voting results and open comment threads. Markdown, HTML, PDF and
 * DOCX each render this same model, so the four files always say the same thing.
 *
 * The model is plain data made of a few block kinds (paragraph, sub-heading, table, picture, field
 * list); numbers stay numbers so each renderer formats them for its medium and language.
 */
import type { BoardSnapshot } from '../board/snapshot.ts';
import type { CanvasItem, Comment, Intervention, Round } from '../schema/index.ts';
import { byCode, emissionsGap, fieldOf, fieldsOfBoard, impactPathways, pathwayTexts, type PathwayGroup, type PathwayText } from '../portfolio/index.ts';
import { quadrantOf } from '../stakeholders/index.ts';
import { countVotes, tally, type Seen } from '../facilitation/votes.ts';
import { matrixSvg } from './pictures/matrix.ts';
import { canvasSvg } from './pictures/canvas.ts';
import { networkSvg } from './pictures/network.ts';
import { stakeholderGridSvg, stakeholderOrder } from './pictures/stakeholder-grid.ts';
import { REPORT_MESSAGES, fieldLabel, fill, fillCount, formatNumber, leverLabel, type ReportLang, type ReportMessages } from './report-messages.ts';

export type Cell = string | number | null;
export interface Column { label: string; numeric?: boolean; /** fraction digits shown for numbers */ digits?: number; /** relative width */ width?: number }

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'table'; columns: Column[]; rows: Cell[][]; footer?: Cell[] }
  | { kind: 'picture'; caption: string; svg: string; width: number; height: number }
  | { kind: 'fields'; items: { label: string; value: string }[] };

export interface Section { id: string; module: string; title: string; blocks: Block[] }

export interface ReportModel {
  lang: ReportLang;
  messages: ReportMessages;
  title: string;
  city: string;
  /** the day the report was made, written out in the report's language */
  date: string;
  sections: Section[];
}

export interface ReportOptions { lang?: ReportLang; now?: Date }

/**
 * A board as its reader may see it (`seenBy(snapshot, role)`): the report, the workbook and the
 * CSV count votes, and take only this, so a round not yet revealed cannot leak into a file.
 */
export type SeenBoard = Seen<BoardSnapshot>;

export function buildReport(board: SeenBoard, { lang = 'en', now = new Date() }: ReportOptions = {}): ReportModel {
  const m = REPORT_MESSAGES[lang];
  return {
    lang,
    messages: m,
    title: board.meta.title || m.report,
    city: board.meta.city,
    date: new Intl.DateTimeFormat(m.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(now),
    sections: [
      gapSection(board, m, lang),
      stakeholderSection(board, m, lang),
      ...canvasSection(board, m, lang),
      pathwaySection(board, m),
      outlineSection(board, m, lang),
      financingSection(board, m),
      votingSection(board, m),
      commentSection(board, m),
    ],
  };
}


function actionName(i: Pick<Intervention, 'code' | 'title'>): string {
  return [i.code, i.title].filter(Boolean).join(' ');
}

/**
 * A list written in one text, "; " between its items as in the CSV and the workbook: the items are
 * names people wrote, often with commas of their own ("Large energy consumers in the areas (Elderly
 * home, health, education and commercial centres)"), so with ", " nobody could count them.
 */
function list(items: readonly string[]): string {
  return items.join('; ');
}

function gapSection(board: BoardSnapshot, m: ReportMessages, lang: ReportLang): Section {
  const gap = emissionsGap(board.meta, board.interventions);
  const pct = (v: number | null) => (v === null || !gap.baselineTco2e ? null : Math.round((v / gap.baselineTco2e) * 1000) / 10);
  const rows: Cell[][] = [
    [fill(m.gap.baseline, { year: board.meta.baselineYear ?? '—' }), gap.baselineTco2e, gap.baselineTco2e ? 100 : null],
    [fill(m.gap.target, { pct: formatNumber(lang, gap.targetReductionPct, 1) }), gap.targetTco2e, pct(gap.targetTco2e)],
    [m.gap.otherPlans, gap.otherPlansTco2e, pct(gap.otherPlansTco2e)],
    [m.gap.gap, gap.gapTco2e, pct(gap.gapTco2e)],
    [m.gap.portfolio, gap.portfolioTco2e, pct(gap.portfolioTco2e)],
    [m.gap.residual, gap.residualTco2e, pct(gap.residualTco2e)],
  ];
  const blocks: Block[] = [
    { kind: 'paragraph', text: m.gap.intro },
    { kind: 'table', columns: [{ label: m.gap.item, width: 3 }, { label: m.gap.value, numeric: true }, { label: m.gap.share, numeric: true, digits: 1 }], rows },
  ];
  if (gap.baselineTco2e === null) blocks.push({ kind: 'paragraph', text: m.gap.noBaseline });
  if (gap.closedPct !== null) blocks.push({ kind: 'paragraph', text: fill(m.gap.closed, { pct: formatNumber(lang, gap.closedPct, 1) }) });
  if (gap.sinksTco2e > 0) {
    blocks.push({ kind: 'paragraph', text: fill(m.gap.sinks, { reductions: formatNumber(lang, gap.reductionsTco2e), sinks: formatNumber(lang, gap.sinksTco2e) }) });
  }
  if (gap.missingReductions > 0) blocks.push({ kind: 'paragraph', text: fillCount(m, m.gap.missing, gap.missingReductions) });
  return { id: 'gap', module: 'A-2.1', title: m.gap.title, blocks };
}

function stakeholderSection(board: BoardSnapshot, m: ReportMessages, lang: ReportLang): Section {
  const people = stakeholderOrder(board.stakeholders);
  const grid = stakeholderGridSvg(board, lang);
  const blocks: Block[] = [];
  if (people.length === 0) return { id: 'stakeholders', module: 'A-3.2', title: m.stakeholders.title, blocks: [{ kind: 'paragraph', text: m.none }] };
  blocks.push({ kind: 'picture', caption: m.stakeholders.grid, ...grid });
  blocks.push({
    kind: 'table',
    columns: [
      { label: '#', numeric: true, width: 0.5 }, { label: m.stakeholders.system, width: 1.8 }, { label: m.stakeholders.name, width: 2.8 },
      { label: m.stakeholders.type, width: 1.6 }, { label: m.stakeholders.sector, width: 1.4 }, { label: m.stakeholders.power, numeric: true, width: 1.1 },
      { label: m.stakeholders.interest, numeric: true, width: 1.1 }, { label: m.stakeholders.quadrant, width: 1.6 }, { label: m.stakeholders.attitude, width: 1.3 },
      { label: m.stakeholders.engagement, width: 1.9 },
    ],
    rows: people.map((s, i) => [
      i + 1, s.system, s.organisation && s.organisation !== s.name ? `${s.name} (${s.organisation})` : s.name, s.type,
      s.sector ? m.sector[s.sector] : '', s.power, s.interest, m.quadrant[quadrantOf(s.power, s.interest)],
      m.attitude[s.attitude], m.engagement[s.engagement],
    ]),
  });
  if (board.relations.length > 0) {
    const names = new Map(board.stakeholders.map((s) => [s.id, s.name]));
    blocks.push({ kind: 'subheading', text: m.stakeholders.relations });
    blocks.push({ kind: 'picture', caption: m.stakeholders.network, ...networkSvg(board, lang) });
    blocks.push({
      kind: 'table',
      columns: [{ label: m.stakeholders.from, width: 2 }, { label: m.stakeholders.relationType }, { label: m.stakeholders.to, width: 2 }, { label: m.stakeholders.label, width: 2 }, { label: m.stakeholders.strength, numeric: true }],
      rows: [...board.relations].sort((a, b) => (names.get(a.from) ?? '').localeCompare(names.get(b.from) ?? '') || a.id.localeCompare(b.id))
        .map((r) => [names.get(r.from) ?? r.from, `${m.relationType[r.type]}${r.directed ? ' →' : ''}`, names.get(r.to) ?? r.to, r.label, r.strength]),
    });
  }
  return { id: 'stakeholders', module: 'A-3.2', title: m.stakeholders.title, blocks };
}

function pathwaySection(board: BoardSnapshot, m: ReportMessages): Section {
  const fields = fieldsOfBoard(board.meta);
  const blocks: Block[] = [];
  for (const f of impactPathways(board.interventions, fields)) {
    if (f.groups.length === 0) continue;
    blocks.push({ kind: 'subheading', text: fieldLabel(m, f.field) });
    blocks.push({
      kind: 'table',
      columns: [
        { label: m.pathways.lever, width: 1.7 }, { label: m.pathways.interventions, width: 2.3 }, { label: m.pathways.outcome, width: 2 },
        { label: m.pathways.early, width: 2 }, { label: m.pathways.late, width: 2 }, { label: m.pathways.direct, numeric: true, width: 1.2 },
        { label: m.pathways.indirect, width: 1.6 },
      ],
      rows: f.groups.map((g) => [
        leverLabel(m, g.lever),
        g.interventions.map(actionName).join('; '),
        attributed(g, 'outcome'),
        attributed(g, 'earlyChanges'),
        attributed(g, 'lateOutcomes'),
        g.missingReduction === g.interventions.length ? null : g.reductionTco2e,
        list(g.cobenefits),
      ]),
    });
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: m.none });
  else blocks.unshift({ kind: 'paragraph', text: m.pathways.attributed });
  return { id: 'pathways', module: 'B-1.1', title: m.pathways.title, blocks };
}

/**
 * Several interventions share a lever's row, so each text says whose it is: "1.2: text; 1.10: text"
 * (the code, or the title when there is none). Line breaks become spaces, as Markdown and HTML
 * would show them anyway, so "; " is the only break between interventions in every renderer.
 */
function attributed(group: PathwayGroup, kind: PathwayText): string {
  return pathwayTexts(group, kind)
    .map(({ step, text }) => `${step.code || step.title || step.id}: ${text.replace(/\s*[\r\n]+\s*/g, ' ')}`)
    .join('; ');
}

function outlineSection(board: SeenBoard, m: ReportMessages, lang: ReportLang): Section {
  const fields = fieldsOfBoard(board.meta);
  const names = new Map(board.stakeholders.map((s) => [s.id, s.name]));
  const codes = new Map(board.interventions.map((i) => [i.id, actionName(i)]));
  // counted as the app counts them (none above a ballot's share), over the rounds the reader may see
  const votes = countVotes(board);
  const blocks: Block[] = [];
  if (board.interventions.length > 0) blocks.push({ kind: 'picture', caption: m.matrix.caption, ...matrixSvg(board, lang, { heading: false }) });
  const o = m.outlines;
  for (const i of [...board.interventions].sort(byCode)) {
    const num = (v: number | null) => formatNumber(lang, v, 1);
    const items = [
      { label: o.module, value: i.module },
      { label: o.field, value: fieldLabel(m, fieldOf(i, fields)) },
      { label: o.levers, value: list(i.levers.map((l) => leverLabel(m, l))) },
      { label: o.type, value: i.type },
      { label: o.status, value: m.status[i.status] },
      { label: o.description, value: i.description },
      { label: o.outcome, value: i.outcome },
      { label: o.responsible, value: i.responsible },
      { label: o.scale, value: i.scale },
      { label: o.stakeholders, value: list(i.stakeholders.map((s) => names.get(s) ?? s)) },
      { label: o.period, value: i.startYear || i.endYear ? `${i.startYear ?? '…'} – ${i.endYear ?? '…'}` : '' },
      { label: o.reductionTco2e, value: num(i.reductionTco2e) },
      { label: o.costEur, value: num(i.costEur) },
      { label: o.costPerTco2e, value: i.costEur != null && i.reductionTco2e ? num(i.costEur / i.reductionTco2e) : '' },
      { label: o.sinksTco2e, value: num(i.sinksTco2e) },
      { label: o.renewableMwh, value: num(i.renewableMwh) },
      { label: o.energyRemoved, value: i.energyRemoved },
      { label: o.cobenefits, value: list(i.cobenefits) },
      { label: o.indicators, value: i.indicators },
      { label: o.dependsOn, value: list(i.dependsOn.map((d) => codes.get(d) ?? d)) },
      { label: o.notes, value: i.notes },
      { label: o.votes, value: votes.get(i.id) ? String(votes.get(i.id)) : '' },
    ].filter((item) => item.value.trim() !== '');
    blocks.push({ kind: 'subheading', text: actionName(i) || i.id });
    blocks.push({ kind: 'fields', items });
  }
  if (board.interventions.length === 0) blocks.push({ kind: 'paragraph', text: m.none });
  return { id: 'outlines', module: 'B-2.2', title: m.outlines.title, blocks };
}

function financingSection(board: BoardSnapshot, m: ReportMessages): Section {
  const fields = fieldsOfBoard(board.meta);
  const live = board.interventions.filter((i) => i.status !== 'dropped').sort(byCode);
  const f = m.financing;
  if (live.length === 0) return { id: 'financing', module: 'C-3.1', title: f.title, blocks: [{ kind: 'paragraph', text: m.none }] };
  /** the figures there are, added; null (a blank cell) when no intervention has one */
  const sum = (pick: (i: Intervention) => number | null) => live.reduce<number | null>((t, i) => (pick(i) == null ? t : (t ?? 0) + pick(i)!), null);
  return {
    id: 'financing', module: 'C-3.1', title: f.title,
    blocks: [{
      kind: 'table',
      columns: [
        { label: f.action, width: 3 }, { label: f.responsible, width: 2 }, { label: f.start, numeric: true, width: 1 }, { label: f.end, numeric: true, width: 0.9 },
        { label: f.field, width: 1.6 }, { label: f.impact, numeric: true, width: 1.2 }, { label: f.cost, numeric: true, width: 1.4 },
      ],
      rows: live.map((i) => [actionName(i), i.responsible, yearCell(i.startYear), yearCell(i.endYear), fieldLabel(m, fieldOf(i, fields)), i.reductionTco2e, i.costEur]),
      footer: [m.total, '', null, null, '', sum((i) => i.reductionTco2e), sum((i) => i.costEur)],
    }],
  };
}

/** Years are written as text so no renderer groups their digits ("2,025"). */
function yearCell(year: number | null): Cell {
  return year === null ? null : String(year);
}

export interface RoundResult { round: Round; voters: number; ranked: { rank: number; target: string; label: string; votes: number }[] }

/**
 * Every round the reader may see, each ranked by dots (ties share a rank): a round not yet revealed
 * belongs only in the facilitator's files, hence a `SeenBoard`.
 */
export function votingResults(board: SeenBoard, deleted = '(deleted)'): RoundResult[] {
  const labels = targetLabels(board);
  return [...board.rounds]
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((round) => {
      const votes = board.votes.filter((v) => v.round === round.id);
      // counted as the app counts them: no ballot above the round's dots per person
      const counts = tally(votes, round);
      const sorted = [...counts].map(([target, n]) => ({ target, label: labels.get(target) ?? deleted, votes: n }))
        .sort((a, b) => b.votes - a.votes || a.label.localeCompare(b.label, 'en', { numeric: true }));
      let rank = 0;
      const ranked = sorted.map((r, i) => ({ ...r, rank: i > 0 && sorted[i - 1].votes === r.votes ? rank : (rank = i + 1) }));
      return { round, voters: new Set(votes.map((v) => v.voter)).size, ranked };
    });
}

function votingSection(board: SeenBoard, m: ReportMessages): Section {
  const blocks: Block[] = [];
  for (const { round, voters, ranked } of votingResults(board, m.voting.deleted)) {
    blocks.push({ kind: 'subheading', text: `${round.title || round.id} (${round.status === 'open' ? m.voting.open : m.voting.closed})` });
    blocks.push({ kind: 'paragraph', text: `${fillCount(m, m.voting.perPerson, round.votesPerPerson)} · ${fillCount(m, m.voting.voters, voters)}` });
    if (ranked.length === 0) blocks.push({ kind: 'paragraph', text: m.voting.noVotes });
    else blocks.push({ kind: 'table', columns: [{ label: m.voting.rank, numeric: true, width: 0.6 }, { label: m.voting.item, width: 5 }, { label: m.voting.votes, numeric: true, width: 0.8 }], rows: ranked.map((r) => [r.rank, r.label, r.votes]) });
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: m.none });
  return { id: 'voting', module: '', title: m.voting.title, blocks };
}

/** What a record id stands for, in words: an intervention's code and title, a stakeholder's name, a note's text. */
export function targetLabels(board: BoardSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of board.interventions) out.set(i.id, actionName(i) || i.id);
  for (const s of board.stakeholders) out.set(s.id, s.name || s.id);
  for (const c of board.canvas) if (!c.private) out.set(c.id, c.text.replace(/\s+/g, ' ').slice(0, 80) || c.kind);
  return out;
}

/** Open threads: root comments not resolved, each followed by its replies in time order. */
export function openThreads(comments: readonly Comment[]): { root: Comment; replies: Comment[] }[] {
  const byTime = (a: Comment, b: Comment) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);
  return comments.filter((c) => c.parent === null && !c.resolved).sort(byTime)
    .map((root) => ({ root, replies: comments.filter((c) => c.parent === root.id).sort(byTime) }));
}

/** a canvas this large is listed, not drawn: its picture would be too fine to read on a page */
const MAX_CANVAS_PICTURE = 600;

/**
 * The workshop canvas (for example the barriers and opportunities): its picture, and every
 * note and text with the frames it sits in ("Energy systems › Barriers"), so the words can be
 * copied. Left out when the canvas is empty; private notes never appear.
 */
function canvasSection(board: BoardSnapshot, m: ReportMessages, lang: ReportLang): Section[] {
  const items = board.canvas.filter((c) => !c.private);
  if (items.length === 0) return [];
  const frames = items.filter((c) => c.kind === 'frame').sort((a, b) => b.w * b.h - a.w * a.h);
  const place = (c: CanvasItem) => {
    const x = c.x + c.w / 2, y = c.y + c.h / 2;
    return frames.filter((f) => f !== c && x >= f.x && x <= f.x + f.w && y >= f.y && y <= f.y + f.h).map((f) => f.text.trim() || m.canvas.title).join(' › ');
  };
  const rows: Cell[][] = items
    .filter((c) => (c.kind === 'note' || c.kind === 'text') && c.text.trim())
    .map((c) => ({ where: place(c), c }))
    .sort((a, b) => a.where.localeCompare(b.where, lang) || a.c.y - b.c.y || a.c.x - b.c.x)
    .map(({ where, c }) => [where, c.text.trim()]);
  const blocks: Block[] = [];
  if (items.length <= MAX_CANVAS_PICTURE) blocks.push({ kind: 'picture', caption: m.canvas.caption, ...canvasSvg({ canvas: items }, lang) });
  if (rows.length) blocks.push({ kind: 'table', columns: [{ label: m.canvas.place, width: 2 }, { label: m.canvas.note, width: 5 }], rows });
  return [{ id: 'canvas', module: '', title: m.canvas.report, blocks }];
}

function commentSection(board: BoardSnapshot, m: ReportMessages): Section {
  const labels = targetLabels(board);
  const when = new Intl.DateTimeFormat(m.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const rows: Cell[][] = [];
  for (const { root, replies } of openThreads(board.comments)) {
    rows.push([root.target ? labels.get(root.target) ?? root.target : m.comments.board, root.author, root.text, when.format(root.createdAt)]);
    for (const r of replies) rows.push(['', `↳ ${r.author}`, r.text, when.format(r.createdAt)]);
  }
  const blocks: Block[] = rows.length === 0
    ? [{ kind: 'paragraph', text: m.none }]
    : [{ kind: 'table', columns: [{ label: m.comments.on, width: 2 }, { label: m.comments.author, width: 1.3 }, { label: m.comments.text, width: 4 }, { label: m.comments.when, width: 1.5 }], rows }];
  blocks.push({ kind: 'paragraph', text: m.comments.resolved });
  return { id: 'comments', module: '', title: m.comments.title, blocks };
}
