/**
 * Which stakeholders and relations a view shows. An empty list means "all"; a stakeholder with
 * no sector yet is matched by the sector id '' so people can find the ones still to classify.
 */
import type { Attitude, Engagement, Relation, RelationType, Sector, Stakeholder } from '../schema/index.ts';

export interface StakeholderFilter {
  sectors: (Sector | '')[];
  attitudes: Attitude[];
  engagements: Engagement[];
  relationTypes: RelationType[];
  /** free text, matched against name, organisation, type, system and notes */
  text: string;
}

export function emptyFilter(): StakeholderFilter {
  return { sectors: [], attitudes: [], engagements: [], relationTypes: [], text: '' };
}

export function isFilterActive(f: StakeholderFilter): boolean {
  return f.sectors.length + f.attitudes.length + f.engagements.length + f.relationTypes.length > 0 || f.text.trim() !== '';
}

const allows = <T>(list: readonly T[], value: T) => list.length === 0 || list.includes(value);

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchesStakeholder(s: Stakeholder, f: StakeholderFilter): boolean {
  if (!allows(f.sectors, s.sector) || !allows(f.attitudes, s.attitude) || !allows(f.engagements, s.engagement)) return false;
  const q = fold(f.text.trim());
  if (!q) return true;
  return [s.name, s.organisation, s.type, s.system, s.notes].some((v) => fold(v).includes(q));
}

/** A relation shows when its type is allowed and both its ends are shown. */
export function matchesRelation(r: Relation, f: StakeholderFilter, shown: ReadonlySet<string>): boolean {
  return allows(f.relationTypes, r.type) && shown.has(r.from) && shown.has(r.to);
}

export function filterBoard(stakeholders: readonly Stakeholder[], relations: readonly Relation[], f: StakeholderFilter) {
  const visible = stakeholders.filter((s) => matchesStakeholder(s, f));
  const ids = new Set(visible.map((s) => s.id));
  return { stakeholders: visible, relations: relations.filter((r) => matchesRelation(r, f, ids)), ids };
}

/** Toggle one value in a filter list (the filter bar's checkboxes). */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
