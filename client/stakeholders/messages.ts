import { defineMessages } from '../i18n/catalog.ts';

export const stakeholdersMessages = defineMessages({
  en: { stakeholders: {} },
  sl: { stakeholders: {} },
});
