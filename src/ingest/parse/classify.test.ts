/** Line classification through the parser: item headings, numbered lists in a body, capitals headings. */
import { describe, expect, it } from "vitest";
import { errors, footer, parse, tight } from "./testing.ts";

describe("parsePlan on small sources", () => {
  it("accepts `N. Title` headings as well as `N) Title`", () => {
    const { plan, diagnostics } = parse(
      `Plan\n\nPILLAR ONE\n\n1. First\n\nBody one.\n\n2) Second\n\nBody two.${footer}`,
    );
    expect(errors(diagnostics)).toEqual([]);
    expect(plan!.items.map((i) => [i.number, i.title, i.body])).toEqual([
      [1, "First", ["Body one."]],
      [2, "Second", ["Body two."]],
    ]);
    expect(plan!.title).toBe("Plan");
    expect(plan!.pillars[0]!.title).toBe("Pillar One");
  });

  it("starts the body on the line after the heading when there is no blank line", () => {
    const item = parse(`Plan\n\nPILLAR\n\n1) Item\nBody right below.\nMore.${footer}`).plan!.items[0]!;
    expect(item.title).toBe("Item");
    expect(item.body).toEqual(["Body right below. More."]);
    expect(item.bodyLines).toEqual([6]);
  });

  it("does not take a number inside a wrapped paragraph for a heading", () => {
    const text = `Plan\n\nPILLAR\n\n1) Item\n\nSigned in January\n2001. Resume the\n2) talks.${footer}`;
    const { plan } = parse(text);
    expect(plan!.items).toHaveLength(1);
    expect(plan!.items[0]!.body).toEqual(["Signed in January 2001. Resume the 2) talks."]);
  });

  it("reads a capitals heading hard-wrapped over two lines as one pillar", () => {
    const text = `Plan\n\nPILLAR\n\n1) One\n\nBody.\n\nCOORDINATION AND INFORMATION SHARING IN THE\nENFORCEMENT OF THESE OBJECTIVES\n\n2) Two\n\nBody.${footer}`;
    const { plan, diagnostics } = parse(text);
    expect(errors(diagnostics)).toEqual([]);
    expect(plan!.items[0]!.body).toEqual(["Body."]);
    expect(plan!.pillars.map((p) => [p.title, p.items])).toEqual([
      ["Pillar", [1]],
      ["Coordination and Information Sharing in the Enforcement of These Objectives", [2]],
    ]);
  });

  it("keeps duplicate and out-of-order numbers for validation to report", () => {
    const { plan, diagnostics } = parse(
      `Plan\n\nPILLAR\n\n2) Two\n\nB.\n\n1) One\n\nB.\n\n1) One again\n\nB.${footer}`,
    );
    expect(errors(diagnostics)).toEqual([]);
    expect(plan!.items.map((i) => i.number)).toEqual([2, 1, 1]);
  });
});

describe("parsePlan without blank lines", () => {
  it("reads headings, bodies and capitals headings from their neighbourhood", () => {
    const { plan, diagnostics } = parse(
      tight(
        "Plan",
        "FIRST PILLAR",
        "1) One",
        "Body of one,",
        "wrapped.",
        "2. Two",
        "Body of two.",
        "SECOND PILLAR",
        "3) Three",
        "Body of three.",
        "Last Updated: 2005-01-13",
      ),
    );
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(plan!.title).toBe("Plan");
    expect(plan!.lastUpdated).toBe("2005-01-13");
    expect(plan!.items.map((i) => [i.number, i.title, i.body, i.line, i.bodyLines])).toEqual([
      [1, "One", ["Body of one, wrapped."], 3, [4]],
      [2, "Two", ["Body of two."], 6, [7]],
      [3, "Three", ["Body of three."], 9, [10]],
    ]);
    expect(plan!.pillars.map((p) => [p.title, p.items, p.line])).toEqual([
      ["First Pillar", [1, 2], 2],
      ["Second Pillar", [3], 8],
    ]);
  });

  it("keeps a numbered list after a colon in the body, one paragraph per entry", () => {
    const { plan, diagnostics } = parse(
      tight(
        "Plan",
        "PILLAR",
        "1) Inspections",
        "Inspectors will:",
        "1) Visit each site;",
        "2) Report Within a Month",
        "3) publish the results.",
        "2) Training",
        "Train the inspectors.",
        "Last Updated: 2005-01-13",
      ),
    );
    expect(errors(diagnostics)).toEqual([]);
    expect(plan!.items.map((i) => [i.number, i.title])).toEqual([
      [1, "Inspections"],
      [2, "Training"],
    ]);
    expect(plan!.items[0]!.body).toEqual([
      "Inspectors will:",
      "1) Visit each site;",
      "2) Report Within a Month",
      "3) publish the results.",
    ]);
    expect(plan!.items[0]!.bodyLines).toEqual([4, 5, 6, 7]);
  });

  it("does not take a hard-wrapped line that starts with a number for a heading", () => {
    const { plan } = parse(
      tight(
        "Plan",
        "PILLAR",
        "1) One",
        "Signed in January",
        "2001. Resume the",
        "2) talks.",
        "Last Updated: 2005-01-13",
      ),
    );
    expect(plan!.items).toHaveLength(1);
    expect(plan!.items[0]!.body).toEqual(["Signed in January 2001. Resume the 2) talks."]);
  });

  it("still keeps repeated, missing and out-of-order numbers (and a heading with no body) for validation", () => {
    const { plan } = parse(
      tight(
        "Plan",
        "PILLAR",
        "1) One",
        "B.",
        "3) Three",
        "B.",
        "2) Two",
        "4) Four",
        "B.",
        "4) Four Again",
        "B.",
        "Last Updated: 2005-01-13",
      ),
    );
    expect(plan!.items.map((i) => [i.number, i.line, i.body])).toEqual([
      [1, 3, ["B."]],
      [3, 5, ["B."]],
      [2, 7, []],
      [4, 8, ["B."]],
      [4, 10, ["B."]],
    ]);
  });

  it("joins a capitals heading and an item title hard-wrapped over two lines, with or without blank lines", () => {
    for (const gap of ["\n", "\n\n"]) {
      const text = [
        "Plan",
        "PILLAR",
        "1) One",
        "B.",
        "COORDINATION AND INFORMATION\nSHARING IN THE ENFORCEMENT\nOF THESE OBJECTIVES",
        "2) Advance Passenger Information /\nPassenger Name Record",
        "B.",
        "Last Updated: 2005-01-13",
      ].join(gap);
      const { plan, diagnostics } = parse(text);
      expect(errors(diagnostics), JSON.stringify(gap)).toEqual([]);
      expect(plan!.pillars.map((p) => p.title)).toEqual([
        "Pillar",
        "Coordination and Information Sharing in the Enforcement of These Objectives",
      ]);
      expect(plan!.items.map((i) => [i.title, i.body])).toEqual([
        ["One", ["B."]],
        ["Advance Passenger Information / Passenger Name Record", ["B."]],
      ]);
    }
  });
});
