/**
 * Transfer of a reference graph to a translation, by item number, so both languages link
 * the same items. Evidence is re-expressed in the translation's words: its own citation of
 * the number (explicit), the target's title or a part of it as its body writes it
 * (mention), the shared rare words (related), the translated note (editorial); failing
 * that, the target's translated title.
 */
import type { Plan, PlanItem, Reference } from "../model.ts";
import { pairKey } from "../sidecar-links.ts";
import { findExplicit } from "../text/explicit.ts";
import { titleVariants } from "../text/terms.ts";
import { findInBody } from "./mentions.ts";
import { phrasePairs, type PhrasePair } from "./phrases.ts";
import { sortReferences } from "./refset.ts";
import { evidenceTerms, sharedTerms } from "./related.ts";
import { isRare, termStats, weight, type Doc, type TermStats } from "./stats.ts";

/** Notes of editorial links in the translation's language, by pair ("a-b", a < b). */
export type TranslatedNotes = ReadonlyMap<string, string>;

/**
 * Copies the graph of `original` (already cross-referenced) onto its translation. Links to
 * or from items the translation lacks are dropped, except that a link from a translated item
 * to one a partial translation lacks stays (the site shows the original's text for it); an
 * item only the translation has gets none.
 */
export function transferReferences(original: Plan, translation: Plan, notes: TranslatedNotes = new Map()): Plan {
  const stats = termStats(translation);
  // The rare phrases two items of the translation alone share, as its words for a related pair.
  const phrases = new Map(phrasePairs(stats).map((p) => [pairKey(p.a.number, p.b.number), p]));
  const graph = new Map(original.items.map((item) => [item.number, item.references]));
  const originalTitles = new Map(original.items.map((item) => [item.number, item.title]));
  const items = stats.docs.map((from): PlanItem => {
    const references: Reference[] = [];
    for (const r of graph.get(from.number) ?? []) {
      if (r.to === from.number) continue;
      const to = stats.byNumber.get(r.to);
      const evidence =
        r.kind === "editorial"
          ? (notes.get(pairKey(from.number, r.to)) ?? r.evidence)
          : to
            ? (phraseEvidence(phrases.get(pairKey(from.number, r.to)), from, r) ??
              translatedEvidence(stats, from, to, r))
            : ((r.kind === "explicit" ? citation(stats, from, r.to) : null) ?? originalTitles.get(r.to) ?? r.evidence);
      references.push({ to: r.to, kind: r.kind, evidence });
    }
    return { ...from.item, references: sortReferences(references) };
  });
  return { ...translation, items };
}

function phraseEvidence(pair: PhrasePair | undefined, from: Doc, r: Reference): string | null {
  if (!pair || r.kind !== "related") return null;
  return pair.a === from ? pair.inA : pair.inB;
}

/** The translation's own wording of a citation of item `to`, if its body has one. */
function citation(stats: TermStats, from: Doc, to: number): string | null {
  for (const para of from.item.body) {
    const m = findExplicit(para, stats.lang).find((e) => e.numbers.includes(to));
    if (m) return m.text;
  }
  return null;
}

function translatedEvidence(stats: TermStats, from: Doc, to: Doc, r: Reference): string {
  const fallback = to.item.title;
  if (r.kind === "explicit") return citation(stats, from, to.number) ?? fallback;
  if (r.kind === "mention") {
    // Acronyms and names often survive translation as they are ("NEXUS").
    if (/\p{Lu}{2,}/u.test(r.evidence) && from.item.body.some((p) => p.includes(r.evidence))) return r.evidence;
    for (const keys of translatedLabels(stats, to)) {
      const hit = findInBody(from, keys);
      if (hit !== null) return hit;
    }
    return fallback;
  }
  const shared = sharedTerms(stats, from, to);
  return shared.length > 0 ? evidenceTerms(from, shared) : (sharedWords(stats, from, to) ?? fallback);
}

/**
 * The translation may word a related pair without any rare term in common: then the words the
 * two texts share, rarest first (at most three), as this item writes them; null if none.
 */
function sharedWords(stats: TermStats, from: Doc, to: Doc): string | null {
  const words = [...from.surface.keys()]
    .filter((t) => to.tf.has(t) && !stats.actionTerms.has(t))
    .sort((x, y) => (stats.df.get(x) ?? 0) - (stats.df.get(y) ?? 0))
    .slice(0, 3);
  return words.length > 0 ? words.map((t) => from.surface.get(t)!).join(", ") : null;
}

/**
 * Phrases of a target's translated title to look for, longest first: the link is already
 * known, so any run of its words holding a word that is not common will do.
 */
function translatedLabels(stats: TermStats, doc: Doc): string[][] {
  const out: string[][] = [];
  for (const variant of titleVariants(doc.title)) {
    for (let n = variant.length; n >= 1; n--) {
      for (let i = 0; i + n <= variant.length; i++) {
        const keys = variant.slice(i, i + n);
        if (keys.some((k) => weight(stats, k) > 0 || isRare(stats, k))) out.push(keys);
      }
    }
  }
  return out.sort((x, y) => y.length - x.length);
}
