import { describe, expect, it } from "vitest";
import type { Reference } from "../ingest/model.ts";
import { referencedBy } from "./references.ts";

const item = (number: number, references: Reference[]) => ({ number, references });

describe("referencedBy", () => {
  const plan = {
    items: [
      item(1, [{ to: 2, kind: "explicit", evidence: "item 2" }]),
      // 2 names 1 back: 1 already lists 2, so 2 is not "referenced by" on 1's page.
      item(2, [
        { to: 1, kind: "mention", evidence: "first" },
        { to: 3, kind: "related", evidence: "shared, words" },
      ]),
      item(3, [
        { to: 2, kind: "related", evidence: "shared, words" },
        { to: 4, kind: "editorial", evidence: "A note." },
      ]),
      item(4, [
        { to: 3, kind: "editorial", evidence: "A note." },
        { to: 1, kind: "mention", evidence: "first" },
      ]),
      item(5, [
        { to: 1, kind: "explicit", evidence: "see 1" },
        { to: 2, kind: "mention", evidence: "second" },
      ]),
    ] as { number: number; references: Reference[] }[],
  };

  it("lists the items whose text cites or names this one, by kind then item, leaving out symmetric links", () => {
    const by = referencedBy(plan);
    expect(by.get(1)).toEqual([
      { from: 5, kind: "explicit", evidence: "see 1" },
      { from: 4, kind: "mention", evidence: "first" },
    ]);
    // 1 cites 2, but 2 lists 1 already; 3 is related (symmetric): only 5 is left.
    expect(by.get(2)).toEqual([{ from: 5, kind: "mention", evidence: "second" }]);
    expect(by.get(3)).toEqual([]);
    expect(by.get(4)).toEqual([]);
    expect(by.get(5)).toEqual([]);
  });

  it("shows every link of the plan once on one of the two pages' lists", () => {
    const by = referencedBy(plan);
    for (const { number, references } of plan.items) {
      for (const r of references) {
        const back = plan.items.find((i) => i.number === r.to)!;
        const shownBack = (by.get(r.to) ?? []).some((x) => x.from === number);
        const listedBack = back.references.some((x) => x.to === number);
        // Listed by the source; on the target page either listed by it too or under "Referenced by", never both.
        expect(shownBack && listedBack).toBe(false);
      }
    }
  });
});
