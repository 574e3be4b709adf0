import { describe, expect, it } from "vitest";
import { isQuoted, isSymmetric, kindRank, REFERENCE_KINDS } from "./kinds.ts";

describe("reference kinds", () => {
  it("rank strongest first: a citation, then a name, then an editor's link, then shared terms", () => {
    const sorted = [...REFERENCE_KINDS].sort((a, b) => kindRank(b) - kindRank(a)).reverse();
    expect(sorted).toEqual(["explicit", "mention", "editorial", "related"]);
    expect(kindRank("explicit")).toBeLessThan(kindRank("related"));
  });
  it("say which hold both ways and which quote the body", () => {
    expect(REFERENCE_KINDS.filter(isSymmetric)).toEqual(["editorial", "related"]);
    expect(REFERENCE_KINDS.filter(isQuoted)).toEqual(["explicit", "mention"]);
  });
});
