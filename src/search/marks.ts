/**
 * The words a search matched on a page, carried to that page in its URL (?mark=…), where
 * mark.js marks them. Both engines hand over the page's own words that matched (after
 * prefix, typo and stem matching), folded as normalizeTerm folds them, so the page needs no
 * stemmer: it marks each word whose folded form is in the list.
 */
import { normalizeTerm } from "./disk-options.ts";

export const MARK_PARAM = "mark";
/** Enough for any real query; keeps URLs short whatever a page matched. */
export const MAX_WORDS = 12;

/** Words as the site splits text: runs of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** The folded words a page was opened to mark, from its location.search. */
export function readMarks(search: string): Set<string> {
  const value = new URLSearchParams(search).get(MARK_PARAM) ?? "";
  return new Set(
    (value.match(WORD) ?? [])
      .map((w) => normalizeTerm(w))
      .filter((w): w is string => w !== null)
      .slice(0, MAX_WORDS),
  );
}

/**
 * The words of a text that a query matched, given the text's whitespace-separated tokens
 * that the engine reports as matches (Pagefind's locations). A token may hold several words
 * ("preclearance/post-clearance,"): the ones a query term begins are taken, or, when none
 * does (a stem match: "frontalière" for "frontalières"), all of them.
 */
export function wordsOfTokens(tokens: string[], query: string): string[] {
  const terms = (query.match(WORD) ?? []).map((w) => normalizeTerm(w)).filter((w): w is string => w !== null);
  const out: string[] = [];
  for (const token of tokens) {
    const parts = (token.match(WORD) ?? []).map((w) => normalizeTerm(w)).filter((w): w is string => w !== null);
    const begun = parts.filter((p) => terms.some((t) => p.startsWith(t)));
    out.push(...(begun.length > 0 ? begun : parts));
  }
  return [...new Set(out)];
}

/** The words of a title that a query term begins, or that the body matched too. */
export function titleWords(title: string, query: string, matched: Iterable<string>): string[] {
  const terms = (query.match(WORD) ?? []).map((w) => normalizeTerm(w)).filter((w): w is string => w !== null);
  const known = new Set(matched);
  return (title.match(WORD) ?? [])
    .map((w) => normalizeTerm(w))
    .filter((w): w is string => w !== null && (known.has(w) || terms.some((t) => w.startsWith(t))));
}
