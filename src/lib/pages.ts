/**
 * The table of every HTML page of the site, per language, with its path and the path of
 * its twin in the other language (null on a one-language site). Routes, the language
 * toggle, hreflang links and the sitemap all read this one table.
 */
import type { Lang } from "../ingest/model.ts";
import { otherLang } from "../i18n/index.ts";
import { homePath, pagePath, type SinglePage } from "./routes.ts";
import { planOf, siteLangs, type Site } from "./site-langs.ts";

export type PageSpec =
  | { kind: "home" | SinglePage; lang: Lang; path: string; alternate: string | null }
  | { kind: "pillar" | "item"; lang: Lang; path: string; alternate: string | null; number: number };

const SINGLE_PAGES: SinglePage[] = ["plan", "map", "about", "search"];

export function sitePages(site: Site): PageSpec[] {
  return siteLangs(site).flatMap((lang) => {
    const plan = planOf(site, lang);
    const other = site[otherLang(lang)];
    // A pillar or item page, paired with the other language's page of the same number.
    const numbered = (kind: "pillar" | "item", { number, path }: { number: number; path: string }) => ({
      kind,
      lang,
      number,
      path,
      alternate: other ? other[kind](number).path : null,
    });
    return [
      { kind: "home" as const, lang, path: homePath(lang), alternate: other ? homePath(other.lang) : null },
      ...plan.pillars.map((p) => numbered("pillar", p)),
      ...plan.items.map((i) => numbered("item", i)),
      ...SINGLE_PAGES.map((kind) => ({
        kind,
        lang,
        path: pagePath(lang, kind),
        alternate: other ? pagePath(other.lang, kind) : null,
      })),
    ];
  });
}

/** Astro route parameter for a site path: "en/items/1-x.html" → "en/items/1-x". */
export function routeParam(path: string): string {
  return path.replace(/\.html$/, "");
}
