/**
 * The one builder of Plan fixtures for the ingest's unit tests: every field has a plain
 * default, and a test names only what it is about (numbers, lines, bodies, pillars).
 */
import type { Lang, Pillar, Plan, PlanItem, Translation } from "../../../src/ingest/model.ts";

export type ItemSpec = Partial<PlanItem> & { number: number };

/** An item: "Item N", slug "item-N", in pillar 1, one body paragraph, heading at line 10 × N. */
export function testItem(spec: ItemSpec): PlanItem {
  const line = spec.line ?? 10 * spec.number;
  const body = spec.body ?? [`Body of ${spec.number}.`];
  return {
    title: `Item ${spec.number}`,
    slug: `item-${spec.number}`,
    pillar: 1,
    bodyLines: body.map((_, i) => line + 2 + 2 * i),
    references: [],
    ...spec,
    line,
    body,
  };
}

export interface PlanSpec {
  items: PlanItem[];
  /** Default: one pillar "P" (id "p", line 1) holding every item. */
  pillars?: Pillar[];
  lang?: Lang;
  title?: string;
  lastUpdated?: string;
  source?: string;
  translation?: Translation | null;
}

export function testPlan(spec: PlanSpec): Plan {
  const lang = spec.lang ?? "en";
  return {
    title: spec.title ?? "Plan",
    lang,
    lastUpdated: spec.lastUpdated ?? "2005-01-13",
    source: spec.source ?? `seeds/${lang}/plan.txt`,
    translation: spec.translation ?? null,
    pillars: spec.pillars ?? [testPillar({ number: 1, items: spec.items.map((i) => i.number) })],
    items: spec.items,
  };
}

/** A pillar: "P", id "p" (with its number after the first), line 1, not supplied. */
export function testPillar(spec: Partial<Pillar> & { number: number; items: number[] }): Pillar {
  return {
    id: spec.number === 1 ? "p" : `p${spec.number}`,
    title: "P",
    line: 1,
    supplied: false,
    ...spec,
  };
}
