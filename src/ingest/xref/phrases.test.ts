import { describe, expect, it } from "vitest";
import { Families, phrasePairs } from "./phrases.ts";
import { termStats } from "./stats.ts";
import { makePlan } from "./testing.ts";

/** Ten items of filler that use the plan's common words, so that they weigh nothing. */
const filler = (n: number): [string, string][] =>
  Array.from({ length: n }, (_, i) => [`Topic ${i}`, `Work on the border with partners, number ${i}.`]);

const pairs = (entries: [string, string][], lang: "en" | "fr" = "en") =>
  phrasePairs(termStats(makePlan(lang, [...entries, ...filler(10)]))).map(
    (p) => `${p.a.number}-${p.b.number}: ${p.inA} / ${p.inB}`,
  );

describe("rare shared phrases", () => {
  it("relate the two items that alone write a noun phrase whose head is rare", () => {
    expect(
      pairs([
        ["Clearance", "Set up international zones and inland centres."],
        ["Joint Facilities", "Examine the legal issues of international zones and joint facilities."],
        ["Other", "Review the international mail."],
      ]),
    ).toEqual(["1-2: international zones / international zones"]);
  });

  it("do not count a phrase whose head the plan uses everywhere, or the shared modifiers of two nouns", () => {
    expect(
      pairs([
        ["Crossings", "Expand the program along the land border."],
        ["Biosecurity", "Manage risks at the shared land border."],
        ["Remote Sites", "Examine the legal and operational issues of remote sites."],
        ["Deportees", "Address legal and operational challenges to removals."],
      ]),
    ).toEqual([]);
  });

  it("do not take a name inside a sentence for a phrase", () => {
    expect(
      pairs([
        ["Ferries", "Review ferry checks in Canada and the United States."],
        ["Visas", "Review visa lists in Canada and the United States."],
      ]),
    ).toEqual([]);
  });

  it("relate near words in another form when one of them is in a title, in the same order only", () => {
    expect(
      pairs([
        ["Clearance Away", "Process truck cargo, and maritime port intransit preclearance."],
        ["Intransit Containers", "Target marine intransit containers."],
        ["Intelligent Systems", "Deploy intelligent transport systems."],
        ["Databases", "Develop a system for intelligence sharing."],
      ]),
    ).toEqual(["1-2: maritime port intransit / marine intransit"]);
  });

  it("read the head first in French", () => {
    expect(
      pairs(
        [
          ["Dédouanement", "Créer des zones internationales et des centres."],
          ["Installations", "Examiner les questions des zones internationales."],
        ],
        "fr",
      ),
    ).toEqual(["1-2: zones internationales / zones internationales"]);
  });
});

describe("word families", () => {
  const families = new Families(termStats(makePlan("en", [["A", "Marine and maritime remote removal NEXUS."]])));
  it("join forms by their first letters, but not after a bound prefix nor for acronyms", () => {
    expect(families.of("marin")).toBe(families.of("maritim"));
    expect(families.of("remot")).not.toBe(families.of("remov"));
    expect(families.of("NEXUS")).toBe("NEXUS");
  });
});
