import { defineMessages } from '../i18n/catalog.ts';

export const canvasMessages = defineMessages({
  en: { canvas: {} },
  sl: { canvas: {} },
});
