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
