/**
 * The words of exported files (reports, spreadsheets, pictures) in English and Slovenian. Files
 * are made on the server, where the client's svelte-i18n catalogs are not at hand, so they keep
 * their own catalog here; both languages must have the same keys (the type checks it).
 */
import type { Attitude, DefaultField, Engagement, Lever, RelationType, Sector, Status } from '../schema/index.ts';

export const REPORT_LANGS = ['en', 'sl'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

export function reportLang(value: unknown): ReportLang {
  return value === 'sl' ? 'sl' : 'en';
}

const en = {
  locale: 'en-GB',
  report: 'Workshop report',
  city: 'City',
  date: 'Date',
  language: 'Language',
  languageName: 'English',
  page: 'Page {n} of {total}',
  contents: 'Contents',
  none: 'None yet.',
  total: 'Total',
  crossCutting: 'Cross-cutting',
  noLever: 'No lever yet',
  more: '+{n} more',
  gap: {
    title: 'Emissions gap',
    intro: 'The emissions gap as the Climate City Contract computes it, in tCO2e per year.',
    item: 'Item', value: 'tCO2e/yr', share: '% of baseline', emissions: 'Emissions (tCO2e/yr)',
    baseline: '(1) Baseline emissions ({year})',
    target: '(2) 2030 reduction target ({pct} %)',
    otherPlans: '(3) Reduction through other plans',
    gap: '(4) Emissions gap = (2) − (3)',
    portfolio: '(5) Reduction through the CCC action portfolio',
    residual: '(6) Residual emissions = (1) − (2)',
    closed: 'The portfolio closes {pct} % of the gap.',
    missing: '{n} interventions have no reduction figure yet.',
    noBaseline: 'No baseline has been entered yet.',
  },
  stakeholders: {
    title: 'Systems and stakeholder mapping',
    name: 'Stakeholder', organisation: 'Organisation', type: 'Type', sector: 'Sector', system: 'System',
    power: 'Power', interest: 'Interest', quadrant: 'Quadrant', attitude: 'Attitude', engagement: 'Engagement',
    notes: 'Notes', from: 'From', to: 'To', relationType: 'Relation', label: 'Label', strength: 'Strength',
    directed: 'Directed', yes: 'yes', no: 'no',
    grid: 'Power/interest grid', network: 'Stakeholder network', relations: 'Relations',
  },
  quadrant: { manage: 'Manage closely', satisfy: 'Keep satisfied', inform: 'Keep informed', monitor: 'Monitor' },
  axis: { power: 'Power', interest: 'Interest', low: 'low', high: 'high' },
  pathways: {
    title: 'Impact pathways',
    field: 'Field of action', lever: 'Systemic lever', interventions: 'Interventions',
    early: 'Early changes (1–2 years)', late: 'Late outcomes (3–4 years)', direct: 'Direct impact (tCO2e/yr)',
    indirect: 'Indirect impacts (co-benefits)',
  },
  outlines: {
    title: 'Individual action outlines',
    code: 'Code', title_: 'Title', module: 'Module', description: 'Description', field: 'Field of action',
    levers: 'Systemic levers', type: 'Type', status: 'Status', outcome: 'Outcome it serves', responsible: 'Responsible',
    scale: 'Scale and addressed entities', stakeholders: 'Involved stakeholders', period: 'Start – end',
    reduction: 'GHG reduction (tCO2e/yr)', cost: 'Total cost (EUR)', costPerT: 'Cost per tCO2e (EUR)',
    renewable: 'Renewable energy (MWh/yr)', cobenefits: 'Co-benefits', dependsOn: 'Depends on', notes: 'Notes',
    votes: 'Votes',
  },
  financing: {
    title: 'Financing of the action portfolio',
    action: 'Action', responsible: 'Responsible', start: 'Start', end: 'End', field: 'Field of action',
    impact: 'Impact (tCO2e/yr)', cost: 'Total cost (EUR)',
  },
  matrix: { title: 'Portfolio matrix', caption: 'Interventions by field of action and systemic lever (first lever).' },
  voting: {
    title: 'Voting results', rank: 'Rank', item: 'Item', votes: 'Votes', voters: '{n} voters',
    open: 'open', closed: 'closed', perPerson: '{n} votes per person', noVotes: 'No votes in this round.',
  },
  comments: {
    title: 'Open comment threads', on: 'On', author: 'Author', text: 'Comment', when: 'When', board: 'the board',
    replies: 'Replies', resolved: 'Resolved threads are left out.',
  },
  canvas: { title: 'Canvas' },
  sheets: {
    interventions: 'Interventions', stakeholders: 'Stakeholders', relations: 'Relations', gap: 'Emissions gap',
    voting: 'Voting results', comments: 'Comments', round: 'Round', status: 'Status', id: 'ID', target: 'Target',
    parent: 'Reply to', resolved: 'Resolved', open: 'Open', created: 'Created',
  },
  field: {
    energy: 'Energy systems', mobility: 'Mobility & transport', buildings: 'Built environment',
    waste: 'Waste & circular economy', nature: 'Green infrastructure & nature-based solutions',
  } satisfies Record<DefaultField, string>,
  lever: {
    technology: 'Technology/Infrastructure', governance: 'Governance & Policy', social: 'Social Innovation',
    democracy: 'Democracy/Participation', finance: 'Finance & Funding', learning: 'Learning & Capabilities',
  } satisfies Record<Lever, string>,
  status: { idea: 'Idea', planned: 'Planned', ongoing: 'Ongoing', done: 'Done', dropped: 'Dropped' } satisfies Record<Status, string>,
  sector: {
    public: 'Public sector', business: 'Business', academia: 'Academia', civil: 'Civil society', environment: 'Environment', none: 'No sector yet',
  } satisfies Record<Sector | 'none', string>,
  attitude: { supporter: 'Supporter', neutral: 'Neutral', opponent: 'Opponent', unknown: 'Unknown' } satisfies Record<Attitude, string>,
  engagement: {
    inform: 'Inform', consult: 'Consult', involve: 'Involve', collaborate: 'Collaborate', empower: 'Empower',
  } satisfies Record<Engagement, string>,
  relationType: {
    collaborates: 'Collaborates with', influences: 'Influences', funds: 'Funds', conflicts: 'Conflicts with', other: 'Other',
  } satisfies Record<RelationType, string>,
};

export type ReportMessages = typeof en;
type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

const sl: SameShape<ReportMessages> = {
  locale: 'sl-SI',
  report: 'Poročilo delavnice',
  city: 'Mesto',
  date: 'Datum',
  language: 'Jezik',
  languageName: 'slovenščina',
  page: 'Stran {n} od {total}',
  contents: 'Vsebina',
  none: 'Še ničesar.',
  total: 'Skupaj',
  crossCutting: 'Medsektorsko',
  noLever: 'Še brez vzvoda',
  more: '+{n} več',
  gap: {
    title: 'Emisijska vrzel',
    intro: 'Emisijska vrzel, kot jo izračuna podnebna pogodba mesta, v tCO2e na leto.',
    item: 'Postavka', value: 'tCO2e/leto', share: '% izhodišča', emissions: 'Emisije (tCO2e/leto)',
    baseline: '(1) Izhodiščne emisije ({year})',
    target: '(2) Cilj zmanjšanja do 2030 ({pct} %)',
    otherPlans: '(3) Zmanjšanje z drugimi načrti',
    gap: '(4) Emisijska vrzel = (2) − (3)',
    portfolio: '(5) Zmanjšanje s portfeljem ukrepov podnebne pogodbe',
    residual: '(6) Preostale emisije = (1) − (2)',
    closed: 'Portfelj zapre {pct} % vrzeli.',
    missing: '{n} ukrepov še nima ocene zmanjšanja.',
    noBaseline: 'Izhodišče še ni vneseno.',
  },
  stakeholders: {
    title: 'Kartiranje sistemov in deležnikov',
    name: 'Deležnik', organisation: 'Organizacija', type: 'Vrsta', sector: 'Sektor', system: 'Sistem',
    power: 'Moč', interest: 'Interes', quadrant: 'Kvadrant', attitude: 'Odnos', engagement: 'Vključenost',
    notes: 'Opombe', from: 'Od', to: 'Do', relationType: 'Povezava', label: 'Oznaka', strength: 'Moč povezave',
    directed: 'Usmerjena', yes: 'da', no: 'ne',
    grid: 'Mreža moč/interes', network: 'Mreža deležnikov', relations: 'Povezave',
  },
  quadrant: { manage: 'Tesno upravljaj', satisfy: 'Ohranjaj zadovoljne', inform: 'Obveščaj', monitor: 'Spremljaj' },
  axis: { power: 'Moč', interest: 'Interes', low: 'nizko', high: 'visoko' },
  pathways: {
    title: 'Poti učinka',
    field: 'Področje ukrepanja', lever: 'Sistemski vzvod', interventions: 'Ukrepi',
    early: 'Zgodnje spremembe (1–2 leti)', late: 'Poznejši izidi (3–4 leta)', direct: 'Neposredni učinek (tCO2e/leto)',
    indirect: 'Posredni učinki (sokoristi)',
  },
  outlines: {
    title: 'Opisi posameznih ukrepov',
    code: 'Oznaka', title_: 'Naslov', module: 'Modul', description: 'Opis', field: 'Področje ukrepanja',
    levers: 'Sistemski vzvodi', type: 'Vrsta', status: 'Stanje', outcome: 'Izid, ki mu služi', responsible: 'Odgovorni',
    scale: 'Obseg in naslovniki', stakeholders: 'Vključeni deležniki', period: 'Začetek – konec',
    reduction: 'Zmanjšanje TGP (tCO2e/leto)', cost: 'Skupni strošek (EUR)', costPerT: 'Strošek na tCO2e (EUR)',
    renewable: 'Obnovljiva energija (MWh/leto)', cobenefits: 'Sokoristi', dependsOn: 'Odvisen od', notes: 'Opombe',
    votes: 'Glasovi',
  },
  financing: {
    title: 'Financiranje portfelja ukrepov',
    action: 'Ukrep', responsible: 'Odgovorni', start: 'Začetek', end: 'Konec', field: 'Področje ukrepanja',
    impact: 'Učinek (tCO2e/leto)', cost: 'Skupni strošek (EUR)',
  },
  matrix: { title: 'Matrika portfelja', caption: 'Ukrepi po področjih ukrepanja in sistemskih vzvodih (prvi vzvod).' },
  voting: {
    title: 'Rezultati glasovanja', rank: 'Mesto', item: 'Postavka', votes: 'Glasovi', voters: 'glasovalcev: {n}',
    open: 'odprto', closed: 'zaprto', perPerson: 'glasov na osebo: {n}', noVotes: 'V tem krogu ni glasov.',
  },
  comments: {
    title: 'Odprte razprave', on: 'K', author: 'Avtor', text: 'Komentar', when: 'Kdaj', board: 'tabli',
    replies: 'Odgovori', resolved: 'Razrešene razprave niso vključene.',
  },
  canvas: { title: 'Platno' },
  sheets: {
    interventions: 'Ukrepi', stakeholders: 'Deležniki', relations: 'Povezave', gap: 'Emisijska vrzel',
    voting: 'Rezultati glasovanja', comments: 'Komentarji', round: 'Krog', status: 'Stanje', id: 'ID', target: 'Cilj',
    parent: 'Odgovor na', resolved: 'Razrešeno', open: 'Odprto', created: 'Ustvarjeno',
  },
  field: {
    energy: 'Energetski sistemi', mobility: 'Mobilnost in promet', buildings: 'Grajeno okolje',
    waste: 'Odpadki in krožno gospodarstvo', nature: 'Zelena infrastruktura in sonaravne rešitve',
  },
  lever: {
    technology: 'Tehnologija/infrastruktura', governance: 'Upravljanje in politike', social: 'Družbene inovacije',
    democracy: 'Demokracija/sodelovanje', finance: 'Finance in financiranje', learning: 'Učenje in zmogljivosti',
  },
  status: { idea: 'Zamisel', planned: 'Načrtovano', ongoing: 'V teku', done: 'Končano', dropped: 'Opuščeno' },
  sector: {
    public: 'Javni sektor', business: 'Gospodarstvo', academia: 'Akademska sfera', civil: 'Civilna družba', environment: 'Okolje', none: 'Še brez sektorja',
  },
  attitude: { supporter: 'Podpornik', neutral: 'Nevtralen', opponent: 'Nasprotnik', unknown: 'Neznano' },
  engagement: { inform: 'Obveščanje', consult: 'Posvetovanje', involve: 'Vključevanje', collaborate: 'Sodelovanje', empower: 'Opolnomočenje' },
  relationType: { collaborates: 'Sodeluje z', influences: 'Vpliva na', funds: 'Financira', conflicts: 'V sporu z', other: 'Drugo' },
};

export const REPORT_MESSAGES: Record<ReportLang, ReportMessages> = { en, sl: sl as ReportMessages };

/** Fill `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** A field of action's label: a default field's translated name, an extra field as written. */
export function fieldLabel(m: ReportMessages, field: string): string {
  if (!field) return m.crossCutting;
  return (m.field as Record<string, string>)[field] ?? field;
}

export function leverLabel(m: ReportMessages, lever: string): string {
  return (m.lever as Record<string, string>)[lever] ?? m.noLever;
}

/** Whole or one-decimal numbers in the language's convention: 113,265 (en) or 113.265 (sl). */
export function formatNumber(lang: ReportLang, value: number | null | undefined, maxFractionDigits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(REPORT_MESSAGES[lang].locale, { maximumFractionDigits: maxFractionDigits, useGrouping: 'always' }).format(value);
}
