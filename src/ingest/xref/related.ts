/**
 * Related items: two items whose texts share terms that are rare in the plan, one of them
 * named by one of the two titles (an anchor: the pair has a subject in common).
 *
 * Candidates are found through the postings of anchor terms only, and an anchor is used by
 * at most ANCHOR_MAX_ITEMS items, so the work is at most (terms of the plan × that constant):
 * linear in the plan, whatever its vocabulary. Each candidate is scored by merging the two
 * items' sorted term ids.
 */
import { forShared, sharedIds } from "./merge.ts";
import { phrasePairs } from "./phrases.ts";
import type { RefSet } from "./refset.ts";
import type { Doc, TermStats } from "./stats.ts";

/** A shared term anchors a pair when one title has it and at most (common threshold / this) items use it. */
const ANCHOR_DIVISOR = 1.5;
/** ...and at most this many items, however large the plan: see the module comment. */
const ANCHOR_MAX_ITEMS = 100;
/** Score a related pair needs; a term only two items share weighs 1. */
const RELATED_MIN_SCORE = 1.4;
/** Shared weighted terms a related pair needs, unless both titles name the same rare term. */
const RELATED_MIN_TERMS = 2;
/** Related items an item may have, the strongest. */
export const RELATED_PER_ITEM = 3;
/** Shared words quoted as the evidence of a related pair, and the least share of the heaviest one's weight they need. */
const EVIDENCE_TERMS = 4;
const EVIDENCE_MIN_SHARE = 0.25;

export interface Candidate {
  a: Doc;
  b: Doc;
  score: number;
  /** Number of shared weighted terms. */
  shared: number;
  /** One of the two titles has a shared term few items use. */
  anchored: boolean;
  /** Both titles have it. */
  sameSubject: boolean;
}

/**
 * Adds each related pair both ways, each side's evidence in its own words: first the pairs
 * that alone share a rare noun phrase (see phrases.ts), then the strongest scored pairs, at
 * most RELATED_PER_ITEM per item in all.
 */
export function addRelated(stats: TermStats, refs: RefSet): void {
  const count = new Map<number, number>();
  const paired = new Set<string>();
  for (const p of phrasePairs(stats)) {
    if ((count.get(p.a.number) ?? 0) >= RELATED_PER_ITEM || (count.get(p.b.number) ?? 0) >= RELATED_PER_ITEM) continue;
    refs.add(p.a.number, p.b.number, "related", p.inA);
    refs.add(p.b.number, p.a.number, "related", p.inB);
    count.set(p.a.number, (count.get(p.a.number) ?? 0) + 1);
    count.set(p.b.number, (count.get(p.b.number) ?? 0) + 1);
    paired.add(`${p.a.number}-${p.b.number}`);
  }
  for (const { a, b } of relatedPairs(stats, count, paired)) {
    const shared = sharedTerms(stats, a, b);
    refs.add(a.number, b.number, "related", evidenceTerms(a, shared));
    refs.add(b.number, a.number, "related", evidenceTerms(b, shared));
  }
}

/**
 * Strong pairs, best first, at most RELATED_PER_ITEM per item counting the related items
 * `count` already gives it, leaving out the pairs ("a-b", a < b) of `paired`; an item with no
 * strong pair gets none.
 */
export function relatedPairs(
  stats: TermStats,
  count = new Map<number, number>(),
  paired: ReadonlySet<string> = new Set(),
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidatePairs(stats)) {
    if (!c.anchored || (c.shared < RELATED_MIN_TERMS && !c.sameSubject)) continue;
    if (paired.has(`${c.a.number}-${c.b.number}`)) continue;
    const na = count.get(c.a.number) ?? 0;
    const nb = count.get(c.b.number) ?? 0;
    if (na >= RELATED_PER_ITEM || nb >= RELATED_PER_ITEM) continue;
    count.set(c.a.number, na + 1);
    count.set(c.b.number, nb + 1);
    out.push(c);
  }
  return out;
}

/** The least weight of an anchor term. */
function anchorWeight(stats: TermStats): number {
  const maxDf = Math.min(stats.commonDf / ANCHOR_DIVISOR, ANCHOR_MAX_ITEMS);
  return Math.log(stats.commonDf / maxDf) / Math.log(stats.commonDf / 2);
}

/** Pairs scoring at least RELATED_MIN_SCORE, best first (ties by item numbers). */
export function candidatePairs(stats: TermStats): Candidate[] {
  const anchor = anchorWeight(stats);
  const { docs, termWeights } = stats;
  const position = new Map(docs.map((d, i) => [d, i]));
  const isAnchor = (id: number) => (termWeights[id] ?? 0) >= anchor;
  // Anchor term id -> items whose title has it.
  const titlePostings = new Map<number, Doc[]>();
  for (const doc of docs) {
    for (const id of doc.titleIds) {
      if (!isAnchor(id)) continue;
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
      const score = scorePair(stats, doc, other);
      if (score < RELATED_MIN_SCORE) return;
      const [a, b] = doc.number < other.number ? [doc, other] : [other, doc];
      out.push(describePair(a, b, score, isAnchor));
    };
    // This title's anchors in the other's text, and the other's title anchors in this text.
    for (const id of doc.titleIds) {
      if (isAnchor(id)) for (const other of stats.postings.get(stats.terms[id] ?? "") ?? []) visit(other);
    }
    for (const id of doc.termIds) for (const other of titlePostings.get(id) ?? []) visit(other);
  });
  return out.sort((x, y) => y.score - x.score || x.a.number - y.a.number || x.b.number - y.b.number);
}

/**
 * The one title weight. Titles name subjects: a shared term weighs 1.5 times its weight when
 * both titles have it, once when one does, half when neither does (two items both "examining
 * legal and operational issues" are not related by that).
 */
export function titleFactor(a: Doc, b: Doc, id: number): number {
  return 0.5 * (1 + Number(a.titleIds.has(id)) + Number(b.titleIds.has(id)));
}

/** Sum of the shared terms' weights, plus the words of each shared phrase once more ("intransit preclearance"). */
export function scorePair(stats: TermStats, a: Doc, b: Doc): number {
  const w = stats.termWeights;
  const parts = stats.phraseParts;
  let score = 0;
  const add = (id: number) => {
    if (id >= 0) score += w[id]! * titleFactor(a, b, id);
  };
  forShared(a.termIds, b.termIds, add);
  forShared(a.phraseIds, b.phraseIds, (p) => {
    add(parts[2 * p]!);
    add(parts[2 * p + 1]!);
  });
  return score;
}

function describePair(a: Doc, b: Doc, score: number, isAnchor: (id: number) => boolean): Candidate {
  let anchored = false;
  let sameSubject = false;
  const shared = sharedIds(a.termIds, b.termIds);
  for (const id of shared) {
    const inA = a.titleIds.has(id);
    const inB = b.titleIds.has(id);
    if ((inA || inB) && isAnchor(id)) {
      anchored = true;
      if (inA && inB) sameSubject = true;
    }
  }
  return { a, b, score, shared: shared.length, anchored, sameSubject };
}

export interface SharedTerm {
  term: string;
  /** Weight in this pair (title factor applied). */
  w: number;
  /** For choosing evidence: at least the weight of its partner in a shared phrase. */
  lifted: number;
}

/**
 * The weighted terms two items share, each with its weight in the pair. A word of a shared
 * phrase weighs, for evidence, as much as its heavier partner: "intransit" in "intransit
 * preclearance" tells as much as "preclearance".
 */
export function sharedTerms(stats: TermStats, a: Doc, b: Doc): SharedTerm[] {
  const w = stats.termWeights;
  const pairWeight = new Map<number, number>();
  forShared(a.termIds, b.termIds, (id) => pairWeight.set(id, w[id]! * titleFactor(a, b, id)));
  const lifted = new Map(pairWeight);
  forShared(a.phraseIds, b.phraseIds, (p) => {
    const i1 = stats.phraseParts[2 * p]!;
    const i2 = stats.phraseParts[2 * p + 1]!;
    const w1 = pairWeight.get(i1);
    const w2 = pairWeight.get(i2);
    if (w1 === undefined || w2 === undefined) return;
    lifted.set(i1, Math.max(lifted.get(i1) ?? 0, w2));
    lifted.set(i2, Math.max(lifted.get(i2) ?? 0, w1));
  });
  return [...pairWeight].map(([id, tw]) => ({ term: stats.terms[id]!, w: tw, lifted: lifted.get(id) ?? tw }));
}

/**
 * The heaviest shared terms as the item writes them, ties in the item's order of use
 * ("critical, infrastructure, protection"). Terms far lighter than the heaviest (under a
 * quarter of it, even lifted) are left out: they only blur the evidence.
 */
export function evidenceTerms(doc: Doc, shared: SharedTerm[]): string {
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
