/**
 * Cross-references between the items of a plan, strongest kind first (see kinds.ts):
 * explicit citations, mentions of another item's subject, the sidecar's editorial links,
 * and related items sharing rare terms. Each step has its module under xref/:
 *
 *   stats      term statistics of the plan, built once (weights from the plan's own counts)
 *   explicit   "see item 4", "mesures 8 à 10"
 *   mentions   titles, distinctive parts of them, acronyms and names another body uses
 *   related    pairs sharing rare terms, one named by a title
 *   editorial  links the sidecar adds or removes
 *   refset     one reference per pair and direction, and the one ordering
 *   transfer   the graph copied onto a translation by item number
 *
 * No step compares the text of every pair of items, and none grows with
 * (items × items sharing a common word): see the notes in mentions.ts and related.ts.
 */
import type { Diagnostic, Plan } from "./model.ts";
import type { EditorialLink } from "./sidecar-links.ts";
import { applyEditorial } from "./xref/editorial.ts";
import { addExplicit } from "./xref/explicit.ts";
import { addMentions, PhraseIndex } from "./xref/mentions.ts";
import { RefSet } from "./xref/refset.ts";
import { addRelated } from "./xref/related.ts";
import { termStats } from "./xref/stats.ts";

export { incomingReferences, type IncomingReference } from "./xref/refset.ts";
export { transferReferences } from "./xref/transfer.ts";

/** Fills `items[].references` of a copy of the plan; warns about references to items the plan lacks. */
export function crossReference(
  plan: Plan,
  links: readonly EditorialLink[] = [],
): { plan: Plan; diagnostics: Diagnostic[] } {
  const stats = termStats(plan);
  const diagnostics: Diagnostic[] = [];
  const refs = new RefSet();
  addExplicit(stats, plan.source, refs, diagnostics);
  addMentions(new PhraseIndex(stats), refs);
  addRelated(stats, refs);
  applyEditorial(links, refs);
  const items = plan.items.map((item) => ({ ...item, references: refs.of(item.number) }));
  return { plan: { ...plan, items }, diagnostics };
}
