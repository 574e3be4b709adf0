/** The title through the parser: in capitals above the first pillar, hard-wrapped, after chrome. */
import { describe, expect, it } from "vitest";
import { errors, parse, tight } from "./testing.ts";

describe("parsePlan without blank lines", () => {
  it("reads a title in capitals directly above the first pillar heading, after release-header chrome", () => {
    const { plan, diagnostics } = parse(
      tight(
        "Home",
        "|",
        "News",
        "|",
        "Contact",
        "For Immediate Release",
        "Office of the Harbour Master",
        "Halifax, March 3, 2004",
        "HARBOUR SAFETY PLAN",
        "SAFER DOCKS",
        "1) Lighting",
        "Light every pier.",
        "- 30 -",
        "Home",
        "|",
        "Contact",
      ),
    );
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(plan!.title).toBe("Harbour Safety Plan");
    expect(plan!.lastUpdated).toBe("2004-03-03");
    expect(plan!.pillars.map((p) => [p.title, p.items])).toEqual([["Safer Docks", [1]]]);
    expect(plan!.items[0]!.body).toEqual(["Light every pier."]);
    const dropped = diagnostics.filter((d) => d.severity === "info").map((d) => d.line);
    expect(dropped).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 16]);
  });

  it("takes a capitals line above the only heading as the title when the sidecar supplies the first pillar", () => {
    const suppliedPillars = [{ beforeItem: 1, title: "Docks", file: "plan.yaml", line: 3 }];
    const { plan, diagnostics } = parse(tight("7 janvier 2002", "PLAN DES QUAIS", "1) Éclairage", "Éclairer."), {
      lang: "fr",
      suppliedPillars,
    });
    expect(errors(diagnostics)).toEqual([]);
    expect(plan!.title).toBe("Plan des quais");
    expect(plan!.lastUpdated).toBe("2002-01-07");
    expect(plan!.pillars.map((p) => p.title)).toEqual(["Docks"]);
  });

  it("reads a hard-wrapped title as one, and a menu of lone | lines as chrome", () => {
    const { plan } = parse(
      tight("Home", "|", "About", "Plan for the Safety of", "Northern Harbours", "PILLAR", "1) One", "B."),
    );
    expect(plan!.title).toBe("Plan for the Safety of Northern Harbours");
  });
});
