/**
 * The reference set of a plan and its one ordering: one reference per (from, to), the
 * strongest kind winning (see kinds.ts); references sorted by kind, then by item.
 */
import { kindRank, type ReferenceKind } from "../kinds.ts";
import type { Plan, Reference } from "../model.ts";

export class RefSet {
  private readonly byFrom = new Map<number, Map<number, Reference>>();

  /** Adds a reference unless one as strong or stronger is there; within a kind, the first evidence stays. */
  add(from: number, to: number, kind: ReferenceKind, evidence: string): void {
    if (from === to) return;
    let refs = this.byFrom.get(from);
    if (!refs) this.byFrom.set(from, (refs = new Map()));
    const old = refs.get(to);
    if (!old || kindRank(kind) < kindRank(old.kind)) refs.set(to, { to, kind, evidence });
  }

  /** Replaces whatever links `from` to `to`. */
  set(from: number, to: number, kind: ReferenceKind, evidence: string): void {
    this.remove(from, to);
    this.add(from, to, kind, evidence);
  }

  remove(from: number, to: number): void {
    this.byFrom.get(from)?.delete(to);
  }

  get(from: number, to: number): Reference | undefined {
    return this.byFrom.get(from)?.get(to);
  }

  of(from: number): Reference[] {
    return sortReferences([...(this.byFrom.get(from)?.values() ?? [])]);
  }
}

/** By kind (strongest first), then by target item. Sorts in place and returns the list. */
export function sortReferences(refs: Reference[]): Reference[] {
  return refs.sort((x, y) => kindRank(x.kind) - kindRank(y.kind) || x.to - y.to);
}

export interface IncomingReference {
  from: number;
  kind: ReferenceKind;
  evidence: string;
}

/** For each item of the plan, the references to it ("Referenced by"), by kind then source item. */
export function incomingReferences(plan: Pick<Plan, "items">): Map<number, IncomingReference[]> {
  const incoming = new Map<number, IncomingReference[]>();
  for (const item of plan.items) incoming.set(item.number, []);
  for (const item of plan.items) {
    for (const r of item.references) {
      if (r.to !== item.number) incoming.get(r.to)?.push({ from: item.number, kind: r.kind, evidence: r.evidence });
    }
  }
  for (const list of incoming.values()) list.sort((x, y) => kindRank(x.kind) - kindRank(y.kind) || x.from - y.from);
  return incoming;
}
