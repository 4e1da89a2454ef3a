/** Words for field, lever and status ids in the reader's language (extra fields are their own label). */
import { DEFAULT_FIELDS } from '../../shared/schema/index.ts';

type Translate = (key: string) => string;

export function fieldLabel(t: Translate, field: string): string {
  if (field === '') return t('portfolio.field.crossCutting');
  return (DEFAULT_FIELDS as readonly string[]).includes(field) ? t(`portfolio.field.${field}`) : field;
}

export function leverLabel(t: Translate, lever: string): string {
  return t(`portfolio.lever.${lever}`);
}

export function statusLabel(t: Translate, status: string): string {
  return t(`portfolio.status.${status}`);
}
