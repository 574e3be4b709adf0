import { describe, expect, it } from "vitest";
import { checkLinkItems, checkTranslatedLinks, linksSchema, notesByPair } from "./sidecar-links.ts";

const issues = (value: unknown) => {
  const r = linksSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("links in the sidecar", () => {
  it("reads additions and removals, and defaults to none", () => {
    expect(linksSchema.parse(undefined)).toEqual([]);
    expect(
      linksSchema.parse([
        { between: [3, 1], note: " Why. " },
        { between: [2, 4], remove: true },
      ]),
    ).toEqual([
      { between: [3, 1], note: "Why.", remove: false },
      { between: [2, 4], note: "", remove: true },
    ]);
  });

  it("refuses a pair of one item, the same pair twice (either way round), and entries that say neither or both", () => {
    expect(issues([{ between: [2, 2], note: "x" }])).toEqual([
      "0.between: links item 2 to itself; give two different items",
    ]);
    expect(
      issues([
        { between: [1, 2], note: "x" },
        { between: [2, 1], remove: true },
      ]),
    ).toEqual(["1.between: the pair 1 and 2 is already given (links.0)"]);
    expect(issues([{ between: [1, 2] }])).toHaveLength(1);
    expect(issues([{ between: [1, 2], note: "x", remove: true }])).toHaveLength(1);
    expect(issues([{ between: [1, 2], note: "" }])).toHaveLength(1);
    expect(issues([{ between: [1], note: "x" }])).toHaveLength(1);
    expect(issues([{ between: [1, 2], remove: false }])).toHaveLength(1);
    expect(issues([{ between: [1, 2], note: "x", why: "typo" }])).toHaveLength(1);
  });

  it("checks item numbers against the plan, at the entry's line", () => {
    const links = linksSchema.parse([
      { between: [1, 2], note: "x" },
      { between: [2, 40], remove: true },
    ]);
    expect(checkLinkItems(links, [7, 8], new Set([1, 2, 3]), "plan.yaml")).toEqual([
      { file: "plan.yaml", line: 8, severity: "error", message: "links.1.between: the plan has no item 40" },
    ]);
  });

  it("lets a translation only word the notes of its original's added links", () => {
    const original = linksSchema.parse([
      { between: [1, 2], note: "x" },
      { between: [3, 4], remove: true },
    ]);
    const ok = linksSchema.parse([{ between: [2, 1], note: "y" }]);
    const files = { file: "fr/plan.yaml", original: "en/plan.yaml" };
    expect(checkTranslatedLinks(ok, [5], original, files)).toEqual([]);
    expect(notesByPair(ok)).toEqual(new Map([["1-2", "y"]]));
    const bad = linksSchema.parse([{ between: [3, 4], note: "z" }]);
    expect(checkTranslatedLinks(bad, [5], original, files).map((d) => d.line)).toEqual([5]);
  });
});
