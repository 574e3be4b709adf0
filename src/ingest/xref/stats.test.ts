import { describe, expect, it } from "vitest";
import { isRare, termStats, termWeight, weight } from "./stats.ts";
import { makePlan } from "./testing.ts";

describe("term statistics", () => {
  const plan = makePlan("en", [
    ["Border Cards", "Resume the border card pilot with NEXUS."],
    ["Border Data", "Resume sharing border data with the NEXUS office."],
    ["Border Teams", "Expand border teams."],
    ["Ferry Terminals", "Review border practices at ferry terminals."],
    ["Marine Ports", "Review the ports."],
  ]);
  const stats = termStats(plan);

  it("counts each term once per item, over title and body", () => {
    expect(stats.df.get("border")).toBe(4);
    expect(stats.df.get("NEXUS")).toBe(2);
    expect(stats.df.get("ferri")).toBe(1);
    expect(stats.postings.get("NEXUS")?.map((d) => d.number)).toEqual([1, 2]);
  });

  it("weighs nothing that one item alone, a common share of the items or the plan's verbs use", () => {
    expect(stats.commonDf).toBe(3);
    expect(weight(stats, "border")).toBe(0);
    expect(weight(stats, "ferri")).toBe(0);
    // "Resume", "Review" open sentences and no title has them: verbs.
    expect(stats.actionTerms.has("resum")).toBe(true);
    expect(weight(stats, "resum")).toBe(0);
    expect(weight(stats, "NEXUS")).toBe(1);
    expect(isRare(stats, "NEXUS")).toBe(true);
  });

  it("scales weights to the plan: a term two items use weighs 1, fewer items weigh more", () => {
    expect(termWeight(2, 30)).toBe(1);
    expect(termWeight(10, 30)).toBeGreaterThan(0);
    expect(termWeight(10, 30)).toBeLessThan(termWeight(5, 30));
    expect(termWeight(30, 30)).toBe(0);
    expect(termWeight(1, 30)).toBe(0);
  });

  it("gives each item its weighted term ids ascending, with those of its title", () => {
    for (const doc of stats.docs) {
      expect([...doc.termIds]).toEqual([...doc.termIds].sort((a, b) => a - b));
      for (const id of doc.termIds) expect(stats.termWeights[id]).toBeGreaterThan(0);
      for (const id of doc.titleIds) expect(doc.titleTerms.has(stats.terms[id]!)).toBe(true);
    }
    const nexus = stats.terms.indexOf("NEXUS");
    expect(stats.docs.filter((d) => d.termIds.includes(nexus)).map((d) => d.number)).toEqual([1, 2]);
  });
});
