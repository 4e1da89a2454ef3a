/**
 * The words the vocabulary's ids stand for, in each language the app speaks: fields of action,
 * levers, statuses, sectors, attitudes, engagement levels, relation types, quadrants, and the names
 * of an intervention's and a stakeholder's attributes. One home, so that the app, the files it
 * exports and the templates it writes call a thing by the same name: the client's catalogs and the
 * report messages take these, neither spells them itself.
 */
import type { Attitude, DefaultField, Engagement, Lever, RelationType, Sector, Status } from './vocabulary.ts';

const en = {
  field: {
    energy: 'Energy systems',
    mobility: 'Mobility & transport',
    buildings: 'Built environment',
    waste: 'Waste & circular economy',
    nature: 'Green infrastructure & nature-based solutions',
  } satisfies Record<DefaultField, string>,
  /** an intervention that belongs to no field of action */
  crossCutting: 'Cross-cutting',
  lever: {
    technology: 'Technology/Infrastructure',
    governance: 'Governance & Policy',
    social: 'Social Innovation',
    democracy: 'Democracy/Participation',
    finance: 'Finance & Funding',
    learning: 'Learning & Capabilities',
    none: 'No lever yet',
  } satisfies Record<Lever | 'none', string>,
  status: { idea: 'Idea', planned: 'Planned', ongoing: 'Ongoing', done: 'Done', dropped: 'Dropped' } satisfies Record<Status, string>,
  sector: {
    public: 'Public sector', business: 'Business', academia: 'Academia', civil: 'Civil society', environment: 'Environment',
    none: 'No sector yet',
  } satisfies Record<Sector | 'none', string>,
  attitude: { supporter: 'Supporter', neutral: 'Neutral', opponent: 'Opponent', unknown: 'Unknown' } satisfies Record<Attitude, string>,
  engagement: {
    inform: 'Inform', consult: 'Consult', involve: 'Involve', collaborate: 'Collaborate', empower: 'Empower',
  } satisfies Record<Engagement, string>,
  relationType: {
    collaborates: 'Collaborates with', influences: 'Influences', funds: 'Funds', conflicts: 'Conflicts with', other: 'Other',
  } satisfies Record<RelationType, string>,
  quadrant: { manage: 'Manage closely', satisfy: 'Keep satisfied', inform: 'Keep informed', monitor: 'Monitor' },
  /** an intervention's attributes (B-2.2 action outline, C-3.1 financing) */
  intervention: {
    code: 'Code', title: 'Title', module: 'Module', description: 'Description', field: 'Field of action',
    levers: 'Systemic levers', lever: 'Systemic lever', type: 'Type', status: 'Status', outcome: 'Outcome it serves',
    responsible: 'Responsible', scale: 'Scale and addressed entities', stakeholders: 'Stakeholders involved',
    startYear: 'Start year', endYear: 'End year', reductionTco2e: 'GHG reduction (tCO2e/yr)', costEur: 'Total cost (EUR)',
    costPerTco2e: 'Cost per tCO2e (EUR)', renewableMwh: 'Renewable energy (MWh/yr)',
    sinksTco2e: 'Emissions compensated by sinks (tCO2e/yr)', energyRemoved: 'Energy or fuel removed',
    indicators: 'Indicators for monitoring', cobenefits: 'Co-benefits',
    dependsOn: 'Depends on', notes: 'Notes', earlyChanges: 'Early changes (1–2 years)', lateOutcomes: 'Late outcomes (3–4 years)',
    votes: 'Votes',
  },
  /** the lines of the emissions gap that the app and the files both print */
  gap: {
    otherPlans: '(3) Reduction through other plans', gap: '(4) Emissions gap = (2) − (3)',
    portfolio: '(5) Reduction through the CCC action portfolio', residual: '(6) Residual emissions = (1) − (2)',
  },
  /** the impact pathway's impact columns (B-1.1) */
  pathway: { direct: 'Direct impact (tCO2e/yr)', indirect: 'Indirect impacts (co-benefits)' },
  /** a stakeholder's and a relation's attributes */
  stakeholder: {
    name: 'Stakeholder', organisation: 'Organisation', type: 'Type', sector: 'Sector', system: 'System', power: 'Power',
    interest: 'Interest', quadrant: 'Quadrant', attitude: 'Attitude', engagement: 'Engagement (IAP2)', notes: 'Notes',
    from: 'From', to: 'To', relationType: 'Relation type', label: 'Label', strength: 'Strength', directed: 'Directed',
  },
};

export type Terms = typeof en;
type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

const sl: SameShape<Terms> = {
  field: {
    energy: 'Energetski sistemi',
    mobility: 'Mobilnost in promet',
    buildings: 'Grajeno okolje',
    waste: 'Odpadki in krožno gospodarstvo',
    nature: 'Zelena infrastruktura in sonaravne rešitve',
  },
  crossCutting: 'Medsektorsko',
  lever: {
    technology: 'Tehnologija/infrastruktura',
    governance: 'Upravljanje in politike',
    social: 'Družbene inovacije',
    democracy: 'Demokracija/participacija',
    finance: 'Finance in financiranje',
    learning: 'Učenje in zmogljivosti',
    none: 'Še brez vzvoda',
  },
  status: { idea: 'Ideja', planned: 'Načrtovano', ongoing: 'V teku', done: 'Zaključeno', dropped: 'Opuščeno' },
  sector: {
    public: 'Javni sektor', business: 'Gospodarstvo', academia: 'Akademska sfera', civil: 'Civilna družba', environment: 'Okolje',
    none: 'Še brez sektorja',
  },
  attitude: { supporter: 'Podpornik', neutral: 'Nevtralen', opponent: 'Nasprotnik', unknown: 'Neznano' },
  engagement: { inform: 'Obveščanje', consult: 'Posvetovanje', involve: 'Vključevanje', collaborate: 'Sodelovanje', empower: 'Opolnomočenje' },
  relationType: { collaborates: 'Sodeluje z', influences: 'Vpliva na', funds: 'Financira', conflicts: 'V sporu z', other: 'Drugo' },
  quadrant: { manage: 'Tesno upravljaj', satisfy: 'Ohranjaj zadovoljne', inform: 'Obveščaj', monitor: 'Spremljaj' },
  intervention: {
    code: 'Oznaka', title: 'Naslov', module: 'Modul', description: 'Opis', field: 'Področje ukrepanja',
    levers: 'Sistemski vzvodi', lever: 'Sistemski vzvod', type: 'Vrsta', status: 'Stanje', outcome: 'Izid, ki mu služi',
    responsible: 'Odgovorni', scale: 'Obseg in naslovniki', stakeholders: 'Vključeni deležniki',
    startYear: 'Leto začetka', endYear: 'Leto konca', reductionTco2e: 'Zmanjšanje TGP (tCO2e/leto)', costEur: 'Skupni strošek (EUR)',
    costPerTco2e: 'Strošek na tCO2e (EUR)', renewableMwh: 'Obnovljiva energija (MWh/leto)',
    sinksTco2e: 'Emisije, izravnane s ponori (tCO2e/leto)', energyRemoved: 'Nadomeščena energija ali gorivo',
    indicators: 'Kazalniki za spremljanje', cobenefits: 'Sokoristi',
    dependsOn: 'Odvisen od', notes: 'Opombe', earlyChanges: 'Zgodnje spremembe (1–2 leti)', lateOutcomes: 'Poznejši izidi (3–4 leta)',
    votes: 'Glasovi',
  },
  gap: {
    otherPlans: '(3) Zmanjšanje z drugimi načrti', gap: '(4) Emisijska vrzel = (2) − (3)',
    portfolio: '(5) Zmanjšanje s portfeljem ukrepov podnebne pogodbe', residual: '(6) Preostale emisije = (1) − (2)',
  },
  pathway: { direct: 'Neposredni učinek (tCO2e/leto)', indirect: 'Posredni učinki (sokoristi)' },
  stakeholder: {
    name: 'Deležnik', organisation: 'Organizacija', type: 'Vrsta', sector: 'Sektor', system: 'Sistem', power: 'Moč',
    interest: 'Interes', quadrant: 'Kvadrant', attitude: 'Odnos', engagement: 'Vključenost (IAP2)', notes: 'Opombe',
    from: 'Od', to: 'Do', relationType: 'Vrsta povezave', label: 'Oznaka', strength: 'Moč povezave', directed: 'Usmerjena',
  },
};

export const TERMS_LANGS = ['en', 'sl'] as const;
export type TermsLang = (typeof TERMS_LANGS)[number];
export const TERMS: Record<TermsLang, Terms> = { en, sl: sl as Terms };
