/**
 * Cross-references between the items of a plan.
 *
 * Three kinds, strongest first:
 * - explicit: the body cites an item by number ("see item 4", "mesures 8 à 10");
 * - mention: the body names another item's subject (its title or a distinctive
 *   part of it, or an acronym/name the two items alone share);
 * - related: the two items share several terms that are rare in the plan.
 *
 * Everything is derived from the plan itself: term rarity is document frequency
 * over the plan's items, so words the whole plan uses (border, security, Canada)
 * weigh nothing. Terms are indexed once (inverted index); no pass compares every
 * pair of items' text.
 */
import type { Diagnostic, Lang, Plan, PlanItem, Reference, ReferenceKind } from "./model.js";
import { findExplicit } from "./text/explicit.js";
import { findPhrase, hitText } from "./text/phrase.js";
import { tokenize, type Token } from "./text/tokenize.js";

// ---------------------------------------------------------------------------
// Tuning. Shares are of the plan's item count, so they scale with the plan.

/** A term in at least this share of items (or 3 items) is common: weight 0. */
const COMMON_SHARE = 0.15;
/**
 * A shared term anchors a related pair when one of the two titles has it and
 * its document frequency is at most commonDf / this (3 of 32 items).
 */
const ANCHOR_SHARE_OF_COMMON_INV = 1.5;
/** A related pair needs at least this score... */
const RELATED_MIN_SCORE = 1.2;
/** ...and at least this many shared terms with a weight. */
const RELATED_MIN_TERMS = 2;
const RELATED_PER_ITEM = 3;
const EVIDENCE_TERMS = 4;

const KIND_RANK: Record<ReferenceKind, number> = { explicit: 0, mention: 1, related: 2 };

// ---------------------------------------------------------------------------
// Public API

export function crossReference(plan: Plan): { plan: Plan; diagnostics: Diagnostic[] } {
  const index = analyse(plan);
  const diagnostics: Diagnostic[] = [];
  const refs = new RefSet();

  for (const doc of index.docs) addExplicit(plan, doc, index, refs, diagnostics);
  addMentions(index, refs);
  for (const [a, b, shared] of relatedPairs(index)) {
    refs.add(a.number, b.number, "related", evidenceTerms(a, shared));
    refs.add(b.number, a.number, "related", evidenceTerms(b, shared));
  }

  const items = plan.items.map((item) => ({ ...item, references: refs.of(item.number) }));
  return { plan: { ...plan, items }, diagnostics };
}

/** For each item, the references pointing to it ("Referenced by"), ordered by kind then source. */
export function incomingReferences(plan: Plan): Map<number, { from: number; kind: ReferenceKind; evidence: string }[]> {
  const incoming = new Map<number, { from: number; kind: ReferenceKind; evidence: string }[]>();
  for (const item of plan.items) incoming.set(item.number, []);
  for (const item of plan.items) {
    for (const r of item.references) {
      incoming.get(r.to)?.push({ from: item.number, kind: r.kind, evidence: r.evidence });
    }
  }
  for (const list of incoming.values()) list.sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind] || x.from - y.from);
  return incoming;
}

/**
 * Copies the original's reference graph onto a translation, by item number,
 * re-expressing the evidence in the translation's words. `original` must
 * already be cross-referenced. Links to or from items the translation lacks are
 * dropped; an item only the translation has gets no references.
 */
export function transferReferences(original: Plan, translation: Plan): Plan {
  const index = analyse(translation);
  const byNumber = index.byNumber;
  const items = translation.items.map((item): PlanItem => {
    const source = original.items.find((o) => o.number === item.number);
    const from = byNumber.get(item.number)!;
    const references: Reference[] = [];
    for (const r of source?.references ?? []) {
      const to = byNumber.get(r.to);
      if (!to || r.to === item.number) continue;
      references.push({ to: r.to, kind: r.kind, evidence: translatedEvidence(index, from, to, r) });
    }
    return { ...item, references: sortRefs(references) };
  });
  return { ...translation, items };
}

// ---------------------------------------------------------------------------
// Analysis: tokens, terms and document frequencies of every item

interface Doc {
  number: number;
  item: PlanItem;
  title: Token[];
  paras: Token[][];
  /** Term -> occurrences in title and body. */
  tf: Map<string, number>;
  /** Term -> the word as written, preferring the body, for evidence. */
  surface: Map<string, string>;
  /** Terms of the title. */
  titleKeys: Set<string>;
  /** Adjacent content-word pairs ("intransit preclear"), for the phrase bonus of related items. */
  bigrams: Set<string>;
  /** Ids of the doc's weighted terms (see Index.termIds), ascending, for fast intersection. */
  termIds: Int32Array;
  /** Ids of the doc's weighted terms that its title has. */
  titleIds: Set<number>;
  /** Ids of the doc's two-word phrases that another doc shares, ascending. */
  phraseIds: Int32Array;
}

interface Index {
  lang: Lang;
  docs: Doc[];
  byNumber: Map<number, Doc>;
  df: Map<string, number>;
  /** Term -> docs that contain it. */
  postings: Map<string, Doc[]>;
  /** Terms found in at least one item title: the plan's subjects. */
  titleTerms: Set<string>;
  /** Words that open a sentence of a body and no title has: the plan's verbs ("Resume", "Expand"). */
  actionTerms: Set<string>;
  /** Weighted terms by id, and their weights. */
  terms: string[];
  termWeights: Float64Array;
  /** Shared two-word phrases by id: the ids of their two words (-1 for a word without weight). */
  phraseParts: Int32Array;
  /** Document frequency at or above which a term weighs nothing. */
  commonDf: number;
}

function analyse(plan: Plan): Index {
  const lang = plan.lang;
  const raw = plan.items.map((item) => ({
    item,
    title: tokenize(item.title, lang),
    paras: item.body.map((p) => tokenize(p, lang)),
  }));
  const acronyms = new Set<string>();
  for (const r of raw) for (const t of [r.title, ...r.paras].flat()) if (t.kind === "acronym") acronyms.add(t.key);

  const docs: Doc[] = raw.map(({ item, title, paras }) => {
    const tf = new Map<string, number>();
    const surface = new Map<string, string>();
    for (const tokens of [...paras, title]) {
      for (const { term, text } of terms(tokens, acronyms)) {
        tf.set(term, (tf.get(term) ?? 0) + 1);
        if (!surface.has(term)) surface.set(term, text);
      }
    }
    const bigrams = new Set<string>();
    for (const tokens of [title, ...paras]) for (const b of adjacentPairs(tokens)) bigrams.add(b);
    const titleKeys = new Set(terms(title, acronyms).map((t) => t.term));
    const none = new Int32Array(0);
    return { number: item.number, item, title, paras, tf, surface, bigrams, titleKeys, termIds: none, titleIds: new Set(), phraseIds: none };
  });

  const df = new Map<string, number>();
  const postings = new Map<string, Doc[]>();
  const titleTerms = new Set<string>();
  for (const doc of docs) {
    for (const term of doc.tf.keys()) {
      df.set(term, (df.get(term) ?? 0) + 1);
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(doc);
    }
    for (const { term } of terms(doc.title, acronyms)) titleTerms.add(term);
  }
  const opening = new Set<string>();
  const properNames = new Set<string>();
  for (const doc of docs) {
    for (const tokens of doc.paras) {
      tokens.forEach((t, i) => {
        if (t.kind === "word" && !t.stop && t.capitalised) {
          if (startsSentence(tokens, t, i)) opening.add(t.key);
          else properNames.add(t.key);
        }
      });
    }
  }
  const actionTerms = new Set([...opening].filter((k) => !titleTerms.has(k) && !properNames.has(k)));
  const commonDf = Math.max(3, COMMON_SHARE * docs.length);
  const index: Index = {
    lang, docs, byNumber: new Map(docs.map((d) => [d.number, d])), df, postings, titleTerms, actionTerms, commonDf,
    terms: [], termWeights: new Float64Array(0), phraseParts: new Int32Array(0),
  };
  numberTerms(index);
  return index;
}

/** Gives ids to weighted terms and shared phrases, and sorted id arrays to docs, for pair scoring. */
function numberTerms(index: Index) {
  const termIds = new Map<string, number>();
  for (const term of index.df.keys()) if (weight(index, term) > 0) termIds.set(term, termIds.size);
  index.terms = [...termIds.keys()];
  index.termWeights = Float64Array.from(index.terms, (t) => weight(index, t));
  const bigramDf = new Map<string, number>();
  for (const doc of index.docs) for (const b of doc.bigrams) bigramDf.set(b, (bigramDf.get(b) ?? 0) + 1);
  const phraseIds = new Map<string, number>();
  const parts: number[] = [];
  for (const [b, n] of bigramDf) {
    if (n < 2 || n >= index.commonDf) continue;
    const [k1, k2] = b.split(" ");
    const [i1, i2] = [termIds.get(k1) ?? -1, termIds.get(k2) ?? -1];
    if (i1 < 0 && i2 < 0) continue;
    phraseIds.set(b, phraseIds.size);
    parts.push(i1, i2);
  }
  index.phraseParts = Int32Array.from(parts);
  const sorted = (ids: (number | undefined)[]) => Int32Array.from(ids.filter((i): i is number => i !== undefined)).sort();
  for (const doc of index.docs) {
    doc.termIds = sorted([...doc.tf.keys()].map((t) => termIds.get(t)));
    doc.titleIds = new Set([...doc.titleKeys].map((t) => termIds.get(t)).filter((i): i is number => i !== undefined));
    doc.phraseIds = sorted([...doc.bigrams].map((b) => phraseIds.get(b)));
  }
}

/**
 * The terms of a token stream: content-word stems and acronyms. A capitalised
 * name whose initials are an acronym the plan uses ("United States" with "U.S.")
 * counts as that acronym, so both spellings share one document frequency.
 */
function terms(tokens: Token[], acronyms: Set<string>): { term: string; text: string }[] {
  const out: { term: string; text: string }[] = [];
  const expansions = expansionSpans(tokens, acronyms);
  for (let i = 0; i < tokens.length; i++) {
    const span = expansions.get(i);
    if (span) {
      out.push({ term: span.acronym, text: tokens.slice(i, span.last + 1).map((t) => t.text).join(" ") });
      i = span.last;
      continue;
    }
    const t = tokens[i];
    if (t.stop) continue;
    out.push({ term: t.key, text: t.kind === "acronym" ? t.text : t.text.toLowerCase() });
  }
  return out;
}

/** Runs of capitalised words whose initials spell a known acronym, by start index. */
function expansionSpans(tokens: Token[], acronyms: Set<string>): Map<number, { last: number; acronym: string }> {
  const spans = new Map<number, { last: number; acronym: string }>();
  if (acronyms.size === 0) return spans;
  const isCap = (t: Token) => t.kind === "word" && t.capitalised && !t.stop;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i])) continue;
    let initials = "";
    let best = -1;
    for (let j = i; j < tokens.length && j - i < 8; j++) {
      if (j > i && isBoundaryGap(tokens[j])) break;
      if (!isCap(tokens[j])) break;
      initials += tokens[j].text[0].normalize("NFD")[0].toUpperCase();
      if (j > i && acronyms.has(initials)) best = j;
    }
    if (best >= 0) {
      spans.set(i, { last: best, acronym: initials.slice(0, best - i + 1) });
      i = best;
    }
  }
  return spans;
}

function isBoundaryGap(t: Token): boolean {
  return t.gap !== "" && t.gap !== "-" && t.gap !== "‐" && t.gap !== "‑";
}

/** How much a shared term says about two items being related (0 for common terms). */
function weight(index: Index, term: string): number {
  const df = index.df.get(term) ?? 0;
  if (df < 2 || df >= index.commonDf || index.actionTerms.has(term)) return 0;
  return Math.log(index.commonDf / df);
}

/** Terms whose document frequency is at most this are rare: they single out an item or two. */
function isRare(index: Index, term: string): boolean {
  return (index.df.get(term) ?? 0) <= Math.max(2, Math.floor(index.docs.length * 0.03));
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
          line: item.bodyLines?.[i] ?? item.line,
          severity: "warning",
          message: `item ${item.number} refers to ${missing.length > 1 ? "items" : "item"} ${missing.join(", ")} ("${m.text}"), which the plan does not have`,
        });
      }
    }
  });
}

// ---------------------------------------------------------------------------
// Mentions

/** A phrase naming an item's subject, as content-word keys. */
interface Label {
  keys: string[];
  /** Acronym or capitalised name shared by exactly two items. */
  shared: boolean;
}

function addMentions(index: Index, refs: RefSet) {
  for (const target of index.docs) {
    for (const label of labels(index, target)) {
      for (const doc of candidates(index, label.keys)) {
        if (doc === target) continue;
        const evidence = findInBody(doc, label.keys);
        if (evidence) refs.add(doc.number, target.number, "mention", evidence);
      }
    }
  }
}

/** Docs whose text has every key of a phrase, via the rarest key's postings. */
function candidates(index: Index, keys: string[]): Doc[] {
  let rarest: Doc[] | undefined;
  for (const k of keys) {
    const p = index.postings.get(k);
    if (!p) return [];
    if (!rarest || p.length < rarest.length) rarest = p;
  }
  return (rarest ?? []).filter((d) => keys.every((k) => d.tf.has(k)));
}

function findInBody(doc: Doc, keys: string[]): string | null {
  for (let i = 0; i < doc.paras.length; i++) {
    const hit = findPhrase(doc.paras[i], keys);
    if (hit) return hitText(doc.item.body[i], doc.paras[i], hit);
  }
  return null;
}

function occursIn(doc: Doc, keys: string[]): boolean {
  return [doc.title, ...doc.paras].some((tokens) => findPhrase(tokens, keys) !== null);
}

/** Items (beyond `self`) where a phrase occurs. */
function otherOccurrences(index: Index, self: Doc, keys: string[]): number {
  return candidates(index, keys).filter((d) => d !== self && occursIn(d, keys)).length;
}

/**
 * The phrases that name an item's subject:
 * - its title, and each reading of a slashed title ("Refugee/Asylum Processing"
 *   gives "Refugee Processing" and "Asylum Processing"); a one-word title only
 *   if the word is rare in the plan;
 * - a run of two or more title words holding a rare word, if at most one other
 *   item uses that run;
 * - an acronym or a capitalised name of its text that exactly one other item uses.
 */
function labels(index: Index, doc: Doc): Label[] {
  const out: Label[] = [];
  const seen = new Set<string>();
  const add = (keys: string[], shared: boolean) => {
    const id = keys.join(" ");
    if (keys.length > 0 && !seen.has(id)) {
      seen.add(id);
      out.push({ keys, shared });
    }
  };
  for (const variant of titleVariants(doc.title)) {
    if (variant.length > 1 || isRare(index, variant[0])) add(variant, false);
    for (let n = variant.length - 1; n >= 2; n--) {
      for (let i = 0; i + n <= variant.length; i++) {
        const keys = variant.slice(i, i + n);
        if (keys.some((k) => isRare(index, k)) && otherOccurrences(index, doc, keys) <= 1) add(keys, false);
      }
    }
  }
  for (const keys of names(doc)) {
    if (keys.some((k) => weight(index, k) > 0 || isRare(index, k)) && otherOccurrences(index, doc, keys) === 1) add(keys, true);
  }
  return out;
}

/** Content-word keys of a title, one list per reading of its slashes. */
function titleVariants(title: Token[]): string[][] {
  // " / " between phrases splits the title; "a/b" between words offers alternatives.
  const parts: Token[][] = [[]];
  for (const t of title) {
    if (t.gap === "/" && t.spaced) parts.push([]);
    parts[parts.length - 1].push(t);
  }
  const out: string[][] = [];
  for (const part of parts) {
    const groups: string[][] = [];
    for (const t of part) {
      if (t.stop) continue;
      if (t.gap === "/" && groups.length > 0) groups[groups.length - 1].push(t.key);
      else groups.push([t.key]);
    }
    let variants: string[][] = [[]];
    for (const g of groups) {
      if (variants.length * g.length > 16) break;
      variants = variants.flatMap((v) => g.map((k) => [...v, k]));
    }
    out.push(...variants.filter((v) => v.length > 0));
  }
  return out;
}

/** Acronyms and multi-word capitalised names in an item's title and body, as keys. */
function names(doc: Doc): string[][] {
  const out: string[][] = [];
  // Titles are in title case: only their acronyms are names.
  for (const t of doc.title) if (t.kind === "acronym") out.push([t.key]);
  for (const tokens of doc.paras) {
    let run: Token[] = [];
    const flush = () => {
      // A capitalised first word of a sentence is just a sentence start ("Sign the Agreement").
      while (run.length > 0 && run[0].kind === "word" && startsSentence(tokens, run[0])) run = run.slice(1);
      const content = run.filter((t) => !t.stop);
      if (content.length >= 2 || (content.length === 1 && content[0].kind === "acronym")) out.push(content.map((t) => t.key));
      run = [];
    };
    for (const t of tokens) {
      const capital = !t.stop && (t.kind === "acronym" || (t.kind === "word" && t.capitalised));
      const joiner = t.stop && t.kind === "word" && !t.capitalised && run.length > 0;
      if (run.length > 0 && isBoundaryGap(t) && t.gap !== "/") flush();
      if (capital) {
        if (t.kind === "acronym") {
          flush();
          run.push(t);
          flush();
        } else run.push(t);
      } else if (joiner) run.push(t);
      else flush();
    }
    flush();
  }
  return out;
}

function startsSentence(tokens: Token[], t: Token, i = tokens.indexOf(t)): boolean {
  return i === 0 || /[.!?:;]/.test(t.gap);
}

/** "a b" for each two content words next to each other (function words between them allowed). */
function adjacentPairs(tokens: Token[]): string[] {
  const out: string[] = [];
  let prev: Token | null = null;
  let stops = 0;
  for (const t of tokens) {
    if (prev && isBoundaryGap(t) && t.gap !== "/") prev = null;
    if (t.stop) {
      if (t.kind === "number" || ++stops > 2) prev = null;
      continue;
    }
    if (prev) out.push(`${prev.key} ${t.key}`);
    prev = t;
    stops = 0;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Related items

interface PairScore {
  a: Doc;
  b: Doc;
  score: number;
  /** Ids of the shared weighted terms. */
  shared: number[];
  /** A shared term one of the two titles has and few items use: the pair has a common subject. */
  anchored: boolean;
  /** Such a term is in both titles. */
  sameSubject: boolean;
}

/**
 * Scores the pairs of items that could be related: those sharing a term that
 * one of the two titles has and few items use (the anchor). Candidates come
 * from the inverted index (each title term's postings); each candidate pair is
 * then scored by merging the two items' sorted term ids.
 */
function pairScores(index: Index): PairScore[] {
  const anchorWeight = Math.log(ANCHOR_SHARE_OF_COMMON_INV);
  const position = new Map(index.docs.map((d, i) => [d, i]));
  const seen = new Set<number>();
  const out: PairScore[] = [];
  for (const doc of index.docs) {
    for (const id of doc.titleIds) {
      if (index.termWeights[id] < anchorWeight) continue;
      for (const other of index.postings.get(index.terms[id]) ?? []) {
        if (other === doc) continue;
        const [a, b] = doc.number < other.number ? [doc, other] : [other, doc];
        const key = position.get(a)! * index.docs.length + position.get(b)!;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(scorePair(index, a, b, anchorWeight));
      }
    }
  }
  return out.sort((x, y) => y.score - x.score || x.a.number - y.a.number || x.b.number - y.b.number);
}

function scorePair(index: Index, a: Doc, b: Doc, anchorWeight: number): PairScore {
  const w = (id: number) => index.termWeights[id] * titleFactor(a, b, id);
  const shared = intersect(a.termIds, b.termIds);
  let score = 0;
  let anchored = false;
  let sameSubject = false;
  for (const id of shared) {
    score += w(id);
    const inA = a.titleIds.has(id);
    const inB = b.titleIds.has(id);
    if ((inA || inB) && index.termWeights[id] >= anchorWeight) {
      anchored = true;
      if (inA && inB) sameSubject = true;
    }
  }
  // A shared phrase is worth its words once more ("intransit preclearance").
  for (const p of intersect(a.phraseIds, b.phraseIds)) {
    for (const id of [index.phraseParts[2 * p], index.phraseParts[2 * p + 1]]) if (id >= 0) score += w(id);
  }
  return { a, b, score, shared, anchored, sameSubject };
}

function intersect(x: Int32Array, y: Int32Array): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] < y[j]) i++;
    else if (x[i] > y[j]) j++;
    else {
      out.push(x[i]);
      i++;
      j++;
    }
  }
  return out;
}

/**
 * Titles name subjects: a term in both titles weighs 1.5, in one title 1, in
 * neither 0.5 (two items both "examining legal and operational issues" are not
 * related by that).
 */
function titleFactor(a: Doc, b: Doc, id: number): number {
  return 0.5 * (1 + Number(a.titleIds.has(id)) + Number(b.titleIds.has(id)));
}

/** Strong pairs of items by shared rare terms, at most RELATED_PER_ITEM per item, best first. */
function relatedPairs(index: Index): [Doc, Doc, string[]][] {
  const count = new Map<number, number>();
  const out: [Doc, Doc, string[]][] = [];
  for (const s of pairScores(index)) {
    if (s.score < RELATED_MIN_SCORE || !s.anchored) continue;
    if (s.shared.length < RELATED_MIN_TERMS && !s.sameSubject) continue;
    if ((count.get(s.a.number) ?? 0) >= RELATED_PER_ITEM || (count.get(s.b.number) ?? 0) >= RELATED_PER_ITEM) continue;
    count.set(s.a.number, (count.get(s.a.number) ?? 0) + 1);
    count.set(s.b.number, (count.get(s.b.number) ?? 0) + 1);
    const w = (id: number) => index.termWeights[id] * titleFactor(s.a, s.b, id);
    const shared = [...s.shared].sort((x, y) => w(y) - w(x) || x - y).map((id) => index.terms[id]);
    out.push([s.a, s.b, shared]);
  }
  return out;
}

function evidenceTerms(doc: Doc, shared: string[]): string {
  return shared
    .slice(0, EVIDENCE_TERMS)
    .map((t) => doc.surface.get(t) ?? t)
    .join(", ");
}

/** Scores of every pair sharing a weighted term, best first: a tuning aid, not part of the page. */
export function relatedScores(plan: Plan): { a: number; b: number; score: number; shared: string[] }[] {
  const index = analyse(plan);
  return pairScores(index).map((s) => ({
    a: s.a.number,
    b: s.b.number,
    score: s.score,
    shared: s.shared.map((id) => `${index.terms[id]}:${(index.termWeights[id] * titleFactor(s.a, s.b, id)).toFixed(2)}`),
  }));
}

// ---------------------------------------------------------------------------
// Translation

function translatedEvidence(index: Index, from: Doc, to: Doc, r: Reference): string {
  const fallback = to.item.title;
  if (r.kind === "explicit") {
    for (const para of from.item.body) {
      for (const m of findExplicit(para, index.lang)) if (m.numbers.includes(to.number)) return m.text;
    }
    return fallback;
  }
  if (r.kind === "mention") {
    // Acronyms and names often survive translation as they are ("NEXUS").
    if (from.item.body.some((p) => p.includes(r.evidence))) return r.evidence;
    for (const keys of translationLabels(index, to)) {
      const hit = findInBody(from, keys);
      if (hit) return hit;
    }
    return fallback;
  }
  const shared = [...from.tf.keys()].filter((t) => to.tf.has(t) && weight(index, t) > 0);
  shared.sort((x, y) => weight(index, y) - weight(index, x) || (x < y ? -1 : 1));
  return shared.length > 0 ? evidenceTerms(from, shared) : fallback;
}

/** Phrases of a target's translated title, longest first; single words only if not common. */
function translationLabels(index: Index, doc: Doc): string[][] {
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

/** One reference per (from, to), the strongest kind winning; first evidence kept within a kind. */
class RefSet {
  private byFrom = new Map<number, Map<number, Reference>>();

  add(from: number, to: number, kind: ReferenceKind, evidence: string) {
    if (from === to) return;
    let m = this.byFrom.get(from);
    if (!m) this.byFrom.set(from, (m = new Map()));
    const old = m.get(to);
    if (!old || KIND_RANK[kind] < KIND_RANK[old.kind]) m.set(to, { to, kind, evidence });
  }

  of(from: number): Reference[] {
    return sortRefs([...(this.byFrom.get(from)?.values() ?? [])]);
  }
}

function sortRefs(refs: Reference[]): Reference[] {
  return refs.sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind] || x.to - y.to);
}

export function debugLabels(plan: Plan) {
  const index = analyse(plan);
  return index.docs.map((d) => [d.number, labels(index, d).map((l) => l.keys.join(" ") + (l.shared ? "*" : "")), [...index.actionTerms].join(",")] as const);
}
