import { describe, expect, it } from "vitest";
import { crossReference } from "../xref.ts";
import { incomingReferences } from "./refset.ts";
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
