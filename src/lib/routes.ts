/**
 * Where each page lives: site paths (no leading "/", always a file name) built from the
 * language's route words in the dictionary, so French URLs read in French.
 */
import type { Lang } from "../ingest/model.ts";
import { t } from "../i18n/index.ts";

export type SinglePage = "plan" | "map" | "about" | "search";

export const homePath = (lang: Lang) => `${lang}/index.html`;
export const splashPath = () => "index.html";
export const notFoundPath = () => "404.html";

export function itemPath(lang: Lang, item: { number: number; slug: string }): string {
  return `${lang}/${t(lang, "route.items")}/${item.number}-${item.slug}.html`;
}

export function pillarPath(lang: Lang, pillar: { number: number; id: string }): string {
  return `${lang}/${t(lang, "route.pillars")}/${pillar.number}-${pillar.id}.html`;
}

export function pagePath(lang: Lang, page: SinglePage): string {
  return `${lang}/${t(lang, `route.${page}`)}.html`;
}

export const planJsonPath = (lang: Lang) => `${lang}/plan.json`;
export const itemsCsvPath = (lang: Lang) => `${lang}/${t(lang, "route.csv")}.csv`;
