/** What every search engine (Pagefind over HTTP, MiniSearch from disk) hands to the result list. */

/** A run of excerpt text; `mark` when it is a word the query matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface Hit {
  /** Site path of the page ("en/items/7-air-preclearance.html"), no leading "/". */
  path: string;
  /** "7. Air Preclearance", or a pillar's or the home page's title. */
  title: string;
  /** Title of the item's pillar; absent for pillar and home pages. */
  pillar?: string;
  excerpt: Segment[];
  /** The page's words the query matched, folded (see marks.ts): marked when the page opens. */
  words: string[];
}

export interface Engine {
  /**
   * Pages matching query, best first, within one pillar when pillar is set. current() turns
   * false once a later keystroke has started another search: an engine may then stop early
   * (its result is thrown away anyway) rather than load what it no longer needs.
   */
  search(query: string, pillar: number | null, current?: () => boolean): Promise<Hit[]>;
}
