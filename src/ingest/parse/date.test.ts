/** The page's date through the parser: labelled, in capitals, written out, and not from the body. */
import { describe, expect, it } from "vitest";
import { errors, parse, tight } from "./testing.ts";

describe("parsePlan on small sources", () => {
  it("finds a Last Updated date on the same line as its label, and drops it", () => {
    const { plan, diagnostics } = parse("Plan\n\nPILLAR\n\n1) One\n\nBody.\n\nLast Updated: 2005-01-13\n");
    expect(errors(diagnostics)).toEqual([]);
    expect(plan!.lastUpdated).toBe("2005-01-13");
    expect(plan!.items[0]!.body).toEqual(["Body."]);
  });

  it("finds the date in a footer written in capitals", () => {
    for (const footer of ["LAST UPDATED:\n2005-01-13\nTOP OF PAGE", "LAST UPDATED: 2005-01-13"]) {
      const { plan, diagnostics } = parse(`Plan\n\nPILLAR\n\n1) One\n\nBody.\n\n${footer}\n`);
      expect(errors(diagnostics), footer).toEqual([]);
      expect(plan!.lastUpdated).toBe("2005-01-13");
      expect(plan!.items[0]!.body).toEqual(["Body."]);
    }
  });
});

describe("parsePlan without blank lines", () => {
  it("reads a date written out in English or French in the header or the footer", () => {
    const cases: [string, string, string][] = [
      ["January 7, 2002", "", "2002-01-07"],
      ["", "le 7 janvier 2002", "2002-01-07"],
      ["Le 1er janvier 2003", "", "2003-01-01"],
      ["Ottawa, 12 December 2001", "Last Updated: 2005-01-13", "2005-01-13"], // the labelled footer date first
    ];
    for (const [header, footer, date] of cases) {
      const text = tight(...[header, "Plan", "PILLAR", "1) One", "Body.", footer].filter((l) => l !== ""));
      const { plan, diagnostics } = parse(text);
      expect(
        diagnostics.filter((d) => d.severity !== "info"),
        `${header} / ${footer}`,
      ).toEqual([]);
      expect(plan!.lastUpdated, `${header} / ${footer}`).toBe(date);
      expect(plan!.title).toBe("Plan");
      expect(plan!.items[0]!.body).toEqual(["Body."]);
    }
  });

  it("does not take a date in the body for the page's date", () => {
    const { plan, diagnostics } = parse(tight("Plan", "PILLAR", "1) One", "Signed on January 7, 2002 by both."));
    expect(plan!.lastUpdated).toBeUndefined();
    expect(diagnostics.filter((d) => d.severity === "warning").map((d) => d.line)).toEqual([4]);
  });
});
