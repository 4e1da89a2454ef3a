/**
 * The rows and columns of the portfolio matrix. Rows: the five default fields of action, then the
 * board's extra fields (meta.fields), then '' for cross-cutting interventions. Columns: the six
 * levers, then 'none' for cards that pull no lever yet, so no card is ever hidden. A card sits in
 * the column of its FIRST lever; all its levers count for coverage.
 */
import { DEFAULT_FIELDS, LEVERS, type Intervention, type Lever, type Meta } from '../schema/index.ts';

export const CROSS_CUTTING = '';
export const NO_LEVER = 'none';
export type LeverColumn = Lever | typeof NO_LEVER;
export const LEVER_COLUMNS: readonly LeverColumn[] = [...LEVERS, NO_LEVER];

export function fieldsOfBoard(meta: Pick<Meta, 'fields'>): string[] {
  const out: string[] = [...DEFAULT_FIELDS];
  for (const f of meta.fields ?? []) {
    const label = f.trim();
    if (label && !out.some((o) => o.toLowerCase() === label.toLowerCase())) out.push(label);
  }
  out.push(CROSS_CUTTING);
  return out;
}

/** The row a card sits in: its field when the board has it (extras match case-insensitively), else cross-cutting. */
export function fieldOf(intervention: Pick<Intervention, 'field'>, fields: readonly string[]): string {
  const field = (intervention.field ?? '').trim();
  if (!field) return CROSS_CUTTING;
  if (fields.includes(field)) return field;
  return fields.find((f) => f && f.toLowerCase() === field.toLowerCase()) ?? CROSS_CUTTING;
}

export function primaryLever(intervention: Pick<Intervention, 'levers'>): Lever | null {
  return intervention.levers?.[0] ?? null;
}

/** The column a card sits in: its first lever, or 'none'. */
export function leverColumnOf(intervention: Pick<Intervention, 'levers'>): LeverColumn {
  return primaryLever(intervention) ?? NO_LEVER;
}
