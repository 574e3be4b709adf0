/**
 * Display case for headings that the source writes in capitals.
 * English uses title case with short function words in lower case (GOV/Canada.ca style);
 * French uses sentence case, as French typography does.
 */
import type { Lang } from "../model.ts";

const ENGLISH_MINOR_WORDS = new Set(
  "a an and as at but by for from in into nor of on or per the to via with".split(" "),
);

/**
 * `properForms` maps a lower-case word to the form the plan's own text always writes it in
 * (see properNounForms): acronyms and proper nouns keep that form ("NEXUS", "Canada").
 */
export function displayCase(heading: string, lang: Lang, properForms: ReadonlyMap<string, string> = new Map()): string {
  const lower = heading.trim().replace(/\s+/g, " ").toLocaleLowerCase(lang);
  const cased =
    lang === "fr"
      ? upperFirst(lower)
      : lower
          .split(" ")
          // Minor words stay lower case except first and last ("What to Look For").
          .map((word, i, words) =>
            i > 0 && i < words.length - 1 && ENGLISH_MINOR_WORDS.has(word) ? word : upperWordParts(word),
          )
          .join(" ");
  return cased.replace(/\p{L}+/gu, (word) => properForms.get(word.toLocaleLowerCase(lang)) ?? word);
}

/**
 * Words that the text writes with capitals wherever they occur, other than at the start of a
 * sentence: acronyms and proper nouns. Keyed by their lower-case form.
 */
export function properNounForms(paragraphs: readonly string[], lang: Lang): Map<string, string> {
  const forms = new Map<string, Set<string>>();
  for (const text of paragraphs) {
    for (const match of text.matchAll(/\p{L}+/gu)) {
      const before = text.slice(0, match.index).trimEnd();
      const sentenceStart = before === "" || /[.!?:;«"“(]$/u.test(before);
      const word = match[0];
      const key = word.toLocaleLowerCase(lang);
      if (sentenceStart) continue;
      const set = forms.get(key) ?? new Set<string>();
      set.add(word);
      forms.set(key, set);
    }
  }
  const result = new Map<string, string>();
  for (const [key, set] of forms) {
    const [only] = set;
    if (set.size === 1 && only !== key && /\p{Lu}/u.test(only!)) result.set(key, only!);
  }
  return result;
}

/** "cross-border" → "Cross-Border", "refugee/asylum" → "Refugee/Asylum", "(nexus)" → "(Nexus)". */
function upperWordParts(word: string): string {
  return word.replace(
    /(^|[-/])([^\p{L}\p{N}]*)(\p{L})/gu,
    (_, sep: string, lead: string, letter: string) => sep + lead + letter.toLocaleUpperCase(),
  );
}

/** Upper-case the first letter, unless a number comes first ("32-point …" stays as is). */
function upperFirst(text: string): string {
  return text.replace(
    /^([^\p{L}\p{N}]*)(\p{L})/u,
    (_, lead: string, letter: string) => lead + letter.toLocaleUpperCase(),
  );
}

/** A line written in capitals: has at least four letters, none of them lower case. */
export function isCapitalsLine(line: string): boolean {
  if (/\p{Ll}/u.test(line) || !/\p{Lu}/u.test(line)) return false; // most lines stop here, cheaply
  const letters = line.match(/\p{L}/gu) ?? [];
  return letters.length >= 4;
}
