import { describe, expect, it } from "vitest";
import { crossReference } from "../xref.ts";
import { LOOKUP_MAX_ITEMS, PhraseIndex } from "./mentions.ts";
import { termStats } from "./stats.ts";
import { makePlan, pairsOf, refsOf } from "./testing.ts";

describe("mentions", () => {
  it("finds a title named in another body across case and number", () => {
    const { plan } = crossReference(
      makePlan("en", [
        [
          "Biometric Identifiers",
          "Develop common biometric identifiers for permanent resident cards and other travel documents.",
        ],
        [
          "Permanent Resident Cards",
          "Deploy a secure card for permanent residents which includes a biometric identifier.",
        ],
        ["Ferry Terminals", "Review customs presence at ferry terminals."],
      ]),
    );
    expect(refsOf(plan, 1)).toEqual([{ to: 2, kind: "mention", evidence: "permanent resident cards" }]);
    expect(refsOf(plan, 2)).toEqual([{ to: 1, kind: "mention", evidence: "biometric identifier" }]);
    expect(refsOf(plan, 3)).toEqual([]);
  });

  it("finds an acronym that exactly one other item uses, both ways, but not one that three items use", () => {
    const two = crossReference(
      makePlan("en", [
        ["Travel Documents", "Add NEXUS cards to the list of accepted documents."],
        ["Trusted Travellers", "Resume the NEXUS pilot at two crossings."],
        ["Ferry Terminals", "Review customs presence at ferry terminals."],
      ]),
    ).plan;
    expect(refsOf(two, 1)).toEqual([{ to: 2, kind: "mention", evidence: "NEXUS" }]);
    expect(refsOf(two, 2)).toEqual([{ to: 1, kind: "mention", evidence: "NEXUS" }]);

    const three = crossReference(
      makePlan("en", [
        ["Travel Documents", "Add NEXUS cards to the list of accepted documents."],
        ["Trusted Travellers", "Resume the NEXUS pilot at two crossings."],
        ["Ferry Terminals", "Offer NEXUS lanes at ferry terminals."],
      ]),
    ).plan;
    expect(three.items.flatMap((i) => i.references.filter((r) => r.kind === "mention"))).toEqual([]);
  });

  it("counts a spelled-out name with its acronym, so U.S. is not distinctive when the plan says United States", () => {
    const { plan } = crossReference(
      makePlan("en", [
        ["Officers Overseas", "Post more U.S. officers at airports overseas."],
        ["Threat Analysis", "Offer a seat on the U.S. task force."],
        ["Passenger Units", "Establish units in Canada and the United States."],
      ]),
    );
    expect(pairsOf(plan)).toEqual(new Set());
  });

  it("does not take a single generic title word for a mention", () => {
    const { plan } = crossReference(
      makePlan("en", [
        ["Aviation Security", "Agree on comparable aviation training standards."],
        ["Joint Facilities", "Examine small remote facilities with joint staff."],
        ["International Cooperation", "Give technical assistance to transit countries."],
        ["Biosecurity", "Improve security and cooperation on food safety at joint crossings."],
        ["Security", "Review security at land crossings."],
        ["Ports", "Raise security at ports."],
      ]),
    );
    expect(plan.items.flatMap((i) => i.references)).toEqual([]);
  });

  it("finds a title whose words the plan also abbreviates", () => {
    const { plan } = crossReference(
      makePlan("en", [
        ["United States Visa Waivers", "Review the U.S. waiver list."],
        ["Visa Offices", "Share look-out lists with the United States visa waivers office."],
      ]),
    );
    expect(refsOf(plan, 2)).toEqual([{ to: 1, kind: "mention", evidence: "United States visa waivers" }]);
  });

  it("reads one reading of a slashed title", () => {
    const { plan } = crossReference(
      makePlan("en", [
        ["Refugee/Asylum Processing", "Screen applicants for security risks."],
        ["Claims Backlog", "Clear the asylum processing backlog within the year."],
        ["Ferry Terminals", "Review customs presence at ferry terminals."],
      ]),
    );
    expect(refsOf(plan, 2)).toEqual([{ to: 1, kind: "mention", evidence: "asylum processing" }]);
  });

  it("matches French titles with French stemming", () => {
    const { plan } = crossReference(
      makePlan("fr", [
        [
          "Identificateurs biométriques",
          "Élaborer des identificateurs biométriques communs pour les cartes de résident permanent et les autres documents de voyage.",
        ],
        [
          "Cartes de résident permanent",
          "Produire une carte sécuritaire pour les résidents permanents comportant un identificateur biométrique.",
        ],
        [
          "Protection des infrastructures essentielles",
          "Évaluer la menace visant les infrastructures transfrontalières.",
        ],
        [
          "Coopération scientifique",
          "Mener des recherches dans le domaine de la protection des infrastructures essentielles.",
        ],
      ]),
    );
    expect(refsOf(plan, 1)).toEqual([{ to: 2, kind: "mention", evidence: "cartes de résident permanent" }]);
    expect(refsOf(plan, 2)).toEqual([{ to: 1, kind: "mention", evidence: "identificateur biométrique" }]);
    expect(refsOf(plan, 4)).toEqual([
      { to: 3, kind: "mention", evidence: "protection des infrastructures essentielles" },
    ]);
  });

  it("lets an explicit reference win over a mention of the same item", () => {
    const { plan } = crossReference(
      makePlan("en", [
        ["Biometric Identifiers", "Develop biometric identifiers."],
        ["Permanent Resident Cards", "Add a biometric identifier to the card (see item 1)."],
      ]),
    );
    expect(refsOf(plan, 2)).toEqual([{ to: 1, kind: "explicit", evidence: "see item 1" }]);
  });
});

describe("phrase lookups", () => {
  it("look a phrase up through its rarest word, and not at all when every word is in too many items", () => {
    const many = Array.from({ length: LOOKUP_MAX_ITEMS + 1 }, (_, i): [string, string] => [
      `Item ${i}`,
      `Review border security plans, part ${i}.`,
    ]);
    const stats = termStats(makePlan("en", [["Border Security", "Keep the border secure."], ...many]));
    const phrases = new PhraseIndex(stats);
    expect(phrases.occurrences(["border", "secur"])).toBeNull();
    expect(phrases.othersUsing(stats.docs[0]!, ["border", "secur"])).toBe(Infinity);
    expect(phrases.occurrences(["part", "3"])).toEqual([]);
    // Too common to name a subject: no item "mentions" item 1 by its title.
    const { plan } = crossReference(makePlan("en", [["Border Security", "Keep the border secure."], ...many]));
    expect(plan.items.filter((i) => i.references.some((r) => r.to === 1))).toEqual([]);
  });
});
