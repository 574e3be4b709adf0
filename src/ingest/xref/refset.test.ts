import { describe, expect, it } from "vitest";
import { crossReference } from "../xref.ts";
import { applyEditorial } from "./editorial.ts";
import { incomingReferences, RefSet, sortReferences } from "./refset.ts";
import { FISHERIES, makePlan } from "./testing.ts";

describe("incomingReferences", () => {
  it("lists, for every item, who refers to it, by kind then source", () => {
    const { plan } = crossReference(makePlan("en", FISHERIES));
    const incoming = incomingReferences(plan);
    expect([...incoming.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(incoming.get(2)).toEqual([
      { from: 3, kind: "explicit", evidence: "points 1 and 2" },
      { from: 7, kind: "explicit", evidence: "see items 2 through 4" },
      { from: 6, kind: "mention", evidence: "catch reports" },
    ]);
    expect(incoming.get(6)).toEqual([
      { from: 2, kind: "explicit", evidence: "see 6" },
      { from: 4, kind: "explicit", evidence: "items 6–7" },
      { from: 7, kind: "related", evidence: "compliance, history" },
    ]);
    expect(incoming.get(8)).toEqual([]);
  });
});

describe("RefSet", () => {
  it("keeps one reference per pair and direction, the strongest kind, the first evidence within a kind", () => {
    const refs = new RefSet();
    refs.add(1, 2, "related", "shared");
    refs.add(1, 2, "mention", "name");
    refs.add(1, 2, "mention", "later name");
    refs.add(1, 2, "related", "weaker");
    refs.add(1, 1, "explicit", "itself");
    refs.add(1, 3, "editorial", "note");
    refs.add(1, 0, "explicit", "item 0");
    expect(refs.of(1)).toEqual([
      { to: 0, kind: "explicit", evidence: "item 0" },
      { to: 2, kind: "mention", evidence: "name" },
      { to: 3, kind: "editorial", evidence: "note" },
    ]);
    refs.remove(1, 2);
    expect(refs.of(1).map((r) => r.to)).toEqual([0, 3]);
  });

  it("sorts by kind, then by target", () => {
    expect(
      sortReferences([
        { to: 1, kind: "related", evidence: "" },
        { to: 9, kind: "explicit", evidence: "" },
        { to: 2, kind: "editorial", evidence: "" },
        { to: 3, kind: "explicit", evidence: "" },
      ]).map((r) => `${r.kind} ${r.to}`),
    ).toEqual(["explicit 3", "explicit 9", "editorial 2", "related 1"]);
  });
});

describe("applyEditorial", () => {
  it("adds a link both ways over a related one but under a citation, and removes any link both ways", () => {
    const refs = new RefSet();
    refs.add(1, 2, "related", "shared");
    refs.add(2, 1, "related", "shared");
    refs.add(3, 4, "explicit", "item 4");
    refs.add(5, 6, "mention", "name");
    refs.add(6, 5, "related", "shared");
    applyEditorial(
      [
        { between: [2, 1], note: "Same programme.", remove: false },
        { between: [3, 4], note: "Also.", remove: false },
        { between: [6, 5], note: "", remove: true },
      ],
      refs,
    );
    expect(refs.of(1)).toEqual([{ to: 2, kind: "editorial", evidence: "Same programme." }]);
    expect(refs.of(2)).toEqual([{ to: 1, kind: "editorial", evidence: "Same programme." }]);
    expect(refs.of(3)).toEqual([{ to: 4, kind: "explicit", evidence: "item 4" }]);
    expect(refs.of(4)).toEqual([{ to: 3, kind: "editorial", evidence: "Also." }]);
    expect(refs.of(5)).toEqual([]);
    expect(refs.of(6)).toEqual([]);
  });
});
