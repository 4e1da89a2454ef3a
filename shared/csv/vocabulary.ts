/**
 * The many ways plans word fields of action, levers, statuses, helix sectors, attitudes and
 * engagement levels, mapped to the board's ids. Matching ignores case, accents, punctuation and
 * spacing, and works by word stems, so "Technology/ Infrastructure", "Technology and Infrastructure"
 * and "tehnologija" all find `technology`, while "Governance, policy and regulation" stays ONE lever.
 * English and Slovenian wordings are known.
 */
import {
  ATTITUDES, DEFAULT_FIELDS, ENGAGEMENTS, LEVERS, SECTORS, STATUSES,
  type Attitude, type DefaultField, type Engagement, type Lever, type Sector, type Status,
} from '../schema/vocabulary.ts';

/** Lower case, no accents, words separated by single spaces ("Ž" → "z", "&" → " "). */
export function normalizeLabel(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ').trim();
}

type Stems<T extends string> = Array<[T, string[]]>;

const FIELD_STEMS: Stems<DefaultField> = [
  ['energy', ['energ', 'heat', 'electric', 'power', 'renewable', 'toplot', 'elektri']],
  ['mobility', ['mobil', 'transport', 'traffic', 'promet']],
  ['buildings', ['building', 'built', 'housing', 'stavb', 'grajen', 'zgradb']],
  ['waste', ['waste', 'circular', 'odpad', 'krozn']],
  ['nature', ['nature', 'nbs', 'green', 'biodivers', 'narav', 'zelen', 'afolu', 'forest', 'gozd']],
];

const LEVER_STEMS: Stems<Lever> = [
  ['technology', ['technolog', 'infrastructur', 'tech', 'tehnolog', 'infrastruktur']],
  ['governance', ['governan', 'policy', 'policies', 'regulat', 'legislat', 'upravljanj', 'politik', 'regulativ', 'zakonodaj']],
  ['social', ['social', 'innovation', 'druzben', 'socialn', 'inovacij']],
  ['democracy', ['democra', 'participat', 'demokra', 'sodelovanj', 'participacij']],
  ['finance', ['financ', 'funding', 'fund', 'invest', 'financir', 'sredstv']],
  ['learning', ['learning', 'capabilit', 'capacit', 'skill', 'knowledge', 'education', 'ucenj', 'znanj', 'zmogljivost', 'kompetenc', 'izobrazevanj']],
];

const STATUS_WORDS: Array<[Status, string[]]> = [
  ['idea', ['idea', 'proposal', 'proposed', 'concept', 'ideja', 'predlog']],
  ['planned', ['planned', 'plan', 'planning', 'not started', 'scheduled', 'approved', 'nacrtovano', 'nacrtovan', 'v pripravi']],
  ['ongoing', ['ongoing', 'in progress', 'started', 'underway', 'implementation', 'in implementation', 'implementing', 'running', 'active', 'v teku', 'v izvajanju']],
  ['done', ['done', 'completed', 'complete', 'finished', 'implemented', 'closed', 'izvedeno', 'zakljuceno', 'koncano']],
  ['dropped', ['dropped', 'cancelled', 'canceled', 'abandoned', 'rejected', 'stopped', 'opusceno', 'preklicano', 'zavrnjeno']],
];

const ATTITUDE_WORDS: Array<[Attitude, string[]]> = [
  ['supporter', ['supporter', 'support', 'supportive', 'positive', 'champion', 'ally', 'promoter', 'podpornik', 'pozitiven']],
  ['neutral', ['neutral', 'indifferent', 'nevtralen']],
  ['opponent', ['opponent', 'oppose', 'opposed', 'against', 'negative', 'resistant', 'blocker', 'nasprotnik', 'negativen']],
  ['unknown', ['unknown', 'unclear', 'neznano']],
];

const ENGAGEMENT_WORDS: Array<[Engagement, string[]]> = [
  ['inform', ['inform', 'information', 'informiranje', 'obvescanje']],
  ['consult', ['consult', 'consultation', 'posvetovanje']],
  ['involve', ['involve', 'involvement', 'vkljucevanje', 'vkljucitev']],
  ['collaborate', ['collaborate', 'collaboration', 'partner', 'partnership', 'sodelovanje']],
  ['empower', ['empower', 'empowerment', 'opolnomocenje']],
];

/** Ids in the order their stems first appear in `label`. */
function stemMatches<T extends string>(label: string, table: Stems<T>): T[] {
  const words = normalizeLabel(label).split(' ').filter(Boolean);
  const found: Array<{ id: T; at: number }> = [];
  for (const [id, stems] of table) {
    const at = words.findIndex((w) => stems.some((s) => w.startsWith(s)));
    if (at >= 0) found.push({ id, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

function wordMatch<T extends string>(label: string, ids: readonly T[], table: Array<[T, string[]]>): T | null {
  const n = normalizeLabel(label);
  if (!n) return null;
  if ((ids as readonly string[]).includes(n)) return n as T;
  for (const [id, words] of table) if (words.includes(n)) return id;
  for (const [id, words] of table) if (words.some((w) => n.split(' ').includes(w))) return id;
  return null;
}

/**
 * A field-of-action label as its id: one of the five defaults, one of the board's extra fields
 * (returned as the board spells it), '' for an empty cell or "cross-cutting", or null when unknown.
 */
export function fieldId(label: string, extraFields: readonly string[] = []): string | null {
  const n = normalizeLabel(label);
  if (!n || ['cross cutting', 'crosscutting', 'horizontal', 'none', 'all', 'general', 'precno', 'horizontalno'].includes(n)) return '';
  const extra = extraFields.find((f) => normalizeLabel(f) === n);
  if (extra) return extra;
  if ((DEFAULT_FIELDS as readonly string[]).includes(n)) return n;
  return stemMatches(label, FIELD_STEMS)[0] ?? null;
}

/**
 * The levers a cell names, in order, plus the parts it could not place. Parts are separated by
 * ";", "|" or new lines; within a part, every lever whose words appear counts, so
 * "Technology/ Infrastructure" is one lever and "Technology/Governance" two.
 */
export function leverIds(cell: string): { levers: Lever[]; unknown: string[] } {
  const levers: Lever[] = [];
  const unknown: string[] = [];
  for (const part of cell.split(/[;|\n\r]+/)) {
    if (!normalizeLabel(part)) continue;
    const ids = stemMatches(part, LEVER_STEMS);
    if (ids.length === 0) unknown.push(part.trim());
    for (const id of ids) if (!levers.includes(id)) levers.push(id);
  }
  return { levers, unknown };
}

export function statusId(label: string): Status | null {
  return wordMatch(label, STATUSES, STATUS_WORDS);
}

export function attitudeId(label: string): Attitude | null {
  return wordMatch(label, ATTITUDES, ATTITUDE_WORDS);
}

export function engagementId(label: string): Engagement | null {
  return wordMatch(label, ENGAGEMENTS, ENGAGEMENT_WORDS);
}

/**
 * The helix sector of a stakeholder from its sector cell or its type as words it ("Local
 * Authority", "National Body", "Joint stock company", "Faculty R&D", "NGOs and social enterprises").
 * Rules run in order; the first that fits wins. Null when nothing fits.
 */
export function sectorId(label: string): Sector | null {
  const n = normalizeLabel(label);
  if (!n) return null;
  if ((SECTORS as readonly string[]).includes(n)) return n as Sector;
  const has = (...stems: string[]) => n.split(' ').some((w) => stems.some((s) => w.startsWith(s)));
  const phrase = (...ps: string[]) => ps.some((p) => ` ${n} `.includes(` ${p} `));
  // A lone word: "eu" and "sola" must not match "euro" or "solar".
  if (['environment', 'natural environment', 'nature', 'okolje', 'narava'].includes(n)) return 'environment';
  if (has('concession', 'koncesion')) return 'business';
  if (phrase('municipal utility', 'public utility', 'public company', 'javno podjetje')) return 'public';
  if (has('universit', 'faculty', 'facult', 'research', 'academ', 'school', 'college', 'scien', 'fakultet', 'univerz', 'raziskov') || phrase('r d', 'sola', 'sole')) return 'academia';
  if (has('ngo', 'civil', 'citizen', 'informal', 'volunteer', 'scout', 'residents', 'nevladn', 'drustv', 'obcan') || phrase('social enterprises', 'social enterprise', 'community', 'association')) return 'civil';
  if (has('enterprise', 'compan', 'business', 'private', 'llc', 'ltd', 'doo', 'gmbh', 'industr', 'chamber', 'commerc', 'bank', 'startup', 'podjet', 'zbornic', 'partner') || phrase('sme', 'smes', 'ppp') || phrase('joint stock', 'd o o', 'd d')) return 'business';
  if (has('authorit', 'municipal', 'city', 'national', 'ministr', 'government', 'public', 'agency', 'region', 'state', 'european', 'fund', 'council', 'health', 'hospital', 'kindergarten', 'library', 'elderly', 'obcin', 'mestn', 'drzav', 'ministrstv', 'agencij', 'javn', 'sklad') || phrase('eu')) return 'public';
  return null;
}

/** "high" / "medium" / "low" (and Slovenian, and 1–5 scales written as words) as 0–100. */
export function levelValue(label: string): number | null {
  const n = normalizeLabel(label);
  const levels: Array<[number, string[]]> = [
    [95, ['very high', 'zelo visok', 'zelo visoka', 'zelo visoko']],
    [85, ['high', 'h', 'strong', 'visok', 'visoka', 'visoko', 'velik', 'velika', 'veliko']],
    [50, ['medium', 'm', 'moderate', 'mid', 'average', 'srednji', 'srednja', 'srednje']],
    [15, ['low', 'l', 'weak', 'nizek', 'nizka', 'nizko', 'majhen', 'majhna', 'majhno']],
    [5, ['very low', 'zelo nizek', 'zelo nizka', 'zelo nizko']],
    [0, ['none', 'no', 'brez']],
  ];
  for (const [value, words] of levels) if (words.includes(n)) return value;
  return null;
}
