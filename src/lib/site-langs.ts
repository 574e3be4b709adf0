/**
 * The site's languages: those that have a plan (one, or an original and its translation).
 * Pure, apart from astro:content, so the page table and its tests can use it.
 */
import type { Lang } from "../ingest/model.ts";
import { LANGS } from "../i18n/index.ts";
import type { SitePlan } from "./site.ts";

/** The site's plans, by language: only the languages that have a plan. */
export type Site = Partial<Record<Lang, SitePlan>>;

/** The site's languages, in the dictionaries' order. */
export const siteLangs = (site: Site): Lang[] => LANGS.filter((lang) => site[lang]);

/** The plan of a language the site has (a page table entry's language). */
export function planOf(site: Site, lang: Lang): SitePlan {
  const plan = site[lang];
  if (!plan) throw new Error(`the site has no '${lang}' plan`);
  return plan;
}
