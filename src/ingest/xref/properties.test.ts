/**
 * Property-based tests of the cross-referencer (fast-check) on plans made of some of the
 * seed's items, with citations, titles, names and hostile text put in their bodies.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedBytes } from "../../../tests/ingest/helpers/fuzz.ts";
import { expectItemShape, paragraphArb, runs, seedInput, squash } from "../../../tests/ingest/helpers/arbitraries.ts";
import type { Plan, Reference } from "../model.ts";
import { loadPlan } from "../pipeline.ts";
import { crossReference } from "../xref.ts";

// ---------------------------------------------------------------------------

describe("cross-referencer", () => {
  const seedPlan = loadPlan(seedInput(seedBytes)).plan!;
  const titles = seedPlan.items.map((i) => i.title);
  const citation = fc.oneof(
    fc.nat(40).map((n) => `see item ${n}`),
    fc.tuple(fc.nat(40), fc.nat(40)).map(([a, b]) => `items ${a}-${b}`),
    fc.tuple(fc.nat(40), fc.nat(40)).map(([a, b]) => `points ${a} and ${b}`),
    fc.nat(40).map((n) => `(see ${n})`),
    fc.nat(40).map((n) => `mesures ${n} à ${n + 2}`),
    fc.constantFrom(...titles),
    fc.constantFrom("NEXUS", "FAST", "IBETs", "U.S.", "Cross-Border Crime Forum", "Passenger Name Record"),
    paragraphArb,
  );
  /** Plans made of some of the seed's items (renumbered 1..N), with citations, titles and hostile text put in their bodies. */
  const planArb = fc
    .record({
      picks: fc.shuffledSubarray(seedPlan.items, { minLength: 1, maxLength: 12 }),
      inserts: fc.array(fc.record({ item: fc.nat(), para: fc.nat(), offset: fc.nat(400), text: citation }), {
        maxLength: 12,
      }),
      lang: fc.constantFrom("en" as const, "fr" as const),
    })
    .map(({ picks, inserts, lang }): Plan => {
      const items = picks.map((item, i) => ({
        ...item,
        number: i + 1,
        pillar: 1,
        body: [...item.body],
        references: [] as Reference[],
      }));
      for (const ins of inserts) {
        const item = items[ins.item % items.length]!;
        const p = ins.para % item.body.length;
        const text = item.body[p]!;
        const at = ins.offset % (text.length + 1);
        item.body[p] = squash(`${text.slice(0, at)} ${ins.text} ${text.slice(at)}`);
      }
      return { ...seedPlan, lang, pillars: [{ ...seedPlan.pillars[0]!, items: items.map((i) => i.number) }], items };
    });

  it("is deterministic, leaves its input alone, and links other items of the plan with verbatim evidence", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const before = JSON.stringify(plan);
        const first = crossReference(plan);
        expect(JSON.stringify(plan)).toBe(before);
        const second = crossReference(structuredClone(plan));
        expect(second).toEqual(first);
        const numbers = new Set(plan.items.map((i) => i.number));
        for (const item of first.plan.items) {
          const targets = item.references.map((r) => r.to);
          expect(new Set(targets).size).toBe(targets.length);
          for (const r of item.references) {
            expect(r.to).not.toBe(item.number);
            expect(numbers.has(r.to)).toBe(true);
          }
          expectItemShape(item);
        }
        for (const d of first.diagnostics) {
          expect(d.file).toBe(plan.source);
          expect(d.line >= 1).toBe(true);
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it("gives the same graph whatever the items' object identity or key order (a JSON round trip)", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const copy = JSON.parse(JSON.stringify(plan)) as Plan;
        expect(crossReference(copy).plan.items.map((i) => i.references)).toEqual(
          crossReference(plan).plan.items.map((i) => i.references),
        );
      }),
      { numRuns: runs(30) },
    );
  });
});
