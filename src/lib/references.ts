/**
 * What an item page lists, each link once: "Related items" are the item's own references
 * (whatever their kind); "Referenced by" are the items whose text cites or names this one
 * (explicit, mention) and that the item does not already list. A symmetric link (related,
 * editorial) is the same link from both sides, so it shows under "Related items" only.
 */
import { isSymmetric } from "../ingest/kinds.ts";
import type { PlanItem } from "../ingest/model.ts";
import { incomingReferences, type IncomingReference } from "../ingest/xref/refset.ts";

type Items = { items: Pick<PlanItem, "number" | "references">[] };

const cache = new WeakMap<Items, Map<number, IncomingReference[]>>();

/** "Referenced by" for each item of the plan, by kind then item (the ingest's one ordering). */
export function referencedBy(plan: Items): Map<number, IncomingReference[]> {
  const cached = cache.get(plan);
  if (cached) return cached;
  const outgoing = new Map(plan.items.map((i) => [i.number, new Set(i.references.map((r) => r.to))]));
  const result = new Map<number, IncomingReference[]>();
  for (const [number, list] of incomingReferences(plan as { items: PlanItem[] })) {
    result.set(
      number,
      list.filter((r) => !isSymmetric(r.kind) && !outgoing.get(number)?.has(r.from)),
    );
  }
  cache.set(plan, result);
  return result;
}
