/**
 * The words of exported files (reports, spreadsheets, pictures) in English and Slovenian. Files
 * are made on the server, where the client's svelte-i18n catalogs are not at hand, so they keep
 * their own catalog here; both languages must have the same keys (the type checks it).
 */
import { TERMS } from '../schema/terms.ts';
import { LOCALES, fill, formatNumber } from './format.ts';

export { fill, formatNumber };

export const REPORT_LANGS = ['en', 'sl'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

export function reportLang(value: unknown): ReportLang {
  return value === 'sl' ? 'sl' : 'en';
}

const en = {
  locale: LOCALES.en,
  report: 'Workshop report',
  city: 'City',
  date: 'Date',
  language: 'Language',
  languageName: 'English',
  page: 'Page {n} of {total}',
  contents: 'Contents',
  none: 'None yet.',
  total: 'Total',
  crossCutting: TERMS.en.crossCutting,
  noLever: TERMS.en.lever.none,
  more: '+{n} more',
  gap: {
    title: 'Emissions gap',
    intro: 'The emissions gap as the Climate City Contract computes it, in tCO2e per year.',
    item: 'Item', value: 'tCO2e/yr', share: '% of baseline', emissions: 'Emissions (tCO2e/yr)',
    baseline: '(1) Baseline emissions ({year})',
    target: '(2) 2030 reduction target ({pct} %)',
    otherPlans: TERMS.en.gap.otherPlans,
    gap: TERMS.en.gap.gap,
    portfolio: TERMS.en.gap.portfolio,
    residual: TERMS.en.gap.residual,
    closed: 'The portfolio closes {pct} % of the gap.',
    sinks: 'Line (5) is {reductions} tCO2e/yr of reductions and {sinks} tCO2e/yr compensated by sinks; the financing table (C-3.1) counts the reductions.',
    missing: '{n} intervention has no reduction figure yet.|{n} interventions have no reduction figure yet.',
    noBaseline: 'No baseline has been entered yet.',
  },
  stakeholders: {
    ...TERMS.en.stakeholder,
    title: 'Systems and stakeholder mapping', yes: 'yes', no: 'no',
    grid: 'Power/interest grid', network: 'Stakeholder network', relations: 'Relations',
  },
  quadrant: TERMS.en.quadrant,
  axis: { power: 'Power', interest: 'Interest', low: 'low', high: 'high' },
  pathways: {
    title: 'Impact pathways', field: TERMS.en.intervention.field, lever: TERMS.en.intervention.lever, interventions: 'Interventions',
    early: TERMS.en.intervention.earlyChanges, late: TERMS.en.intervention.lateOutcomes, direct: TERMS.en.pathway.direct,
    indirect: TERMS.en.pathway.indirect, outcome: TERMS.en.intervention.outcome,
    attributed: 'Each text is marked with the code (or title) of the intervention that wrote it.',
  },
  outlines: {
    ...TERMS.en.intervention,
    title: 'Individual action outlines', title_: TERMS.en.intervention.title, period: 'Start – end',
  },
  financing: {
    title: 'Financing of the action portfolio', action: 'Action', responsible: TERMS.en.intervention.responsible, start: 'Start',
    end: 'End', field: TERMS.en.intervention.field, impact: 'Impact (tCO2e/yr)', cost: TERMS.en.intervention.costEur,
  },
  matrix: {
    title: 'Portfolio matrix', caption: 'Interventions by field of action and systemic lever (first lever).',
    legend: 'Lever coverage (every lever of a card counts):', empty: 'no intervention pulls this lever', thin: 'one intervention',
    covered: 'two or more', count: 'interventions: {n}', tonnes: '{value} tCO2e/yr', euros: 'EUR {value}',
  },
  voting: {
    title: 'Voting results', rank: 'Rank', item: 'Item', votes: 'Votes', voters: '{n} voter|{n} voters',
    open: 'open', closed: 'closed', deleted: '(deleted since)', perPerson: '{n} vote per person|{n} votes per person', noVotes: 'No votes in this round.',
  },
  comments: {
    title: 'Open comment threads', on: 'On', author: 'Author', text: 'Comment', when: 'When', board: 'the board',
    replies: 'Replies', resolved: 'Resolved threads are left out.',
  },
  canvas: { title: 'Canvas', report: 'Workshop canvas', place: 'Where', note: 'Note', caption: 'The canvas as it was when exported.' },
  sheets: {
    interventions: 'Interventions', stakeholders: 'Stakeholders', relations: 'Relations', gap: 'Emissions gap',
    voting: 'Voting results', comments: 'Comments', round: 'Round', status: 'Status', id: 'ID', target: 'Target',
    parent: 'Reply to', resolved: 'Resolved', open: 'Open', created: 'Created',
    financing: 'Financing', count: 'Number of interventions', totalOf: '{n} intervention; dropped ones left out|{n} interventions; dropped ones left out',
    financingIntro: 'C-3.1 Financing of the action portfolio: totals by field of action (rows) and systemic lever (columns; an intervention counts under its first lever). Dropped interventions are left out.',
    perTco2eNote: 'Cost per tCO2e counts only the interventions that have both a cost and a reduction figure.',
    missingFigures: '{reduction} interventions have no reduction figure and {cost} no cost; their other figures are counted.',
    droppedOut: 'Left out: {n} dropped intervention.|Left out: {n} dropped interventions.',
  },
  field: TERMS.en.field,
  lever: TERMS.en.lever,
  status: TERMS.en.status,
  sector: TERMS.en.sector,
  attitude: TERMS.en.attitude,
  engagement: TERMS.en.engagement,
  relationType: TERMS.en.relationType,
};

export type ReportMessages = typeof en;
type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

const sl: SameShape<ReportMessages> = {
  locale: LOCALES.sl,
  report: 'Poročilo delavnice',
  city: 'Mesto',
  date: 'Datum',
  language: 'Jezik',
  languageName: 'slovenščina',
  page: 'Stran {n} od {total}',
  contents: 'Vsebina',
  none: 'Še ničesar.',
  total: 'Skupaj',
  crossCutting: TERMS.sl.crossCutting,
  noLever: TERMS.sl.lever.none,
  more: '+{n} več',
  gap: {
    title: 'Emisijska vrzel',
    intro: 'Emisijska vrzel, kot jo izračuna podnebna pogodba mesta, v tCO2e na leto.',
    item: 'Postavka', value: 'tCO2e/leto', share: '% izhodišča', emissions: 'Emisije (tCO2e/leto)',
    baseline: '(1) Izhodiščne emisije ({year})',
    target: '(2) Cilj zmanjšanja do 2030 ({pct} %)',
    otherPlans: TERMS.sl.gap.otherPlans,
    gap: TERMS.sl.gap.gap,
    portfolio: TERMS.sl.gap.portfolio,
    residual: TERMS.sl.gap.residual,
    closed: 'Portfelj zapre {pct} % vrzeli.',
    sinks: 'Vrstica (5) je {reductions} tCO2e/leto zmanjšanj in {sinks} tCO2e/leto, izravnanih s ponori; tabela financiranja (C-3.1) šteje zmanjšanja.',
    missing: '{n} ukrep še nima ocene zmanjšanja.|{n} ukrepa še nimata ocene zmanjšanja.|{n} ukrepi še nimajo ocene zmanjšanja.|{n} ukrepov še nima ocene zmanjšanja.',
    noBaseline: 'Izhodišče še ni vneseno.',
  },
  stakeholders: {
    ...TERMS.sl.stakeholder,
    title: 'Kartiranje sistemov in deležnikov', yes: 'da', no: 'ne',
    grid: 'Mreža moč/interes', network: 'Mreža deležnikov', relations: 'Povezave',
  },
  quadrant: TERMS.sl.quadrant,
  axis: { power: 'Moč', interest: 'Interes', low: 'nizko', high: 'visoko' },
  pathways: {
    title: 'Poti učinka', field: TERMS.sl.intervention.field, lever: TERMS.sl.intervention.lever, interventions: 'Ukrepi',
    early: TERMS.sl.intervention.earlyChanges, late: TERMS.sl.intervention.lateOutcomes, direct: TERMS.sl.pathway.direct,
    indirect: TERMS.sl.pathway.indirect, outcome: TERMS.sl.intervention.outcome,
    attributed: 'Vsako besedilo je označeno s kodo (ali nazivom) ukrepa, ki ga je zapisal.',
  },
  outlines: {
    ...TERMS.sl.intervention,
    title: 'Opisi posameznih ukrepov', title_: TERMS.sl.intervention.title, period: 'Začetek – konec',
  },
  financing: {
    title: 'Financiranje portfelja ukrepov', action: 'Ukrep', responsible: TERMS.sl.intervention.responsible, start: 'Začetek',
    end: 'Konec', field: TERMS.sl.intervention.field, impact: 'Učinek (tCO2e/leto)', cost: TERMS.sl.intervention.costEur,
  },
  matrix: {
    title: 'Matrika portfelja', caption: 'Ukrepi po področjih ukrepanja in sistemskih vzvodih (prvi vzvod).',
    legend: 'Pokritost vzvodov (šteje vsak vzvod kartice):', empty: 'vzvoda ne uporablja noben ukrep', thin: 'en ukrep',
    covered: 'dva ali več', count: 'ukrepov: {n}', tonnes: '{value} tCO2e/leto', euros: '{value} EUR',
  },
  voting: {
    title: 'Rezultati glasovanja', rank: 'Mesto', item: 'Postavka', votes: 'Glasovi', voters: 'glasovalcev: {n}',
    open: 'odprto', closed: 'zaprto', deleted: '(medtem izbrisano)', perPerson: 'glasov na osebo: {n}', noVotes: 'V tem krogu ni glasov.',
  },
  comments: {
    title: 'Odprte razprave', on: 'K', author: 'Avtor', text: 'Komentar', when: 'Kdaj', board: 'tabli',
    replies: 'Odgovori', resolved: 'Razrešene razprave niso vključene.',
  },
  canvas: { title: 'Platno', report: 'Delavniško platno', place: 'Kje', note: 'Listek', caption: 'Platno ob izvozu.' },
  sheets: {
    interventions: 'Ukrepi', stakeholders: 'Deležniki', relations: 'Povezave', gap: 'Emisijska vrzel',
    voting: 'Rezultati glasovanja', comments: 'Komentarji', round: 'Krog', status: 'Stanje', id: 'ID', target: 'Cilj',
    parent: 'Odgovor na', resolved: 'Razrešeno', open: 'Odprto', created: 'Ustvarjeno',
    financing: 'Financiranje', count: 'Število ukrepov', totalOf: 'ukrepov: {n}; opuščeni niso šteti',
    financingIntro: 'C-3.1 Financiranje portfelja ukrepov: vsote po področjih ukrepanja (vrstice) in sistemskih vzvodih (stolpci; ukrep šteje pod svojim prvim vzvodom). Opuščeni ukrepi niso šteti.',
    perTco2eNote: 'Strošek na tCO2e upošteva le ukrepe, ki imajo tako strošek kot oceno zmanjšanja.',
    missingFigures: 'Ukrepov brez ocene zmanjšanja: {reduction}; brez stroška: {cost}. Njihove druge vrednosti so štete.',
    droppedOut: 'Niso šteti: opuščeni ukrepi ({n}).',
  },
  field: TERMS.sl.field,
  lever: TERMS.sl.lever,
  status: TERMS.sl.status,
  sector: TERMS.sl.sector,
  attitude: TERMS.sl.attitude,
  engagement: TERMS.sl.engagement,
  relationType: TERMS.sl.relationType,
};

export const REPORT_MESSAGES: Record<ReportLang, ReportMessages> = { en, sl: sl as ReportMessages };

const CATEGORIES: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * A message about `n` things, with a form for each plural category of the language, in CLDR order,
 * separated by "|" (English: one|other; Slovenian: one|two|few|other); `{n}` is filled. A message
 * with one form serves every count ("glasovalcev: {n}").
 */
export function fillCount(m: ReportMessages, message: string, n: number, values: Record<string, string | number> = {}): string {
  const forms = message.split('|');
  const rules = new Intl.PluralRules(m.locale);
  const categories = CATEGORIES.filter((c) => rules.resolvedOptions().pluralCategories.includes(c));
  const form = forms.length === categories.length ? forms[categories.indexOf(rules.select(n))]! : forms[forms.length - 1]!;
  return fill(form, { n, ...values });
}

/** A field of action's label: a default field's translated name, an extra field as written. */
export function fieldLabel(m: ReportMessages, field: string): string {
  if (!field) return m.crossCutting;
  return (m.field as Record<string, string>)[field] ?? field;
}

export function leverLabel(m: ReportMessages, lever: string): string {
  return (m.lever as Record<string, string>)[lever] ?? m.noLever;
}
