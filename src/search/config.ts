/** Per-page settings the search page passes to the script in <script type="application/json" id="search-config">. */
import type { StatusStrings } from "./state.ts";

export interface SearchConfig {
  lang: string;
  /** Site path of the search page ("en/search.html"): result links are made relative to it. */
  page: string;
  /** The site root, relative to the search page ("../"). */
  root: string;
  /** The disk index script, relative to the search page. */
  diskIndex: string;
  /** Pillar titles by number: Pagefind gives an item's pillar as the number in its filter. */
  pillars: { number: number; title: string }[];
  strings: StatusStrings & { loading: string; error: string };
}

export const CONFIG_ID = "search-config";

export function readConfig(doc: Document): SearchConfig {
  const el = doc.getElementById(CONFIG_ID);
  if (!el?.textContent) throw new Error(`search: no #${CONFIG_ID}`);
  return JSON.parse(el.textContent) as SearchConfig;
}
