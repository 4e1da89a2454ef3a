import { defineMessages } from '../i18n/catalog.ts';

export const commentsMessages = defineMessages({
  en: { comments: {} },
  sl: { comments: {} },
});
