/**
 * Languages: svelte-i18n with English and Slovenian catalogs; the choice is remembered in this
 * browser and sets <html lang>. Components use `$_('key')`; code outside components uses `t()`.
 */
import { addMessages, init, locale, _ } from 'svelte-i18n';
import { get } from 'svelte/store';
import { catalogs, LOCALES, type Locale } from './catalogs.ts';

const KEY = 'leverboard:locale';

export function setupI18n(): void {
  for (const l of LOCALES) addMessages(l, catalogs[l] as never);
  const stored = localStorage.getItem(KEY);
  const preferred = stored ?? (navigator.language.toLowerCase().startsWith('sl') ? 'sl' : 'en');
  init({ fallbackLocale: 'en', initialLocale: (LOCALES as readonly string[]).includes(preferred) ? preferred : 'en' });
  locale.subscribe((l) => { if (l) document.documentElement.lang = l; });
}

export function setLocale(l: Locale): void {
  localStorage.setItem(KEY, l);
  locale.set(l);
}

export function currentLocale(): Locale {
  const l = get(locale);
  return l === 'sl' ? 'sl' : 'en';
}

/** Translate outside components. */
export function t(key: string, values?: Record<string, string | number | boolean | Date | null | undefined>): string {
  return get(_)(key, { values });
}

export { _, locale, LOCALES };
export type { Locale };
