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
import type { Diagnostic, Plan, PlanItem, Reference, ReferenceKind } from "./model.ts";
import { findExplicit } from "./text/explicit.ts";
import { findPhrase, hitText } from "./text/phrase.ts";
import { namesIn, titleVariants } from "./text/terms.ts";
import { analyse, isRare, weight, type Doc, type Index, type Occurrence } from "./xref-index.ts";
import { evidenceTerms, relatedPairs, sharedTerms } from "./xref-related.ts";

// ---------------------------------------------------------------------------
// Tuning. Shares are of the plan's item count, so they scale with the plan.

/** Words a capitalised name needs to single out a subject (see `labels`). */
const MIN_NAME_WORDS = 3;

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
