/**
 * The shape of a line of plain text, for telling headings from running text when a page has
 * no blank lines: does a line run on into the next (a hard wrap), does it end a sentence,
 * and could it be the title of an item?
 */
import { fold } from "./stopwords.ts";

/**
 * Words a heading or a sentence does not end on, so a line that ends with one runs on into
 * the next: articles, prepositions and conjunctions of English and French (folded).
 */
const RUN_ON_WORDS = new Set(
  `a an and as at but by for from in into nor of on or per than that the these this those to via with
   its our their au aux avec ces cet cette dans de des du en et la le les leur leurs nos notre ou par
   pour que qui sa sans ses son sur un une`.split(/\s+/),
);
/** Words a heading does not start with, so a line that starts with one continues the line above. */
const CONTINUING_WORDS = new Set(
  `and as at but by for from in into nor of on or per than that to via with
   au aux avec dans de des du et ou par pour que qui sans sur`.split(/\s+/),
);

/** True when a line runs on into the next: it ends with a comma, dash, slash, colon… or a word such as "the". */
export function runsOn(line: string): boolean {
  const text = line.trimEnd();
  if (/[,;:\-–—/&(]$/u.test(text)) return true;
  if (/(?:^|\s)(?:l|d|qu|j|n|s|c|jusqu|lorsqu)['’]$/iu.test(text)) return true; // French elision: "l'", "d'"
  // The last word only: a regex anchored at the end would try every start along a long line.
  const last = /(?:^|[^\p{L}])(\p{L}+)$/u.exec(text.slice(text.lastIndexOf(" ") + 1));
  return last !== null && RUN_ON_WORDS.has(fold(last[1]!));
}

/** True when a line continues the one above: it starts with a word such as "of", "and" or "d’". */
export function continues(line: string): boolean {
  const text = line.trimStart();
  if (/^(?:d|qu|jusqu)['’]/iu.test(text)) return true;
  const first = /^(\p{L}+)(?![\p{L}'’])/u.exec(text);
  return first !== null && CONTINUING_WORDS.has(fold(first[1]!));
}

/** True when a line ends a sentence: ".", "!", "?", "…", or a closing quote or bracket after one of them. */
export function endsSentence(line: string): boolean {
  return /[.!?…]["'”’»)\]]*$/u.test(line.trimEnd());
}

/**
 * Could this text be an item's title, met at the start of a line inside running text?
 * Short, not starting in lower case, and not ending like a clause (",", ";", ":", a run-on
 * word) or a sentence (a full stop, unless it ends an abbreviation such as "U.S.").
 */
export function isTitleShaped(title: string): boolean {
  const text = title.trim();
  if (text === "" || text.length > 120 || text.split(/\s+/).length > 16) return false;
  if (/^\p{Ll}/u.test(text)) return false;
  if (runsOn(text)) return false;
  if (/\.$/.test(text) && !/\p{L}\.\p{L}+\.$/u.test(text)) return false;
  return true;
}
