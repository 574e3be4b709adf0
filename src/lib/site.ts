/**
 * The site's view of the plan, per language, loaded once from the content collections.
 * The site has the languages that have a plan.json: one (an original alone) or two. A
 * translation that lacks an item or pillar falls back to the original's entry (marked
 * `fallback`, shown with the original's lang and a notice).
 */
import { getCollection, type CollectionEntry } from "astro:content";
import type { Lang, Reference } from "../ingest/model.ts";
import { LANGS } from "../i18n/index.ts";
import { itemPath, pillarPath } from "./routes.ts";
import type { Site } from "./site-langs.ts";
import { resolveWords, type PlanWords } from "./words.ts";

export { planOf, siteLangs, type Site } from "./site-langs.ts";

export interface SiteItem {
  number: number;
  title: string;
  /** Language the title and body are written in (the original's, for an untranslated item). */
  textLang: Lang;
  fallback: boolean;
  pillar: number;
  path: string;
  /** Body paragraphs as plain text. */
  paragraphs: string[];
  references: Reference[];
}

export interface SitePillar {
  number: number;
  id: string;
  title: string;
  textLang: Lang;
  supplied: boolean;
  path: string;
  items: number[];
}

export interface SitePlan {
  lang: Lang;
  title: string;
  /** ISO date of the source page, when it gives one. */
  lastUpdated?: string;
  source: string;
  /** The site's name, publisher, history… (src/lib/words.ts). */
  words: PlanWords;
  /** The original this plan is, or translates. */
  original: { lang: Lang; title: string; lastUpdated?: string };
  translation: CollectionEntry<"plans">["data"]["translation"];
  pillars: SitePillar[];
  items: SiteItem[];
  item: (number: number) => SiteItem;
  pillar: (number: number) => SitePillar;
}

let cache: Promise<Site> | null = null;

export function loadSite(): Promise<Site> {
  cache ??= build();
  return cache;
}

async function build(): Promise<Site> {
  const [plans, items, pillars] = await Promise.all([
    getCollection("plans"),
    getCollection("items"),
    getCollection("pillars"),
  ]);
  const dataOf = (lang: Lang) => plans.find((p) => p.data.lang === lang)?.data;
  const original = plans.find((p) => p.data.translation === null)?.data;
  if (!original) throw new Error("content/: no original (untranslated) plan.json; run `npm run ingest`");

  const site: Site = {};
  for (const lang of LANGS) {
    const plan = dataOf(lang);
    if (!plan) continue;
    const own = (l: Lang) => ({
      items: new Map(items.filter((e) => e.data.lang === l).map((e) => [e.data.number, e])),
      pillars: new Map(pillars.filter((e) => e.data.lang === l).map((e) => [e.data.number, e])),
      bodies: new Map((dataOf(l)?.items ?? []).map((i) => [i.number, i.body.split("\n\n")])),
    });
    const mine = own(plan.lang);
    const base = own(original.lang);

    // Numbering and order always follow the original, so both languages pair page for page.
    const siteItems: SiteItem[] = original.items.map(({ number }) => {
      const entry = mine.items.get(number) ?? base.items.get(number)!;
      const fallback = !mine.items.has(number);
      return {
        number,
        title: entry.data.title,
        textLang: entry.data.lang,
        fallback,
        pillar: entry.data.pillar,
        path: itemPath(lang, { number, slug: entry.data.slug }),
        paragraphs: (fallback ? base.bodies : mine.bodies).get(number) ?? [],
        references: entry.data.references,
      };
    });
    const sitePillars: SitePillar[] = original.pillars.map(({ number }) => {
      const entry = mine.pillars.get(number) ?? base.pillars.get(number)!;
      return {
        number,
        id: entry.data.id,
        title: entry.data.title,
        textLang: entry.data.lang,
        supplied: entry.data.supplied,
        path: pillarPath(lang, { number, id: entry.data.id }),
        items: base.pillars.get(number)!.data.items,
      };
    });
    const itemIndex = new Map(siteItems.map((i) => [i.number, i]));
    const pillarIndex = new Map(sitePillars.map((p) => [p.number, p]));
    site[lang] = {
      lang,
      title: plan.title,
      ...(plan.lastUpdated ? { lastUpdated: plan.lastUpdated } : {}),
      source: plan.source,
      words: resolveWords(plan.site, original.site, plan.title),
      original: {
        lang: original.lang,
        title: original.title,
        ...(original.lastUpdated ? { lastUpdated: original.lastUpdated } : {}),
      },
      translation: plan.translation,
      pillars: sitePillars,
      items: siteItems,
      item: (n) => itemIndex.get(n)!,
      pillar: (n) => pillarIndex.get(n)!,
    };
  }
  return site;
}

/** First sentence of a paragraph, for summaries. */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s+\p{Lu}|$)/u.exec(text);
  return match ? match[0] : text;
}
