/**
 * Rare shared noun phrases: two items, and no other, write the same two-word phrase whose
 * head noun is rare in the plan ("international zones", "resident cards"). That names a
 * thing both items deal with, which shared loose words do not.
 *
 * The head is the phrase's last word in English and its first in French ("zones
 * internationales"), and the phrase must end where the noun phrase ends: "legal and
 * operational issues" and "legal and operational challenges" share only the modifiers of two
 * different nouns. A phrase whose head the plan uses everywhere ("land border") names
 * nothing particular. One pass over the tokens; each phrase is kept while at most two items
 * use it, so the cost is linear in the text.
 */
import type { Lang } from "../model.ts";
import { isBoundary, type Token } from "../text/tokenize.ts";
import { isRare, weight, type Doc, type TermStats } from "./stats.ts";

/** Function words allowed between the two words ("partnership with the industry"). */
const MAX_SKIPPED = 2;

export interface PhrasePair {
  a: Doc;
  b: Doc;
  /** The phrase as each item writes it. */
  inA: string;
  inB: string;
}

const HEAD_LAST: Record<Lang, boolean> = { en: true, fr: false };

/** Pairs of items that alone share a rare noun phrase, by item numbers; one per pair (the first phrase found). */
export function phrasePairs(stats: TermStats): PhrasePair[] {
  const users = new Map<string, { doc: Doc; text: string }[]>();
  for (const doc of stats.docs) {
    const seen = new Set<string>();
    // Body first: the evidence quotes the body when it has the phrase.
    const lines = [...doc.item.body, doc.item.title];
    [...doc.paras, doc.title].forEach((tokens, l) => {
      for (const { key, first, last } of nounPhrases(stats, tokens)) {
        if (seen.has(key)) continue;
        seen.add(key);
        const list = users.get(key) ?? [];
        if (list.length > 2) continue;
        list.push({ doc, text: (lines[l] ?? "").slice(tokens[first]!.start, tokens[last]!.end) });
        users.set(key, list);
      }
    });
  }
  const pairs = new Map<string, PhrasePair>();
  for (const list of users.values()) {
    if (list.length !== 2) continue;
    const [x, y] = list[0]!.doc.number < list[1]!.doc.number ? [list[0]!, list[1]!] : [list[1]!, list[0]!];
    const id = `${x.doc.number}-${y.doc.number}`;
    if (!pairs.has(id)) pairs.set(id, { a: x.doc, b: y.doc, inA: x.text, inB: y.text });
  }
  return [...pairs.values()].sort((p, q) => p.a.number - q.a.number || p.b.number - q.b.number);
}

/** The closed two-word noun phrases of a token stream whose head is rare, as keys and token spans. */
export function nounPhrases(
  stats: TermStats,
  tokens: readonly Token[],
): { key: string; first: number; last: number }[] {
  const headLast = HEAD_LAST[stats.lang];
  const out: { key: string; first: number; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.stop) continue;
    let q = i + 1;
    let skipped = 0;
    while (q < tokens.length && tokens[q]!.stop && tokens[q]!.kind === "word" && skipped < MAX_SKIPPED) {
      if (isBoundary(tokens[q]!.gap)) break;
      q++;
      skipped++;
    }
    const u = tokens[q];
    if (!u || u.stop || isBoundary(u.gap) || u.key === t.key) continue;
    const after = tokens[q + 1];
    const before = tokens[i - 1];
    const closed = headLast
      ? !after || after.stop || isBoundary(after.gap)
      : !before || before.stop || isBoundary(t.gap);
    if (!closed) continue;
    const [head, modifier] = headLast ? [u.key, t.key] : [t.key, u.key];
    if (!isRare(stats, head) || weight(stats, head) <= 0 || stats.actionTerms.has(modifier)) continue;
    out.push({ key: `${t.key} ${u.key}`, first: i, last: q });
  }
  return out;
}
