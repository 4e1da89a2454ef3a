/**
 * A feature's messages: English is the reference; every other language must have exactly the
 * same keys (checked by the type below and by catalogs.test.ts). Values are ICU messages
 * (svelte-i18n / intl-messageformat), e.g. "{count, plural, one {# vote} other {# votes}}".
 */
export type Messages = { [key: string]: string | Messages };
type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export function defineMessages<T extends Messages>(catalog: { en: T; sl: SameKeys<T> }) {
  return catalog;
}
