/**
 * The query string a result link carries to the page it opens (marks.ts reads it there).
 * Kept apart from marks.ts so that the page's mark script does not bundle the stopword lists:
 * only the search page needs them.
 */
import { isStopword } from "../ingest/text/stopwords.ts";
import { normalizeTerm } from "./disk-options.ts";
import { MARK_PARAM, MAX_WORDS } from "./marks.ts";

/** A function word of either language ("of", « des »): marked only when nothing else matched. */
const isFunctionWord = (word: string) => isStopword("en", word) || isStopword("fr", word);

/**
 * The query string for a result link ("?mark=nexus+cards"), empty when there is nothing to
 * mark. Function words are left out ("secure flow of goods" marks no "of" all over the page),
 * unless they are all a query matched.
 */
export function markQuery(words: Iterable<string>): string {
  const all = [...new Set([...words].map((w) => normalizeTerm(w)).filter((w): w is string => w !== null))];
  const content = all.filter((w) => !isFunctionWord(w));
  const unique = content.length > 0 ? content : all;
  if (unique.length === 0) return "";
  return `?${new URLSearchParams({ [MARK_PARAM]: unique.slice(0, MAX_WORDS).join(" ") }).toString()}`;
}
