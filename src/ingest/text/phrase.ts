/**
 * Finds a phrase, given as the keys of its content words ("permanent resident
 * card" -> ["perman", "resid", "card"]), in a token stream.
 *
 * Between two content words the text may have a few function words ("managing
 * of refugee claims") and slash alternatives ("refugee/asylum processing"
 * contains "refugee processing" and "asylum processing"), but no punctuation
 * that ends a phrase (",", ".", "(" ...).
 */
import { isBoundary, type Token } from "./tokenize.ts";

/** Function words allowed between two consecutive content words of a phrase. */
const MAX_SKIPPED_STOPWORDS = 2;

export interface PhraseHit {
  /** Index of the first and last matched token (inclusive). */
  first: number;
  last: number;
}

/** First occurrence of the phrase in `tokens`, or null. */
export function findPhrase(tokens: readonly Token[], keys: readonly string[]): PhraseHit | null {
  if (keys.length === 0) return null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.stop || t.key !== keys[0]) continue;
    const last = matchFrom(tokens, i, keys);
    if (last >= 0) return { first: i, last };
  }
  return null;
}

function matchFrom(tokens: readonly Token[], i: number, keys: readonly string[]): number {
  let at = i;
  for (let k = 1; k < keys.length; k++) {
    let t = at + 1;
    let stops = 0;
    let alternatives = 0;
    for (;;) {
      const tok = tokens[t];
      if (!tok || isBoundary(tok.gap)) return -1;
      if (!tok.stop && tok.key === keys[k]) break;
      if (tok.stop && tok.kind === "word" && stops < MAX_SKIPPED_STOPWORDS) stops++;
      else if (tok.gap.includes("/") && alternatives < 1) alternatives++;
      else return -1;
      t++;
    }
    at = t;
  }
  return at;
}

/** The exact text a hit covers in the line the tokens came from. */
export function hitText(line: string, tokens: readonly Token[], hit: PhraseHit): string {
  return line.slice(tokens[hit.first]!.start, tokens[hit.last]!.end);
}
