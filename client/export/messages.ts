import { defineMessages } from '../i18n/catalog.ts';

export const exportMessages = defineMessages({
  en: { export: {} },
  sl: { export: {} },
});
