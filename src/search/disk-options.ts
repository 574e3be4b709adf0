/**
 * MiniSearch options shared by the build (which serialises the disk index) and the browser
 * (which loads it): loadJS() needs the very same fields and term processing, or stored
 * terms and query terms stop agreeing.
 */
import type { Options, SearchOptions } from "minisearch";
import { foldAccents } from "../lib/fold.ts";

/** What dist/<lang>/search-index.js sets window.__planSearch to. */
export interface DiskIndex {
  lang: string;
  /** MiniSearch.toJSON() of the documents; load with MiniSearch.loadJS(index, DISK_OPTIONS). */
  index: unknown;
}

export interface DiskDoc {
  /** "i7" for item 7, "p2" for pillar 2, "home", "plan", "map": one id space. */
  id: string;
  path: string;
  title: string;
  /** Pillar title, for items only. */
  pillarTitle?: string;
  /** The pillar the page belongs to; 0 for the home, whole-plan and map pages. */
  pillar: number;
  text: string;
}

/**
 * Lower case without accents, so "biometriques" finds "biométriques" and "Préclearance"
 * finds "preclearance". Single letters (French elisions l', d', s') carry no meaning.
 */
export function normalizeTerm(term: string): string | null {
  const folded = foldAccents(term);
  return folded.length > 1 || /\d/.test(folded) ? folded : null;
}

export const DISK_OPTIONS: Options<DiskDoc> = {
  idField: "id",
  fields: ["title", "text"],
  storeFields: ["path", "title", "pillarTitle", "pillar", "text"],
  processTerm: normalizeTerm,
};

/** As-you-type search: every word may be a prefix; words of 5 letters or more forgive one typo; titles count double. */
export const DISK_SEARCH: SearchOptions = {
  prefix: true,
  fuzzy: (term) => (term.length >= 5 ? 1 : false),
  maxFuzzy: 1,
  boost: { title: 2 },
  combineWith: "AND",
};
