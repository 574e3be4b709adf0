import { describe, expect, it } from "vitest";
import { crossReference } from "../xref.ts";
import { transferReferences } from "./transfer.ts";
import { makePlan } from "./testing.ts";

describe("transferReferences", () => {
  const en = crossReference(
    makePlan("en", [
      ["Biometric Identifiers", "Develop common biometric identifiers for permanent resident cards and NEXUS cards."],
      [
        "Permanent Resident Cards",
        "Issue a secure card to permanent residents with a biometric identifier (see item 1).",
      ],
      ["NEXUS Expansion", "Extend the NEXUS program to air travel, building on items 1 and 2."],
      ["Air Preclearance", "Resume intransit preclearance at Vancouver and expand preclearance to other airports."],
      ["Clearance Away from the Border", "Process cargo inland, including maritime intransit preclearance at ports."],
    ]),
  ).plan;
  const frEntries: [string, string][] = [
    [
      "Identificateurs biométriques",
      "Élaborer des identificateurs biométriques communs pour les cartes des résidents permanents et les cartes NEXUS.",
    ],
    [
      "Cartes de résident permanent",
      "Délivrer aux résidents permanents une carte sécuritaire comportant un identificateur biométrique (voir le point 1).",
    ],
    ["Extension de NEXUS", "Étendre le programme NEXUS au transport aérien, en s'appuyant sur les mesures 1 et 2."],
    [
      "Précontrôle dans le secteur aérien",
      "Reprendre le précontrôle en transit à Vancouver et l'étendre à d'autres aéroports.",
    ],
    [
      "Dédouanement à l'écart de la frontière",
      "Traiter le fret à l'intérieur du pays, y compris le précontrôle en transit dans les ports maritimes.",
    ],
  ];

  it("starts from the English graph this test expects", () => {
    expect(en.items.map((i) => [i.number, i.references.map((r) => `${r.kind} ${r.to}`)])).toEqual([
      [1, ["mention 2", "mention 3"]],
      [2, ["explicit 1"]],
      [3, ["explicit 1", "explicit 2"]],
      [4, ["related 5"]],
      [5, ["related 4"]],
    ]);
  });

  it("copies the graph by number and finds the French wording of each reference", () => {
    const fr = transferReferences(en, makePlan("fr", frEntries));
    expect(fr.items.map((i) => [i.number, i.references])).toEqual([
      [
        1,
        [
          { to: 2, kind: "mention", evidence: "cartes des résidents permanents" },
          { to: 3, kind: "mention", evidence: "NEXUS" },
        ],
      ],
      [2, [{ to: 1, kind: "explicit", evidence: "voir le point 1" }]],
      [
        3,
        [
          { to: 1, kind: "explicit", evidence: "mesures 1 et 2" },
          { to: 2, kind: "explicit", evidence: "mesures 1 et 2" },
        ],
      ],
      [4, [{ to: 5, kind: "related", evidence: "précontrôle en transit" }]],
      [5, [{ to: 4, kind: "related", evidence: "précontrôle en transit" }]],
    ]);
    expect(fr.lang).toBe("fr");
    expect(fr.items[0]!.body).toEqual([frEntries[0]![1]]);
  });

  it("keeps links to items a partial translation lacks (shown in the original) and falls back to the target's title", () => {
    // No item 2; item 1 no longer names NEXUS; item 5 shares no rare word with item 4.
    const partial = makePlan(
      "fr",
      [
        [
          "Identificateurs biométriques",
          "Élaborer des identificateurs biométriques communs pour les documents de voyage.",
        ],
        frEntries[2]!,
        ["Précontrôle dans le secteur aérien", "Reprendre le précontrôle à Vancouver."],
        ["Dédouanement à l'écart de la frontière", "Traiter le fret à l'intérieur du pays."],
      ],
      [1, 3, 4, 5],
    );
    const fr = transferReferences(en, partial);
    expect(fr.items.map((i) => [i.number, i.references])).toEqual([
      [
        1,
        [
          // Item 2 is untranslated: its page shows the English text, so the link keeps its English title.
          { to: 2, kind: "mention", evidence: "Permanent Resident Cards" },
          { to: 3, kind: "mention", evidence: "Extension de NEXUS" },
        ],
      ],
      [
        3,
        [
          { to: 1, kind: "explicit", evidence: "mesures 1 et 2" },
          { to: 2, kind: "explicit", evidence: "mesures 1 et 2" },
        ],
      ],
      [4, [{ to: 5, kind: "related", evidence: "Dédouanement à l'écart de la frontière" }]],
      [5, [{ to: 4, kind: "related", evidence: "Précontrôle dans le secteur aérien" }]],
    ]);
  });
});

describe("transferReferences, when the translation words a related pair with no rare term in common", () => {
  it("gives the words the two texts share, rarest first, rather than the other item's title", () => {
    const en = crossReference(
      makePlan("en", [
        ["Salmon Quotas", "Agree salmon quota sharing at the border."],
        ["Quota Audits", "Audit salmon quota sharing at the border."],
        ["Ports", "Inspect ports at the border."],
      ]),
    ).plan;
    expect(en.items[0]!.references.map((r) => `${r.kind} ${r.to}`)).toEqual(["related 2"]);
    const fr = transferReferences(
      en,
      makePlan("fr", [
        ["Quotas de saumon", "Convenir du partage à la frontière."],
        ["Vérification des prises", "Vérifier le partage des prises à la frontière."],
        ["Ports", "Inspecter le partage des ports à la frontière."],
      ]),
    );
    expect(fr.items[0]!.references).toEqual([{ to: 2, kind: "related", evidence: "partage, frontière" }]);
  });
});
