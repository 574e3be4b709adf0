/** The metadata of a page's <head> (Head.astro), from the page and its plan. */
import type { Lang } from "../ingest/model.ts";
import type { PlanWords } from "./words.ts";

/** What Head.astro renders. */
export interface HeadMeta {
  lang: Lang;
  /** The full <title> (page title and site name). */
  title: string;
  /** The page's own title, for dcterms.title and og:title. */
  pageTitle: string;
  description: string;
  /** Site path of the page. */
  path: string;
  /** The page in each of the site's languages, itself included: hreflang links, og:locale:alternate. */
  alternates: { lang: Lang; path: string }[];
  siteName: string;
  /** href of the icon, from this page. */
  icon: string;
  /** dcterms.creator: who published the original. */
  creator?: string | undefined;
  /** ISO dates for dcterms.issued and dcterms.modified. */
  issued?: string | undefined;
  modified?: string | undefined;
  /** A page that is not a page of the site (404): noindex, no canonical link. */
  noindex?: boolean;
}

export interface MetaSource {
  lang: Lang;
  lastUpdated?: string | undefined;
  words: PlanWords;
}

/**
 * A page's title is "Page — Site name", or the site name alone on a page titled after it.
 * Dates: dcterms.modified is the source page's date; dcterms.issued the sidecar's `issued`,
 * else that same date. A source without a date gives neither.
 */
export function pageMeta(
  plan: MetaSource,
  page: { path: string; title: string; description: string; icon: string },
  alternates: { lang: Lang; path: string }[],
): HeadMeta {
  const name = plan.words.name;
  return {
    lang: plan.lang,
    title: page.title === name ? name : `${page.title} — ${name}`,
    pageTitle: page.title,
    description: page.description,
    path: page.path,
    alternates,
    siteName: name,
    icon: page.icon,
    creator: plan.words.publisher,
    issued: plan.words.issued ?? plan.lastUpdated,
    modified: plan.lastUpdated,
  };
}
