/** t(): the UI string for a key in a language, with {placeholders} filled in. */
import { LANGS, type Lang } from "../ingest/model.ts";
import { en, type UiKey } from "./en.ts";
import { fr } from "./fr.ts";

export type { UiKey };
export { LANGS };
export const dictionaries: Record<Lang, Record<UiKey, string>> = { en, fr };

export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** What can be counted in running text ("32 items", "1 pilier"). */
export type Countable = "items" | "pillars";

/**
 * A count with its noun, by the language's plural rules (Intl.PluralRules): the dictionary's
 * `count.<noun>.<category>` string, or `count.<noun>.other` when it has no string for the category.
 */
export function tCount(lang: Lang, noun: Countable, count: number): string {
  const category = new Intl.PluralRules(lang).select(count);
  const key = `count.${noun}.${category}`;
  const chosen = (key in dictionaries[lang] ? key : `count.${noun}.other`) as UiKey;
  return t(lang, chosen, { count: new Intl.NumberFormat(lang).format(count) });
}

/** The other language, for the language toggle. */
export function otherLang(lang: Lang): Lang {
  return LANGS.find((l) => l !== lang)!;
}

/** Dates as each language writes them in running text ("January 13, 2005", "13 janvier 2005"). */
export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(`${lang}-CA`, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
