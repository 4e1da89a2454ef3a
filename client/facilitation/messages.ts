import { defineMessages } from '../i18n/catalog.ts';

export const facilitationMessages = defineMessages({
  en: { facilitation: {} },
  sl: { facilitation: {} },
});
