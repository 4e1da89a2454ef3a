/** Every feature's messages, merged into one catalog per language. */
import type { Messages } from './catalog.ts';
import { shellMessages } from '../shell/messages.ts';
import { portfolioMessages } from '../portfolio/messages.ts';
import { stakeholdersMessages } from '../stakeholders/messages.ts';
import { canvasMessages } from '../canvas/messages.ts';
import { facilitationMessages } from '../facilitation/messages.ts';
import { commentsMessages } from '../comments/messages.ts';
import { exportMessages } from '../export/messages.ts';

export const LOCALES = ['en', 'sl'] as const;
export type Locale = (typeof LOCALES)[number];

const features = [shellMessages, portfolioMessages, stakeholdersMessages, canvasMessages, facilitationMessages, commentsMessages, exportMessages];

export const catalogs: Record<Locale, Messages> = {
  en: Object.assign({}, ...features.map((f) => f.en)),
  sl: Object.assign({}, ...features.map((f) => f.sl)),
};
