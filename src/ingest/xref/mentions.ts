/**
 * Mentions: a body names another item's subject: its title, a distinctive part of it, or an
 * acronym or name that the two items alone use.
 *
 * Phrases are looked up through the postings of their rarest word. A phrase whose every word
 * is used by more than LOOKUP_MAX_ITEMS items is not looked up: it names no subject that one
 * or two items share, and looking it up in every item for every title would be
 * (items × items using a common word).
 */
import { findPhrase, hitText } from "../text/phrase.ts";
import { namesIn, titleVariants } from "../text/terms.ts";
import type { RefSet } from "./refset.ts";
import { isRare, weight, type Doc, type TermStats } from "./stats.ts";

/** Words a capitalised name needs to single out a subject (see `labels`). */
const MIN_NAME_WORDS = 3;
/** Items a phrase's rarest word may be used by for the phrase to be looked up. */
export const LOOKUP_MAX_ITEMS = 64;

export interface Occurrence {
  doc: Doc;
  /** The phrase as the body writes it, or null if only the title has it. */
  evidence: string | null;
}

/** Phrase lookups over one plan, memoised by phrase. */
export class PhraseIndex {
  private readonly memo = new Map<string, Occurrence[] | null>();
  constructor(readonly stats: TermStats) {}

  /** Items where the phrase (content-word keys) occurs, or null when it is too common to look up. */
  occurrences(keys: readonly string[]): Occurrence[] | null {
    const id = keys.join(" ");
    const memo = this.memo.get(id);
    if (memo !== undefined) return memo;
    let rarest: Doc[] | null = null;
    for (const k of keys) {
      const p = this.stats.wordPostings.get(k) ?? [];
      if (rarest === null || p.length < rarest.length) rarest = p;
    }
    let out: Occurrence[] | null = null;
    if (rarest !== null && rarest.length <= LOOKUP_MAX_ITEMS) {
      out = [];
      for (const doc of rarest) {
        if (!keys.every((k) => doc.words.has(k))) continue;
        const evidence = findInBody(doc, keys);
        if (evidence !== null || findPhrase(doc.title, keys)) out.push({ doc, evidence });
      }
    }
    this.memo.set(id, out);
    return out;
  }

  /** Items other than `self` using the phrase (Infinity when too common to look up). */
  othersUsing(self: Doc, keys: readonly string[]): number {
    const found = this.occurrences(keys);
    return found === null ? Infinity : found.filter((o) => o.doc !== self).length;
  }
}

/** Adds a mention from each item whose body names another's subject. */
export function addMentions(phrases: PhraseIndex, refs: RefSet): void {
  for (const target of phrases.stats.docs) {
    for (const keys of labels(phrases, target)) {
      for (const o of phrases.occurrences(keys) ?? []) {
        if (o.doc !== target && o.evidence !== null) refs.add(o.doc.number, target.number, "mention", o.evidence);
      }
    }
  }
}

/**
 * The phrases (as keys) that name an item's subject:
 * - each reading of its title (see `titleVariants`); a one-word title only if the word is
 *   rare, so "Security" alone names nothing;
 * - each run of two or more title words holding a rare word, if at most one other item
 *   uses that run ("Resident Cards");
 * - each acronym, or capitalised name of three words or more, of its text that exactly one
 *   other item uses ("NEXUS", "Cross-Border Crime Forum"). Shorter names are too often
 *   places ("United States", "Port Huron") to say the two items share a subject.
 */
export function labels(phrases: PhraseIndex, doc: Doc): string[][] {
  const stats = phrases.stats;
  const out = new Map<string, string[]>();
  const add = (keys: string[]) => {
    if (keys.length > 0) out.set(keys.join(" "), keys);
  };
  for (const variant of titleVariants(doc.title)) {
    if (variant.length > 1 || isRare(stats, variant[0]!)) add(variant);
    for (let n = variant.length - 1; n >= 2; n--) {
      for (let i = 0; i + n <= variant.length; i++) {
        const keys = variant.slice(i, i + n);
        if (keys.some((k) => isRare(stats, k)) && phrases.othersUsing(doc, keys) <= 1) add(keys);
      }
    }
  }
  const names = doc.title.filter((t) => t.kind === "acronym").map((t) => [t.key]);
  for (const tokens of doc.paras) names.push(...namesIn(tokens));
  for (const keys of names) {
    const acronym = keys.length === 1;
    if (!acronym && keys.length < MIN_NAME_WORDS) continue;
    // An acronym counts by document frequency, which includes its spelled-out form.
    const others = acronym ? (stats.df.get(keys[0]!) ?? 0) - 1 : phrases.othersUsing(doc, keys);
    if (others === 1 && keys.some((k) => isRare(stats, k) || weight(stats, k) > 0)) add(keys);
  }
  return [...out.values()];
}

/** The first paragraph's wording of the phrase, as written, or null. */
export function findInBody(doc: Doc, keys: readonly string[]): string | null {
  for (const [i, tokens] of doc.paras.entries()) {
    const hit = findPhrase(tokens, keys);
    if (hit) return hitText(doc.item.body[i] ?? "", tokens, hit);
  }
  return null;
}
