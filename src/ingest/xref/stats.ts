/**
 * Term statistics of a plan, built once: each item's tokens, terms and phrases, how many
 * items use each term (document frequency), the inverted index, and the weight of a term.
 *
 * Everything is derived from the plan itself: a term's weight comes from the number of
 * items that use it, so words the whole plan uses (border, security, Canada) weigh nothing.
 * Built in one phase: every count is taken in one pass over the items, and each item's
 * record is made once, complete.
 */
import type { Lang, Plan, PlanItem } from "../model.ts";
import { adjacentPairs, startsSentence, termsOf } from "../text/terms.ts";
import { tokenize, type Token } from "../text/tokenize.ts";

/** A term used by at least this share of the items (and at least 3) is common: it weighs nothing. */
const COMMON_SHARE = 0.15;
const COMMON_MIN_ITEMS = 3;
/** A term used by at most this share of the items (or by 2 at most) is rare: it singles out an item or two. */
const RARE_SHARE = 0.03;

export interface Doc {
  number: number;
  item: PlanItem;
  title: Token[];
  /** Tokens of each body paragraph. */
  paras: Token[][];
  /** Term -> occurrences in title and body. */
  tf: Map<string, number>;
  /** Term -> the word as written, body first (also the order of first use). */
  surface: Map<string, string>;
  titleTerms: Set<string>;
  /** Keys of its content words, as written (unlike `tf`, "United States" gives "unit" and "state"). */
  words: Set<string>;
  /** Ids of its weighted terms, ascending (see `TermStats.terms`). */
  termIds: Int32Array;
  /** Ids of the weighted terms of its title. */
  titleIds: Set<number>;
  /** Ids of the two-word phrases it shares with another item, ascending (see `TermStats.phraseParts`). */
  phraseIds: Int32Array;
}

export interface TermStats {
  lang: Lang;
  docs: Doc[];
  byNumber: Map<number, Doc>;
  df: Map<string, number>;
  /** Term -> items using it (the inverted index), in plan order. */
  postings: Map<string, Doc[]>;
  /** Word key -> items using it, counting the words of spelled-out acronyms too (for phrase search). */
  wordPostings: Map<string, Doc[]>;
  /**
   * Words that open a sentence of a body, that no title has and that are never capitalised
   * inside a sentence (so not names): the plan's verbs ("Resume", "Expand"). They weigh nothing.
   */
  actionTerms: Set<string>;
  /** Items a term needs to be common, and at most to be rare. */
  commonDf: number;
  rareDf: number;
  /** Weighted terms by id, and their weights. */
  terms: string[];
  termWeights: Float64Array;
  /** Two-word phrases several items share, by id: [term id of word 1, of word 2] at 2·id (-1 for a word without weight). */
  phraseParts: Int32Array;
  /** The phrases by id, as their two keys joined by a space. */
  phrases: string[];
}

export function termStats(plan: Plan): TermStats {
  const lang = plan.lang;
  const n = plan.items.length;
  const commonDf = Math.max(COMMON_MIN_ITEMS, COMMON_SHARE * n);
  const rareDf = Math.max(2, Math.floor(RARE_SHARE * n));

  // One pass over the text: tokens, then each item's terms and phrases, counted as they come.
  const tokenized = plan.items.map((item) => ({
    item,
    title: tokenize(item.title, lang),
    paras: item.body.map((p) => tokenize(p, lang)),
  }));
  const acronyms = new Set<string>();
  for (const { title, paras } of tokenized) {
    for (const tokens of [title, ...paras]) for (const t of tokens) if (t.kind === "acronym") acronyms.add(t.key);
  }
  const df = new Map<string, number>();
  const phraseDf = new Map<string, number>();
  const anyTitle = new Set<string>();
  const opening = new Set<string>();
  const names = new Set<string>();
  const raw = tokenized.map(({ item, title, paras }) => {
    const tf = new Map<string, number>();
    const surface = new Map<string, string>();
    for (const tokens of [...paras, title]) {
      for (const { term, text } of termsOf(tokens, acronyms)) {
        tf.set(term, (tf.get(term) ?? 0) + 1);
        if (!surface.has(term)) surface.set(term, text);
      }
    }
    const titleTerms = new Set(termsOf(title, acronyms).map((t) => t.term));
    const phrases = new Set([title, ...paras].flatMap((tokens) => adjacentPairs(tokens)));
    const words = new Set<string>();
    for (const tokens of [title, ...paras]) for (const t of tokens) if (!t.stop) words.add(t.key);
    for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const p of phrases) phraseDf.set(p, (phraseDf.get(p) ?? 0) + 1);
    for (const t of titleTerms) anyTitle.add(t);
    for (const tokens of paras) {
      tokens.forEach((t, i) => {
        if (t.kind === "word" && !t.stop && t.capitalised) (startsSentence(tokens, i) ? opening : names).add(t.key);
      });
    }
    return { item, title, paras, tf, surface, titleTerms, phrases, words };
  });
  const actionTerms = new Set([...opening].filter((k) => !anyTitle.has(k) && !names.has(k)));

  // Weights, and ids for the weighted terms and shared phrases (for merging sorted id lists).
  const weightOf = (term: string) => termWeight(df.get(term) ?? 0, commonDf, actionTerms.has(term));
  const ids = new Map<string, number>();
  for (const term of df.keys()) if (weightOf(term) > 0) ids.set(term, ids.size);
  const terms = [...ids.keys()];
  const termWeights = Float64Array.from(terms, weightOf);
  const phraseIds = new Map<string, number>();
  const parts: number[] = [];
  for (const [phrase, count] of phraseDf) {
    if (count < 2 || count >= commonDf) continue;
    const [k1 = "", k2 = ""] = phrase.split(" ");
    const i1 = ids.get(k1) ?? -1;
    const i2 = ids.get(k2) ?? -1;
    if (i1 < 0 && i2 < 0) continue;
    phraseIds.set(phrase, phraseIds.size);
    parts.push(i1, i2);
  }

  const docs = raw.map(({ item, title, paras, tf, surface, titleTerms, phrases, words }): Doc => ({
    number: item.number,
    item,
    title,
    paras,
    tf,
    surface,
    titleTerms,
    words,
    termIds: sortedIds(tf.keys(), ids),
    titleIds: new Set(sortedIds(titleTerms, ids)),
    phraseIds: sortedIds(phrases, phraseIds),
  }));
  const postings = new Map<string, Doc[]>();
  const wordPostings = new Map<string, Doc[]>();
  for (const doc of docs) {
    for (const term of doc.tf.keys()) post(postings, term, doc);
    for (const w of doc.words) post(wordPostings, w, doc);
  }
  return {
    lang,
    docs,
    byNumber: new Map(docs.map((d) => [d.number, d])),
    df,
    postings,
    wordPostings,
    actionTerms,
    commonDf,
    rareDf,
    terms,
    termWeights,
    phraseParts: Int32Array.from(parts),
    phrases: [...phraseIds.keys()],
  };
}

/**
 * How much sharing a term says about two items: 0 for a term one item alone or a common
 * share of the items use, and for the plan's verbs; otherwise log(commonDf / df), scaled so
 * that a term exactly two items use weighs 1.
 */
export function termWeight(df: number, commonDf: number, isAction = false): number {
  if (df < 2 || df >= commonDf || isAction) return 0;
  return Math.log(commonDf / df) / Math.log(commonDf / 2);
}

export function weight(stats: TermStats, term: string): number {
  return termWeight(stats.df.get(term) ?? 0, stats.commonDf, stats.actionTerms.has(term));
}

export function isRare(stats: TermStats, term: string): boolean {
  return (stats.df.get(term) ?? 0) <= stats.rareDf;
}

function post(to: Map<string, Doc[]>, key: string, doc: Doc) {
  const list = to.get(key);
  if (list) list.push(doc);
  else to.set(key, [doc]);
}

function sortedIds(keys: Iterable<string>, of: Map<string, number>): Int32Array {
  const out: number[] = [];
  for (const k of keys) {
    const id = of.get(k);
    if (id !== undefined) out.push(id);
  }
  return Int32Array.from(out).sort();
}
