/**
 * The analysis cross-referencing starts from (see xref.ts): each item's tokens, terms and
 * phrases, the plan's document frequencies and inverted index, and the weight of a term,
 * computed once per plan.
 */
import type { Lang, Plan, PlanItem } from "./model.ts";
import { adjacentPairs, startsSentence, termsOf } from "./text/terms.ts";
import { tokenize, type Token } from "./text/tokenize.ts";

// Tuning. Shares are of the plan's item count, so they scale with the plan.

/** A term used by at least this share of the items (and at least 3) is common: it weighs nothing. */
const COMMON_SHARE = 0.15;
const COMMON_MIN_ITEMS = 3;
/** A term used by at most this share of the items (or by 2 at most) is rare: it singles out an item or two. */
const RARE_SHARE = 0.03;
/**
 * A shared term anchors a related pair when one of the two titles has it and
 * at most (common threshold / this) items use it: 3 of the seed's 32.
 */
const ANCHOR_DIVISOR = 1.5;
/**
 * ...and at most this many items, however large the plan. A title word that hundreds of items
 * use names no subject two of them share, and each pair of its items would be a candidate:
 * quadratic work (3,000 items: 370,000 pairs scored instead of 107,000). Below 1,000 items the share rules.
 */
const ANCHOR_MAX_ITEMS = 100;

// ---------------------------------------------------------------------------
// Analysis: tokens, terms and document frequencies of every item, once

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
  /** Two-word phrases ("intransit preclear"). */
  phrases: Set<string>;
  /** Keys of its content words, as written (unlike `tf`, "United States" gives "unit" and "state"). */
  words: Set<string>;
  /** For pair scoring, see `numberTerms`: weighted term ids ascending, those of the title, shared phrase ids ascending. */
  termIds: Int32Array;
  titleIds: Set<number>;
  phraseIds: Int32Array;
}

export interface Index {
  lang: Lang;
  docs: Doc[];
  byNumber: Map<number, Doc>;
  df: Map<string, number>;
  /** Term -> items using it (the inverted index). */
  postings: Map<string, Doc[]>;
  /** Word key -> items using it, counting the words of spelled-out acronyms too (for phrase search). */
  wordPostings: Map<string, Doc[]>;
  /**
   * Words that open a sentence of a body, that no title has and that are never
   * capitalised inside a sentence (so not names): the plan's verbs ("Resume", "Expand").
   */
  actionTerms: Set<string>;
  commonDf: number;
  rareDf: number;
  /** Weighted terms by id, their weights, and the term ids of shared phrases (two per phrase, -1 for a word without weight). */
  terms: string[];
  termWeights: Float64Array;
  phraseParts: Int32Array;
  /** Phrase keys (space-joined) -> the items where the phrase occurs; memo. */
  occurrences: Map<string, Occurrence[]>;
}

export function analyse(plan: Plan): Index {
  const lang = plan.lang;
  const tokenized = plan.items.map((item) => ({
    item,
    title: tokenize(item.title, lang),
    paras: item.body.map((p) => tokenize(p, lang)),
  }));
  const acronyms = new Set<string>();
  for (const { title, paras } of tokenized) {
    for (const t of [title, ...paras].flat()) if (t.kind === "acronym") acronyms.add(t.key);
  }
  const none = new Int32Array(0);
  const docs = tokenized.map(({ item, title, paras }): Doc => {
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
    const words = new Set([title, ...paras].flatMap((tokens) => tokens.filter((t) => !t.stop).map((t) => t.key)));
    return {
      number: item.number,
      item,
      title,
      paras,
      tf,
      surface,
      titleTerms,
      phrases,
      words,
      termIds: none,
      titleIds: new Set(),
      phraseIds: none,
    };
  });

  const df = new Map<string, number>();
  const postings = new Map<string, Doc[]>();
  const wordPostings = new Map<string, Doc[]>();
  const anyTitle = new Set<string>();
  const post = (to: Map<string, Doc[]>, key: string, doc: Doc) => {
    const list = to.get(key);
    if (list) list.push(doc);
    else to.set(key, [doc]);
  };
  for (const doc of docs) {
    for (const term of doc.tf.keys()) {
      df.set(term, (df.get(term) ?? 0) + 1);
      post(postings, term, doc);
    }
    for (const w of doc.words) post(wordPostings, w, doc);
    for (const t of doc.titleTerms) anyTitle.add(t);
  }
  const opening = new Set<string>();
  const names = new Set<string>();
  for (const doc of docs) {
    for (const tokens of doc.paras) {
      tokens.forEach((t, i) => {
        if (t.kind === "word" && !t.stop && t.capitalised) (startsSentence(tokens, i) ? opening : names).add(t.key);
      });
    }
  }
  const actionTerms = new Set([...opening].filter((k) => !anyTitle.has(k) && !names.has(k)));
  const n = docs.length;
  const index: Index = {
    lang,
    docs,
    byNumber: new Map(docs.map((d) => [d.number, d])),
    df,
    postings,
    wordPostings,
    actionTerms,
    commonDf: Math.max(COMMON_MIN_ITEMS, COMMON_SHARE * n),
    rareDf: Math.max(2, Math.floor(RARE_SHARE * n)),
    terms: [],
    termWeights: new Float64Array(0),
    phraseParts: new Int32Array(0),
    occurrences: new Map(),
  };
  numberTerms(index);
  return index;
}

/** Gives ids to weighted terms and to phrases several items share, and each doc sorted id arrays, for fast pair scoring. */
function numberTerms(index: Index) {
  const ids = new Map<string, number>();
  for (const term of index.df.keys()) if (weight(index, term) > 0) ids.set(term, ids.size);
  index.terms = [...ids.keys()];
  index.termWeights = Float64Array.from(index.terms, (t) => weight(index, t));
  const phraseDf = new Map<string, number>();
  for (const doc of index.docs) for (const p of doc.phrases) phraseDf.set(p, (phraseDf.get(p) ?? 0) + 1);
  const phraseIds = new Map<string, number>();
  const parts: number[] = [];
  for (const [phrase, df] of phraseDf) {
    if (df < 2 || df >= index.commonDf) continue;
    const [k1 = "", k2 = ""] = phrase.split(" ");
    const i1 = ids.get(k1) ?? -1;
    const i2 = ids.get(k2) ?? -1;
    if (i1 < 0 && i2 < 0) continue;
    phraseIds.set(phrase, phraseIds.size);
    parts.push(i1, i2);
  }
  index.phraseParts = Int32Array.from(parts);
  const idsOf = (keys: Iterable<string>, of: Map<string, number>) => {
    const out: number[] = [];
    for (const k of keys) {
      const id = of.get(k);
      if (id !== undefined) out.push(id);
    }
    return out;
  };
  for (const doc of index.docs) {
    doc.termIds = Int32Array.from(idsOf(doc.tf.keys(), ids)).sort();
    doc.titleIds = new Set(idsOf(doc.titleTerms, ids));
    doc.phraseIds = Int32Array.from(idsOf(doc.phrases, phraseIds)).sort();
  }
}

/**
 * How much sharing a term says about two items: 0 for terms one item alone or
 * a common share of the items use, and for the plan's verbs; otherwise
 * log(commonDf / df), scaled so that a term exactly two items use weighs 1.
 */
export function weight(index: Index, term: string): number {
  const df = index.df.get(term) ?? 0;
  if (df < 2 || df >= index.commonDf || index.actionTerms.has(term)) return 0;
  return Math.log(index.commonDf / df) / Math.log(index.commonDf / 2);
}

/** The least weight of an anchor term: the weight of a term that min(commonDf / ANCHOR_DIVISOR, ANCHOR_MAX_ITEMS) items use. */
export function anchorWeight(index: Index): number {
  const maxDf = Math.min(index.commonDf / ANCHOR_DIVISOR, ANCHOR_MAX_ITEMS);
  return Math.log(index.commonDf / maxDf) / Math.log(index.commonDf / 2);
}

export function isRare(index: Index, term: string): boolean {
  return (index.df.get(term) ?? 0) <= index.rareDf;
}

export interface Occurrence {
  doc: Doc;
  /** The phrase as the body writes it, or null if only the title has it. */
  evidence: string | null;
}
