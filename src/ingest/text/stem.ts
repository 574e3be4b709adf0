/**
 * Snowball stemming for the plan's languages, memoised per language.
 * Words are stemmed with their accents (the French stemmer needs them to find
 * suffixes: "sécurité" -> "sécur"), then the stem is folded to plain letters
 * so keys compare without caring about accents the stem kept ("réfugi" = "refugi").
 */
// Named import: the package marks itself `__esModule`, so a default import breaks under CJS interop.
import { newStemmer } from "snowball-stemmers";
import type { Lang } from "../model.ts";
import { fold } from "./stopwords.ts";

const ALGORITHM: Record<Lang, string> = { en: "english", fr: "french" };
const caches = new Map<Lang, Map<string, string>>();

export function stem(lang: Lang, word: string): string {
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  const lower = word.toLowerCase();
  let out = cache.get(lower);
  if (out === undefined) {
    out = fold(stemmerFor(lang).stem(lower));
    cache.set(lower, out);
  }
  return out;
}

const stemmers = new Map<Lang, { stem(w: string): string }>();
function stemmerFor(lang: Lang) {
  let s = stemmers.get(lang);
  if (!s) {
    s = newStemmer(ALGORITHM[lang]);
    stemmers.set(lang, s);
  }
  return s;
}
