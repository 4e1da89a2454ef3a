/**
 * Stakeholder names: when two are the same name, and how names that repeat are told apart.
 *
 * Names that tell stakeholders apart in a list (a picker, a relation's ends). Plans often list two
 * bodies under one name ("Arriva LLC" as operator and as contractor): where names repeat, each
 * gets its organisation, type or system in brackets — the first of these that sets the namesakes
 * apart — and a number where nothing does.
 */
import type { Stakeholder } from '../schema/index.ts';

type Named = Pick<Stakeholder, 'id' | 'name' | 'organisation' | 'type' | 'system'>;

/**
 * The one rule for "the same stakeholder name", used by both CSV importers (to match a row to a
 * stakeholder, and a name in an intervention's `stakeholders` cell to its id) and by `distinctNames`.
 * Case, spacing and accents do not count: a plan typed without diacritics ("Obcina Kranj") or
 * with them in decomposed form still names "Občina Kranj". Punctuation counts ("Arriva d.o.o." is
 * not "Arriva doo"): it is too often what tells two bodies apart.
 */
export function stakeholderNameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const fold = stakeholderNameKey;
const DETAILS = ['organisation', 'type', 'system'] as const;

export function distinctNames(stakeholders: readonly Named[], unnamed: string): Map<string, string> {
  const groups = new Map<string, Named[]>();
  for (const s of stakeholders) {
    const key = fold(s.name || unnamed);
    const group = groups.get(key);
    if (group) group.push(s); else groups.set(key, [s]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length === 1) { out.set(group[0]!.id, group[0]!.name.trim() || unnamed); continue; }
    const detailOf = (s: Named, field: (typeof DETAILS)[number]) => {
      const value = s[field].trim();
      return value && fold(value) !== fold(s.name) ? value : '';
    };
    // one kind of detail for the whole group when it sets every namesake apart, so the list reads evenly
    const telling = DETAILS.find((f) => {
      const values = group.map((s) => fold(detailOf(s, f)));
      return values.every(Boolean) && new Set(values).size === values.length;
    });
    const labels = group.map((s) => {
      const name = s.name.trim() || unnamed;
      const detail = telling ? detailOf(s, telling) : DETAILS.map((f) => detailOf(s, f)).find(Boolean) ?? '';
      return detail ? `${name} (${detail})` : name;
    });
    // namesakes nothing tells apart are numbered in list order
    const seen = new Map<string, number>();
    const total = new Map<string, number>();
    for (const l of labels) total.set(l, (total.get(l) ?? 0) + 1);
    group.forEach((s, n) => {
      const label = labels[n]!;
      if (total.get(label)! === 1) { out.set(s.id, label); return; }
      const k = (seen.get(label) ?? 0) + 1;
      seen.set(label, k);
      out.set(s.id, `${label} #${k}`);
    });
  }
  return out;
}
