/**
 * Related items (see xref.ts): pairs of items that share terms rare in the plan, one of them
 * named by one of the two titles, found through the inverted index and scored by merging
 * the two items' sorted term ids; and the shared words quoted as a pair's evidence.
 */
import { anchorWeight, weight, type Doc, type Index } from "./xref-index.ts";

/** Score a related pair needs; a term only two items share weighs 1. */
const RELATED_MIN_SCORE = 1.4;
/** Shared weighted terms a related pair needs, unless both titles name the same rare term. */
const RELATED_MIN_TERMS = 2;
const RELATED_PER_ITEM = 3;
/** Shared words quoted as the evidence of a related pair, and the least share of the heaviest one's weight they need. */
const EVIDENCE_TERMS = 4;
const EVIDENCE_MIN_SHARE = 0.25;

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
export function relatedPairs(index: Index): Candidate[] {
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
export function sharedTerms(index: Index, a: Doc, b: Doc): SharedTerm[] {
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
