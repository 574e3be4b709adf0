import { describe, expect, it } from "vitest";
import { crossReference } from "../xref.ts";
import { scorePair, sharedTerms, titleFactor } from "./related.ts";
import { termStats, type Doc } from "./stats.ts";
import { makePlan, refsOf } from "./testing.ts";

describe("related items", () => {
  it("relates items that share rare terms, one named by a title, and not by generic words", () => {
    const { plan } = crossReference(
      makePlan("en", [
        ["Air Preclearance", "Resume intransit preclearance at Vancouver and extend it to other airports."],
        [
          "Clearance Away from the Border",
          "Process truck cargo inland, including maritime intransit preclearance at ports.",
        ],
        [
          "Ferry Terminals",
          "Review border security and customs practices at ferry terminals in Canada and the United States.",
        ],
        ["Visa Policy", "Review border security and visa lists in Canada and the United States."],
        ["Remote Crossings", "Examine the legal and operational issues of remote crossings."],
        ["Deportees", "Address legal and operational challenges to removals."],
        ["Fingerprints", "Give police direct access to fingerprint records for border security."],
        ["Seaports", "Target marine containers at seaports."],
      ]),
    );
    expect(refsOf(plan, 1)).toEqual([{ to: 2, kind: "related", evidence: "intransit preclearance" }]);
    expect(refsOf(plan, 2)).toEqual([{ to: 1, kind: "related", evidence: "intransit preclearance" }]);
    // "border security" (three items use it), "Canada and the United States", "legal and operational issues": generic.
    for (const n of [3, 4, 5, 6, 7, 8]) expect(refsOf(plan, n)).toEqual([]);
  });

  it("keeps at most three related items per item, the strongest", () => {
    // Five items each share two rare words with item 1; item 1 names each of
    // them too (mentions, which the cap does not count), so look at the other side.
    const hub = "Salmon quota sharing, salmon habitat, salmon hatcheries, salmon stock counts and salmon gear rules.";
    const spokes: [string, string][] = [
      ["Quota Sharing", "Agree salmon quota sharing for the river."],
      ["Habitat Banks", "Restore salmon habitat along the river banks."],
      ["Hatchery Funding", "Fund salmon hatcheries upstream."],
      ["Stock Counts", "Publish salmon stock counts twice a year."],
      ["Gear Rules", "Harmonise salmon gear rules for nets."],
    ];
    const filler: [string, string][] = Array.from({ length: 30 }, (_, i) => [
      `Topic ${i}`,
      `Unrelated work number ${i}.`,
    ]);
    const { plan } = crossReference(makePlan("en", [["Salmon Plan", hub], ...spokes, ...filler]));
    const toHub = plan.items
      .filter((i) => i.references.some((r) => r.to === 1 && r.kind === "related"))
      .map((i) => i.number);
    // 2, 5 and 6 share a title phrase with item 1 ("quota sharing", "stock counts", "gear rules"); 3 and 4 one word.
    expect(toHub).toEqual([2, 5, 6]);
    expect(refsOf(plan, 1).map((r) => `${r.kind} ${r.to}`)).toEqual(["mention 2", "mention 5", "mention 6"]);
  });
});

describe("pair scores", () => {
  const stats = termStats(
    makePlan("en", [
      ["Salmon Hatcheries", "Share salmon quota data and hatchery records."],
      ["Hatchery Funding", "Fund the salmon hatchery."],
      ["Gear", "Harmonise gear rules and quota data."],
      ...Array.from({ length: 12 }, (_, i): [string, string] => [`Topic ${i}`, `Unrelated work ${i}.`]),
    ]),
  );
  const [a, b, c] = stats.docs as [Doc, Doc, Doc];

  it("weigh a shared word 1.5 times when both titles have it, once when one does, half when neither", () => {
    const id = (t: string) => stats.terms.indexOf(t);
    expect(titleFactor(a, b, id("hatcheri"))).toBe(1.5);
    expect(titleFactor(a, b, id("salmon"))).toBe(1);
    expect(titleFactor(a, c, id("data"))).toBe(0.5);
  });

  it("sum the shared words' weights, the words of a shared phrase counting again, the same both ways", () => {
    expect(scorePair(stats, a, b)).toBeCloseTo(scorePair(stats, b, a));
    // a and c share "quota data" as a phrase: more than its two words alone would give.
    const words = sharedTerms(stats, a, c).reduce((sum, s) => sum + s.w, 0);
    expect(scorePair(stats, a, c)).toBeGreaterThan(words);
  });
});
