/**
 * Display case for headings that the source writes in capitals.
 * English uses title case with short function words in lower case (GOV/Canada.ca style);
 * French uses sentence case, as French typography does.
 */
import type { Lang } from "../model.ts";

const ENGLISH_MINOR_WORDS = new Set(
  "a an and as at but by for from in into nor of on or per the to via with".split(" "),
);

export function displayCase(heading: string, lang: Lang): string {
  const lower = heading.trim().replace(/\s+/g, " ").toLocaleLowerCase(lang);
  if (lang === "fr") return upperFirst(lower);
  const words = lower.split(" ");
  // Minor words stay lower case except first and last ("What to Look For").
  return words
    .map((word, i) => (i > 0 && i < words.length - 1 && ENGLISH_MINOR_WORDS.has(word) ? word : upperWordParts(word)))
    .join(" ");
}

/** "cross-border" → "Cross-Border", "refugee/asylum" → "Refugee/Asylum", "(nexus)" → "(Nexus)". */
function upperWordParts(word: string): string {
  return word.replace(/(^|[-/])([^\p{L}\p{N}]*)(\p{L})/gu, (_, sep: string, lead: string, letter: string) => sep + lead + letter.toLocaleUpperCase());
}

/** Upper-case the first letter, unless a number comes first ("32-point …" stays as is). */
function upperFirst(text: string): string {
  return text.replace(/^([^\p{L}\p{N}]*)(\p{L})/u, (_, lead: string, letter: string) => lead + letter.toLocaleUpperCase());
}

/** A line written in capitals: has at least four letters, none of them lower case. */
export function isCapitalsLine(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  return letters.length >= 4 && !/\p{Ll}/u.test(line) && /\p{Lu}/u.test(line);
}
