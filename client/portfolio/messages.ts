import { defineMessages } from '../i18n/catalog.ts';

export const portfolioMessages = defineMessages({
  en: { portfolio: {} },
  sl: { portfolio: {} },
});
