/**
 * The site's words about the plan, from plan.json (its title, counts, translation) and the
 * sidecar's `site:` entry (name, tagline, publisher, address, history): nothing about a
 * particular plan is written in src/. Pure functions, so views only render what they return.
 */
import type { Lang, SiteWords, Translation } from "../ingest/model.ts";
import { t, tCount } from "../i18n/index.ts";

/** One language's words, with the fallbacks applied. */
export interface PlanWords {
  /** The site's name: the sidecar's, else the plan's own title. */
  name: string;
  tagline?: string;
  /** Who published the original (the original's, when this language's sidecar does not say). */
  publisher?: string;
  /** Address of the original page (likewise). */
  url?: string;
  /** When the original was first issued (likewise); absent when no sidecar gives it. */
  issued?: string;
  /** Home page paragraphs on the plan's history, in this language only. */
  history: string[];
  /** Editorial notes for the About page, in this language only. */
  notes: string[];
}

/**
 * Words for one language. The facts that do not depend on language (publisher, address,
 * date of issue) fall back to the original's; wording (name, tagline, history, notes) does not,
 * so a page never mixes in another language's sentences.
 */
export function resolveWords(own: SiteWords | undefined, original: SiteWords | undefined, title: string): PlanWords {
  return {
    name: own?.name ?? title,
    ...(own?.tagline ? { tagline: own.tagline } : {}),
    ...pick("publisher", own, original),
    ...pick("url", own, original),
    ...pick("issued", own, original),
    history: own?.history ?? [],
    notes: own?.notes ?? [],
  };
}

function pick<K extends "publisher" | "url" | "issued">(
  key: K,
  own: SiteWords | undefined,
  original: SiteWords | undefined,
): Partial<Record<K, string>> {
  const value = own?.[key] ?? original?.[key];
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** What the page's words need to know about its plan. */
export interface WordsSource {
  lang: Lang;
  words: PlanWords;
  items: readonly unknown[];
  pillars: readonly unknown[];
  translation: Translation | null;
  original: { lang: Lang; title: string };
}

/** Placeholders the page descriptions share: {name}, {items} ("32 items"), {pillars}. */
export function planVars(plan: WordsSource): { name: string; items: string; pillars: string } {
  return {
    name: plan.words.name,
    items: tCount(plan.lang, "items", plan.items.length),
    pillars: tCount(plan.lang, "pillars", plan.pillars.length),
  };
}

/** The home page's introduction: the page it publishes, its publisher and its counts. */
export function homeIntro(plan: WordsSource): string {
  return t(plan.lang, "home.intro", { ...planVars(plan), title: plan.original.title, by: byPublisher(plan) });
}

/** A pillar page's kicker, "Pillar 2 · 5 items": shown on the page and indexed as its words. */
export function pillarKicker(lang: Lang, number: number, itemCount: number): string {
  return `${t(lang, "pillar.label", { number })} · ${tCount(lang, "items", itemCount)}`;
}

/** " (publisher)" after a page title, or nothing when the publisher is not known. */
export function byPublisher(plan: WordsSource): string {
  return plan.words.publisher ? t(plan.lang, "source.by", { publisher: plan.words.publisher }) : "";
}

/** The original's language, as running text names it in the page's language ("English", « anglais »). */
export function originalLanguage(plan: WordsSource): string {
  return t(plan.lang, `language.${plan.original.lang}`);
}

/** Who wrote what, as term and detail: the original text (publisher, language) and any translation. */
export function attribution(plan: WordsSource): { term: string; detail: string }[] {
  const lang = plan.lang;
  const language = originalLanguage(plan);
  const publisher = plan.words.publisher;
  const rows = [
    {
      term: t(lang, "attribution.original"),
      detail: publisher
        ? t(lang, "attribution.original.by", { publisher, language })
        : t(lang, "attribution.original.lang", { language }),
    },
  ];
  if (plan.translation)
    rows.push({
      term: t(lang, "attribution.translation"),
      detail: t(
        lang,
        plan.translation.official ? "attribution.translation.official" : "attribution.translation.unofficial",
      ),
    });
  return rows;
}
