/**
 * Search over HTTP with the Pagefind index the build writes to dist/pagefind/.
 *
 * Item pages carry meta `title` ("7. Air Preclearance") and `number`, and the filter
 * `pillar` (its number). The pillar's title is deliberately not a meta: Pagefind 1.5+
 * makes meta values searchable, so "secure" or "people" would match every item of a
 * pillar by its title. The page's config turns the filter's number back into the title.
 */
import { titleWords, wordsOfTokens } from "./marks.ts";
import type { Engine, Hit, Segment } from "./types.ts";

/** The slice of Pagefind's browser API used here. */
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` index its whitespace-separated words. */
  content?: string;
  locations?: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** rootUrl: absolute URL of the site root ("https://example.org/plan/"); pillars: titles by number. */
export async function createPagefindEngine(rootUrl: string, pillars: Map<number, string>): Promise<Engine> {
  // Absolute, because import() in a classic script resolves against the script's URL, not the page's.
  const url = `${rootUrl}pagefind/pagefind.js`;
  const pagefind = (await import(url)) as Pagefind;
  // baseUrl "/": result URLs stay site paths ("/en/items/…") whatever sub-path serves the site;
  // the result list makes them relative to the search page.
  await pagefind.options({ baseUrl: "/", excerptLength: 30, excerptEllipsis: "…" });
  await pagefind.init();
  return {
    async search(query, pillar, current = () => true) {
      if (!query.trim()) return [];
      const response = await pagefind.search(query, pillar === null ? {} : { filters: { pillar: String(pillar) } });
      // Each result's data() fetches a fragment file: none for a query already typed past.
      if (!response || !current()) return [];
      const pages = await Promise.all(response.results.map((r) => r.data()));
      return pages.map((data) => toHit(data, pillars, query));
    },
  };
}

export function toHit(data: PagefindData, pillars: Map<number, string>, query: string): Hit {
  const title = data.meta.title ?? data.url;
  const hit: Hit = {
    path: data.url.replace(/^\/+/, ""),
    title,
    excerpt: segments(data.excerpt),
    words: matchedWords(data, title, query),
  };
  // Only item pages have a number; a pillar page's own title already names the pillar.
  const pillar = pillars.get(Number(data.filters.pillar?.[0]));
  if (data.meta.number && pillar) hit.pillar = pillar;
  return hit;
}

/** The words of the page the query matched: the body's words at Pagefind's locations, and the title's. */
export function matchedWords(data: PagefindData, title: string, query: string): string[] {
  // Split as Pagefind splits content when it counts locations.
  const tokens = (data.content ?? "").split(/[^\S\uFEFF]+/);
  const body = wordsOfTokens(
    (data.locations ?? []).map((i) => tokens[i]).filter((t): t is string => t !== undefined),
    query,
  );
  return [...new Set([...body, ...titleWords(title, query, body)])];
}

/**
 * Pagefind's excerpt is HTML: escaped text with <mark> around matched words. Read it as text
 * runs, so the result list is built with textContent and never innerHTML. Pagefind marks
 * whole space-separated words ("preclearance."); punctuation at either end is left unmarked.
 */
export function segments(html: string): Segment[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  const out: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const prev = out.at(-1);
    if (prev && prev.mark === mark) prev.text += text;
    else out.push({ text, mark });
  };
  for (const node of Array.from(doc.body.firstChild?.childNodes ?? [])) {
    const text = node.textContent ?? "";
    if (node.nodeName !== "MARK") {
      push(text, false);
      continue;
    }
    const [, lead = "", word = "", tail = ""] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text) ?? [];
    push(lead, false);
    push(word, true);
    push(tail, false);
  }
  return out;
}
