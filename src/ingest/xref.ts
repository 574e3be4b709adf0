/**
 * Cross-references between the items of a plan.
 *
 * Three kinds, strongest first:
 * - explicit: the body cites an item by number ("see item 4", "mesures 8 à 10");
 * - mention: the body names another item's subject: its title, a distinctive
 *   part of it, or an acronym or name that the two items alone use;
 * - related: the two items share terms that are rare in the plan, one of them
 *   named by one of the two titles.
 *
 * Everything is derived from the plan itself: a term's weight comes from the
 * number of items that use it, so words the whole plan uses (border, security,
 * Canada) weigh nothing. Terms are indexed once (inverted index); no step
 * compares the text of every pair of items.
 */
import type { Diagnostic, Lang, Plan, PlanItem, Reference, ReferenceKind } from "./model.ts";
import { findExplicit } from "./text/explicit.ts";
import { findPhrase, hitText } from "./text/phrase.ts";
import { adjacentPairs, namesIn, startsSentence, termsOf, titleVariants } from "./text/terms.ts";
import { tokenize, type Token } from "./text/tokenize.ts";

// ---------------------------------------------------------------------------
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
/** Score a related pair needs; a term only two items share weighs 1. */
const RELATED_MIN_SCORE = 1.4;
/** Shared weighted terms a related pair needs, unless both titles name the same rare term. */
const RELATED_MIN_TERMS = 2;
const RELATED_PER_ITEM = 3;
/** Words a capitalised name needs to single out a subject (see `labels`). */
const MIN_NAME_WORDS = 3;
/** Shared words quoted as the evidence of a related pair, and the least share of the heaviest one's weight they need. */
const EVIDENCE_TERMS = 4;
const EVIDENCE_MIN_SHARE = 0.25;

const KIND_RANK: Record<ReferenceKind, number> = { explicit: 0, mention: 1, related: 2 };

// ---------------------------------------------------------------------------
// API

/** Fills `items[].references` of a copy of the plan; warns about references to items the plan lacks. */
export function crossReference(plan: Plan): { plan: Plan; diagnostics: Diagnostic[] } {
  const index = analyse(plan);
  const diagnostics: Diagnostic[] = [];
  const refs = new RefSet();
  for (const doc of index.docs) addExplicit(plan, doc, index, refs, diagnostics);
  addMentions(index, refs);
  for (const { a, b } of relatedPairs(index)) {
    const shared = sharedTerms(index, a, b);
    refs.add(a.number, b.number, "related", evidenceTerms(a, shared));
    refs.add(b.number, a.number, "related", evidenceTerms(b, shared));
  }
  const items = plan.items.map((item) => ({ ...item, references: refs.of(item.number) }));
  return { plan: { ...plan, items }, diagnostics };
}

/** For each item of the plan, the references to it ("Referenced by"), by kind then source item. */
export function incomingReferences(plan: Plan): Map<number, { from: number; kind: ReferenceKind; evidence: string }[]> {
  const incoming = new Map<number, { from: number; kind: ReferenceKind; evidence: string }[]>();
  for (const item of plan.items) incoming.set(item.number, []);
  for (const item of plan.items) {
    for (const r of item.references)
      incoming.get(r.to)?.push({ from: item.number, kind: r.kind, evidence: r.evidence });
  }
  for (const list of incoming.values()) list.sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind] || x.from - y.from);
  return incoming;
}

/**
 * Copies the reference graph of `original` (already cross-referenced) onto its
 * translation, by item number, so both languages link the same items. Links to
 * or from items the translation lacks are dropped; an item only the translation
 * has gets none. Evidence is re-expressed in the translation's words: its own
 * citation of the number (explicit), the target's title or a part of it as its
 * body writes it (mention), or the shared rare words (related); failing that,
 * the target's translated title.
 */
export function transferReferences(original: Plan, translation: Plan): Plan {
  const index = analyse(translation);
  const graph = new Map(original.items.map((item) => [item.number, item.references]));
  const originalTitles = new Map(original.items.map((item) => [item.number, item.title]));
  const items = index.docs.map((from): PlanItem => {
    const references: Reference[] = [];
    for (const r of graph.get(from.number) ?? []) {
      if (r.to === from.number) continue;
      const to = index.byNumber.get(r.to);
      // A partial translation may lack the target: the site shows the original's text for
      // it, so the link stays, with the target's original title as its reason.
      const evidence = to
        ? translatedEvidence(index, from, to, r)
        : untranslatedTargetEvidence(index, from, r, originalTitles.get(r.to) ?? r.evidence);
      references.push({ to: r.to, kind: r.kind, evidence });
    }
    return { ...from.item, references: sortRefs(references) };
  });
  return { ...translation, items };
}

// ---------------------------------------------------------------------------
// Analysis: tokens, terms and document frequencies of every item, once

interface Doc {
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

interface Index {
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

function analyse(plan: Plan): Index {
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
function weight(index: Index, term: string): number {
  const df = index.df.get(term) ?? 0;
  if (df < 2 || df >= index.commonDf || index.actionTerms.has(term)) return 0;
  return Math.log(index.commonDf / df) / Math.log(index.commonDf / 2);
}

/** The least weight of an anchor term: the weight of a term that min(commonDf / ANCHOR_DIVISOR, ANCHOR_MAX_ITEMS) items use. */
function anchorWeight(index: Index): number {
  const maxDf = Math.min(index.commonDf / ANCHOR_DIVISOR, ANCHOR_MAX_ITEMS);
  return Math.log(index.commonDf / maxDf) / Math.log(index.commonDf / 2);
}

function isRare(index: Index, term: string): boolean {
  return (index.df.get(term) ?? 0) <= index.rareDf;
}

// ---------------------------------------------------------------------------
// Explicit references

function addExplicit(plan: Plan, doc: Doc, index: Index, refs: RefSet, diagnostics: Diagnostic[]) {
  const item = doc.item;
  item.body.forEach((para, i) => {
    for (const m of findExplicit(para, index.lang)) {
      const missing: number[] = [];
      for (const n of m.numbers) {
        if (n === item.number) continue;
        if (index.byNumber.has(n)) refs.add(item.number, n, "explicit", m.text);
        else missing.push(n);
      }
      if (missing.length > 0) {
        diagnostics.push({
          file: plan.source,
          line: item.bodyLines[i] ?? item.line,
          severity: "warning",
          message: `item ${item.number} refers to ${missing.length > 1 ? "items" : "item"} ${missing.join(", ")} ("${m.text}"), which the plan does not have`,
        });
      }
    }
  });
}

// ---------------------------------------------------------------------------
// Mentions

function addMentions(index: Index, refs: RefSet) {
  for (const target of index.docs) {
    for (const keys of labels(index, target)) {
      for (const o of occurrences(index, keys)) {
        if (o.doc !== target && o.evidence !== null) refs.add(o.doc.number, target.number, "mention", o.evidence);
      }
    }
  }
}

/**
 * The phrases (as keys) that name an item's subject:
 * - each reading of its title (see `titleVariants`); a one-word title only if
 *   the word is rare, so "Security" alone names nothing;
 * - each run of two or more title words holding a rare word, if at most one
 *   other item uses that run ("Resident Cards");
 * - each acronym, or capitalised name of three words or more, of its text that
 *   exactly one other item uses ("NEXUS", "Cross-Border Crime Forum"). Shorter
 *   names are too often places ("United States", "Port Huron") to say the
 *   two items share a subject.
 */
function labels(index: Index, doc: Doc): string[][] {
  const out = new Map<string, string[]>();
  const add = (keys: string[]) => {
    if (keys.length > 0) out.set(keys.join(" "), keys);
  };
  for (const variant of titleVariants(doc.title)) {
    if (variant.length > 1 || isRare(index, variant[0]!)) add(variant);
    for (let n = variant.length - 1; n >= 2; n--) {
      for (let i = 0; i + n <= variant.length; i++) {
        const keys = variant.slice(i, i + n);
        if (keys.some((k) => isRare(index, k)) && othersUsing(index, doc, keys) <= 1) add(keys);
      }
    }
  }
  const names = doc.title.filter((t) => t.kind === "acronym").map((t) => [t.key]);
  for (const tokens of doc.paras) names.push(...namesIn(tokens));
  for (const keys of names) {
    const acronym = keys.length === 1;
    if (!acronym && keys.length < MIN_NAME_WORDS) continue;
    // An acronym counts by document frequency, which includes its spelled-out form.
    const others = acronym ? (index.df.get(keys[0]!) ?? 0) - 1 : othersUsing(index, doc, keys);
    if (others === 1 && keys.some((k) => isRare(index, k) || weight(index, k) > 0)) add(keys);
  }
  return [...out.values()];
}

interface Occurrence {
  doc: Doc;
  /** The phrase as the body writes it, or null if only the title has it. */
  evidence: string | null;
}

/** Items where a phrase occurs: candidates from the postings of its rarest word, each then checked token by token. Memoised. */
function occurrences(index: Index, keys: string[]): Occurrence[] {
  const id = keys.join(" ");
  const memo = index.occurrences.get(id);
  if (memo) return memo;
  let rarest: Doc[] = [];
  for (const [i, k] of keys.entries()) {
    const p = index.wordPostings.get(k) ?? [];
    if (i === 0 || p.length < rarest.length) rarest = p;
  }
  const out: Occurrence[] = [];
  for (const doc of rarest) {
    if (!keys.every((k) => doc.words.has(k))) continue;
    const evidence = findInBody(doc, keys);
    if (evidence !== null || findPhrase(doc.title, keys)) out.push({ doc, evidence });
  }
  index.occurrences.set(id, out);
  return out;
}

function othersUsing(index: Index, self: Doc, keys: string[]): number {
  return occurrences(index, keys).filter((o) => o.doc !== self).length;
}

function findInBody(doc: Doc, keys: string[]): string | null {
  for (const [i, tokens] of doc.paras.entries()) {
    const hit = findPhrase(tokens, keys);
    if (hit) return hitText(doc.item.body[i] ?? "", tokens, hit);
  }
  return null;
}

// ---------------------------------------------------------------------------
// Related items

interface SharedTerm {
  term: string;
  /** Weight in this pair (title factor applied). */
  w: number;
  /** For choosing evidence: at least the weight of its partner in a shared phrase. */
  lifted: number;
}

interface Candidate {
  a: Doc;
  b: Doc;
  score: number;
  /** Number of shared weighted terms. */
  shared: number;
  /** One of the two titles has a shared term few items use: the pair has a subject in common. */
  anchored: boolean;
  /** Both titles have it. */
  sameSubject: boolean;
}

/** Strong pairs, best first, at most RELATED_PER_ITEM per item; an item with no strong pair gets none. */
function relatedPairs(index: Index): Candidate[] {
  const count = new Map<number, number>();
  const out: Candidate[] = [];
  for (const c of candidatePairs(index)) {
    if (!c.anchored || (c.shared < RELATED_MIN_TERMS && !c.sameSubject)) continue;
    const na = count.get(c.a.number) ?? 0;
    const nb = count.get(c.b.number) ?? 0;
    if (na >= RELATED_PER_ITEM || nb >= RELATED_PER_ITEM) continue;
    count.set(c.a.number, na + 1);
    count.set(c.b.number, nb + 1);
    out.push(c);
  }
  return out;
}

/**
 * Pairs scoring at least RELATED_MIN_SCORE, best first. Candidates are the
 * pairs sharing an anchor term (weighted enough, in one of the two titles),
 * found through the postings of each title's anchor terms; each candidate is
 * scored by merging the two items' sorted term ids.
 */
function candidatePairs(index: Index): Candidate[] {
  const anchor = anchorWeight(index);
  const { docs } = index;
  const position = new Map(docs.map((d, i) => [d, i]));
  // Anchor term id -> docs whose title has it.
  const titlePostings = new Map<number, Doc[]>();
  for (const doc of docs) {
    for (const id of doc.titleIds) {
      if ((index.termWeights[id] ?? 0) < anchor) continue;
      const list = titlePostings.get(id);
      if (list) list.push(doc);
      else titlePostings.set(id, [doc]);
    }
  }
  const seenBy = new Int32Array(docs.length).fill(-1);
  const out: Candidate[] = [];
  docs.forEach((doc, p) => {
    const visit = (other: Doc) => {
      const q = position.get(other) ?? -1;
      if (q <= p || seenBy[q] === p) return;
      seenBy[q] = p;
      const score = scorePair(index, doc, other);
      if (score < RELATED_MIN_SCORE) return;
      if (doc.number < other.number) out.push(describePair(index, doc, other, score, anchor));
      else out.push(describePair(index, other, doc, score, anchor));
    };
    // This title's anchors in the other's text, and the other's title anchors in this text.
    for (const id of doc.titleIds) {
      if ((index.termWeights[id] ?? 0) >= anchor)
        for (const other of index.postings.get(index.terms[id] ?? "") ?? []) visit(other);
    }
    for (const id of doc.termIds) for (const other of titlePostings.get(id) ?? []) visit(other);
  });
  return out.sort((x, y) => y.score - x.score || x.a.number - y.a.number || x.b.number - y.b.number);
}

/**
 * Titles name subjects: a shared term weighs 1.5 times its weight when both
 * titles have it, once when one does, half when neither does (two items both
 * "examining legal and operational issues" are not related by that).
 */
function titleFactor(a: Doc, b: Doc, id: number): number {
  return 0.5 * (1 + Number(a.titleIds.has(id)) + Number(b.titleIds.has(id)));
}

/** Sum of the shared terms' weights, plus the words of each shared phrase once more ("intransit preclearance"). */
function scorePair(index: Index, a: Doc, b: Doc): number {
  const w = index.termWeights;
  const parts = index.phraseParts;
  let score = 0;
  // Merges of sorted id arrays, written out: this runs for every candidate pair.
  const x = a.termIds;
  const y = b.termIds;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const u = x[i]!;
    const v = y[j]!;
    if (u < v) i++;
    else if (u > v) j++;
    else {
      score += w[u]! * titleFactor(a, b, u);
      i++;
      j++;
    }
  }
  const p = a.phraseIds;
  const q = b.phraseIds;
  for (let i = 0, j = 0; i < p.length && j < q.length;) {
    const u = p[i]!;
    const v = q[j]!;
    if (u < v) i++;
    else if (u > v) j++;
    else {
      const id1 = parts[2 * u]!;
      const id2 = parts[2 * u + 1]!;
      if (id1 >= 0) score += w[id1]! * titleFactor(a, b, id1);
      if (id2 >= 0) score += w[id2]! * titleFactor(a, b, id2);
      i++;
      j++;
    }
  }
  return score;
}

function describePair(index: Index, a: Doc, b: Doc, score: number, anchor: number): Candidate {
  let anchored = false;
  let sameSubject = false;
  const shared = intersect(a.termIds, b.termIds);
  for (const id of shared) {
    const inA = a.titleIds.has(id);
    const inB = b.titleIds.has(id);
    if ((inA || inB) && (index.termWeights[id] ?? 0) >= anchor) {
      anchored = true;
      if (inA && inB) sameSubject = true;
    }
  }
  return { a, b, score, shared: shared.length, anchored, sameSubject };
}

function intersect(x: Int32Array, y: Int32Array): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const u = x[i]!;
    const v = y[j]!;
    if (u < v) i++;
    else if (u > v) j++;
    else {
      out.push(u);
      i++;
      j++;
    }
  }
  return out;
}

/**
 * The weighted terms two items share, each with its weight in the pair (title
 * factor applied). A word of a shared phrase weighs, for evidence, as much as
 * its heavier partner: "intransit" in "intransit preclearance" tells as much
 * as "preclearance".
 */
function sharedTerms(index: Index, a: Doc, b: Doc): SharedTerm[] {
  const w = new Map<string, number>();
  for (const term of a.tf.keys()) {
    const base = weight(index, term);
    if (base > 0 && b.tf.has(term)) {
      w.set(term, base * 0.5 * (1 + Number(a.titleTerms.has(term)) + Number(b.titleTerms.has(term))));
    }
  }
  const lifted = new Map(w);
  for (const phrase of a.phrases) {
    if (!b.phrases.has(phrase)) continue;
    const [k1 = "", k2 = ""] = phrase.split(" ");
    const w1 = w.get(k1);
    const w2 = w.get(k2);
    if (w1 === undefined || w2 === undefined) continue;
    lifted.set(k1, Math.max(lifted.get(k1) ?? 0, w2));
    lifted.set(k2, Math.max(lifted.get(k2) ?? 0, w1));
  }
  return [...w].map(([term, tw]) => ({ term, w: tw, lifted: lifted.get(term) ?? tw }));
}

/**
 * The heaviest shared terms as the doc writes them, ties in the doc's order of
 * use ("critical, infrastructure, protection"). Terms far lighter than the
 * heaviest (under a quarter of it, even lifted) are left out: they only blur
 * the evidence.
 */
function evidenceTerms(doc: Doc, shared: SharedTerm[]): string {
  const order = new Map([...doc.surface.keys()].map((t, i) => [t, i]));
  const rank = (t: string) => order.get(t) ?? Infinity;
  const top = Math.max(0, ...shared.map((s) => s.w));
  return shared
    .filter((s) => s.lifted >= EVIDENCE_MIN_SHARE * top)
    .sort((x, y) => y.w - x.w || rank(x.term) - rank(y.term))
    .slice(0, EVIDENCE_TERMS)
    .map((s) => doc.surface.get(s.term) ?? s.term)
    .join(", ");
}

// ---------------------------------------------------------------------------
// Translation

/** Evidence for a reference to an item the translation lacks: the French wording of an explicit reference if present, else the original title. */
function untranslatedTargetEvidence(index: Index, from: Doc, r: Reference, originalTitle: string): string {
  if (r.kind === "explicit") {
    for (const para of from.item.body) {
      const m = findExplicit(para, index.lang).find((e) => e.numbers.includes(r.to));
      if (m) return m.text;
    }
  }
  return originalTitle;
}

function translatedEvidence(index: Index, from: Doc, to: Doc, r: Reference): string {
  const fallback = to.item.title;
  if (r.kind === "explicit") {
    for (const para of from.item.body) {
      const m = findExplicit(para, index.lang).find((e) => e.numbers.includes(to.number));
      if (m) return m.text;
    }
    return fallback;
  }
  if (r.kind === "mention") {
    // Acronyms and names often survive translation as they are ("NEXUS").
    if (/\p{Lu}{2,}/u.test(r.evidence) && from.item.body.some((p) => p.includes(r.evidence))) return r.evidence;
    for (const keys of translatedLabels(index, to)) {
      const hit = findInBody(from, keys);
      if (hit !== null) return hit;
    }
    return fallback;
  }
  const shared = sharedTerms(index, from, to);
  return shared.length > 0 ? evidenceTerms(from, shared) : fallback;
}

/**
 * Phrases of a target's translated title to look for, longest first: the
 * link is already known, so any run of its words holding a word that is not
 * common will do.
 */
function translatedLabels(index: Index, doc: Doc): string[][] {
  const out: string[][] = [];
  for (const variant of titleVariants(doc.title)) {
    for (let n = variant.length; n >= 1; n--) {
      for (let i = 0; i + n <= variant.length; i++) {
        const keys = variant.slice(i, i + n);
        if (keys.some((k) => weight(index, k) > 0 || isRare(index, k))) out.push(keys);
      }
    }
  }
  return out.sort((x, y) => y.length - x.length);
}

// ---------------------------------------------------------------------------

/** One reference per (from, to): the strongest kind wins; within a kind, the first evidence found. */
class RefSet {
  private readonly byFrom = new Map<number, Map<number, Reference>>();

  add(from: number, to: number, kind: ReferenceKind, evidence: string) {
    if (from === to) return;
    let refs = this.byFrom.get(from);
    if (!refs) this.byFrom.set(from, (refs = new Map()));
    const old = refs.get(to);
    if (!old || KIND_RANK[kind] < KIND_RANK[old.kind]) refs.set(to, { to, kind, evidence });
  }

  of(from: number): Reference[] {
    return sortRefs([...(this.byFrom.get(from)?.values() ?? [])]);
  }
}

function sortRefs(refs: Reference[]): Reference[] {
  return refs.sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind] || x.to - y.to);
}
