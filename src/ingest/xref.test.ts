import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Lang, Plan, Reference } from "./model.ts";
import { crossReference, incomingReferences, transferReferences } from "./xref.ts";
import { testItem, testPillar, testPlan } from "../../tests/ingest/helpers/plan.ts";

// ---------------------------------------------------------------------------
// Helpers

/** A plan from [title, body] pairs, numbered from 1 (or `numbers`); heading of item i on line 4i+1, body on 4i+3. */
function makePlan(lang: Lang, entries: [string, string][], numbers?: number[]): Plan {
  const items = entries.map(([title, body], i) =>
    testItem({
      number: numbers?.[i] ?? i + 1,
      title,
      slug: title.toLowerCase().replace(/\W+/g, "-"),
      body: [body],
      bodyLines: [4 * i + 3],
      line: 4 * i + 1,
    }),
  );
  return testPlan({
    title: "Test plan",
    lang,
    lastUpdated: "2024-01-01",
    source: `seeds/${lang}/test.txt`,
    items,
    pillars: [testPillar({ number: 1, items: items.map((i) => i.number), supplied: true })],
  });
}

const SEED = "seeds/en/000_dcfa8fc83ba75180.txt";

/** The English seed, read with a deliberately simple parser: "N) Title" headings, the next non-blank line is the body. */
function loadSeed(): Plan {
  const lines = readFileSync(SEED, "utf8").split(/\r?\n/);
  const items: Plan["items"] = [];
  lines.forEach((line, i) => {
    const m = /^(\d+)\) (.+)$/.exec(line);
    const last = items[items.length - 1];
    if (m) {
      items.push({
        number: Number(m[1]),
        title: m[2]!.trim(),
        slug: "",
        pillar: 1,
        body: [],
        bodyLines: [],
        line: i + 1,
        references: [],
      });
    } else if (last && last.body.length === 0 && line.trim() !== "") {
      last.body.push(line.trim());
      last.bodyLines.push(i + 1);
    }
  });
  return {
    title: "32-point Action Plan",
    lang: "en",
    lastUpdated: "2005-01-13",
    source: SEED,
    translation: null,
    pillars: [],
    items,
  };
}

const refsOf = (plan: Plan, n: number): Reference[] => plan.items.find((i) => i.number === n)?.references ?? [];

/** Undirected pairs "a-b" (a < b) that have a reference either way. */
function pairsOf(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const item of plan.items) {
    for (const r of item.references) out.add(`${Math.min(item.number, r.to)}-${Math.max(item.number, r.to)}`);
  }
  return out;
}

// ---------------------------------------------------------------------------

describe("explicit references", () => {
  // Titles and bodies chosen so that nothing but the numbers links the items.
  const filler = (n: number) => [`Topic ${String.fromCharCode(64 + n)}`, `General work ${n}.`] as [string, string];

  it("reads every English form and links each number once", () => {
    const entries: [string, string][] = Array.from({ length: 12 }, (_, i) => filler(i + 1));
    entries[0] = ["Topic A", "Act under item 4 and point 6 first."];
    entries[1] = ["Topic B", "Apply items 8-10 to ports."];
    entries[2] = ["Topic C", "Apply items 8–10, then points 3 and 5."];
    entries[3] = ["Topic D", "Apply items 10 to 12 (see 7)."];
    const { plan, diagnostics } = crossReference(makePlan("en", entries));
    expect(refsOf(plan, 1)).toEqual([
      { to: 4, kind: "explicit", evidence: "item 4" },
      { to: 6, kind: "explicit", evidence: "point 6" },
    ]);
    expect(refsOf(plan, 2)).toEqual([8, 9, 10].map((to) => ({ to, kind: "explicit", evidence: "items 8-10" })));
    // 3 is the item itself: dropped.
    expect(refsOf(plan, 3)).toEqual([
      { to: 5, kind: "explicit", evidence: "points 3 and 5" },
      ...[8, 9, 10].map((to) => ({ to, kind: "explicit", evidence: "items 8–10" })),
    ]);
    expect(refsOf(plan, 4)).toEqual([
      { to: 7, kind: "explicit", evidence: "see 7" },
      ...[10, 11, 12].map((to) => ({ to, kind: "explicit", evidence: "items 10 to 12" })),
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("reads every French form", () => {
    const entries: [string, string][] = Array.from({ length: 10 }, (_, i) => [
      `Sujet ${String.fromCharCode(64 + i + 1)}`,
      `Travail général ${i + 1}.`,
    ]);
    entries[0] = ["Sujet A", "Agir selon le point 4 et la mesure 6."];
    entries[1] = ["Sujet B", "Appliquer les points 3 et 5, puis les mesures 8 à 10 (voir 7)."];
    const { plan } = crossReference(makePlan("fr", entries));
    expect(refsOf(plan, 1)).toEqual([
      { to: 4, kind: "explicit", evidence: "point 4" },
      { to: 6, kind: "explicit", evidence: "mesure 6" },
    ]);
    expect(refsOf(plan, 2)).toEqual([
      { to: 3, kind: "explicit", evidence: "points 3 et 5" },
      { to: 5, kind: "explicit", evidence: "points 3 et 5" },
      { to: 7, kind: "explicit", evidence: "voir 7" },
      ...[8, 9, 10].map((to) => ({ to, kind: "explicit", evidence: "mesures 8 à 10" })),
    ]);
  });

  it("never reads years, counts, durations or annexes, in English or French", () => {
    const en = makePlan("en", [
      ["Topic A", "Implement the 32-point plan and the 12-point plan signed in January 2001."],
      ["Topic B", "Keep ports open 24 hours a day for 7 years, per Annex I and Annex II."],
      ["Topic C", "Hire 3 officers for 2 ferries."],
      ["Topic D", "Report after 4 months."],
    ]);
    const fr = makePlan("fr", [
      ["Sujet A", "Mettre en œuvre le plan en 32 points signé en janvier 2001."],
      ["Sujet B", "Ouvrir 24 heures sur 24 pendant 7 ans, selon l'annexe I et l'annexe II."],
      ["Sujet C", "Mettre au point 3 systèmes."],
      ["Sujet D", "Rendre compte après 4 mois."],
    ]);
    for (const p of [en, fr]) {
      const { plan, diagnostics } = crossReference(p);
      expect(plan.items.flatMap((i) => i.references.filter((r) => r.kind === "explicit"))).toEqual([]);
      expect(diagnostics).toEqual([]);
    }
  });

  it("warns with file and line about numbers outside the plan, and never links an item to itself", () => {
    const p = makePlan(
      "en",
      [
        ["Topic A", "As point 1 says, extend items 2 and 40."],
        ["Topic B", "Nothing here."],
        ["Topic C", "Builds on item 99 (voir 2)."],
      ],
      [1, 2, 3],
    );
    const { plan, diagnostics } = crossReference(p);
    expect(refsOf(plan, 1)).toEqual([{ to: 2, kind: "explicit", evidence: "items 2 and 40" }]);
    expect(diagnostics).toEqual([
      { file: "seeds/en/test.txt", line: 3, severity: "warning", message: expect.stringContaining("40") },
      { file: "seeds/en/test.txt", line: 11, severity: "warning", message: expect.stringContaining("99") },
    ]);
    expect(diagnostics[0]!.message).toContain('"items 2 and 40"');
    // "(voir 2)" is French: not read in an English plan.
    expect(refsOf(plan, 3)).toEqual([]);
  });

  it("uses the paragraph's own line", () => {
    const p = makePlan("fr", [
      ["Sujet A", "Rien."],
      ["Sujet B", "Rien."],
    ]);
    p.items[1] = { ...p.items[1]!, body: ["Premier paragraphe.", "Voir le point 7."], bodyLines: [20, 22] };
    expect(crossReference(p).diagnostics).toEqual([
      { file: "seeds/fr/test.txt", line: 22, severity: "warning", message: expect.stringContaining("7") },
    ]);
  });
});

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
        ["Fingerprints", "Give police direct access to fingerprint records."],
        ["Seaports", "Target marine containers at seaports."],
      ]),
    );
    expect(refsOf(plan, 1)).toEqual([{ to: 2, kind: "related", evidence: "preclearance, intransit" }]);
    expect(refsOf(plan, 2)).toEqual([{ to: 1, kind: "related", evidence: "preclearance, intransit" }]);
    // "border security", "Canada and the United States", "legal and operational issues": generic.
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

// ---------------------------------------------------------------------------
// A made-up plan of our own, with explicit references in several forms.

const FISHERIES: [string, string][] = [
  [
    "Vessel Monitoring Systems",
    "Require satellite vessel monitoring systems on all commercial fishing vessels over 12 metres by 2026, building on the pilot described in item 5.",
  ],
  [
    "Catch Reporting",
    "Replace paper logbooks with electronic catch reports filed within 24 hours of landing; reports feed the shared database (see 6).",
  ],
  [
    "Observer Coverage",
    "Raise at-sea observer coverage to 20 percent of trips, with priority for the fleets named in points 1 and 2.",
  ],
  [
    "Joint Patrols",
    "Schedule joint patrols in the shared fishing zones, using vessel monitoring data and the risk scores of items 6–7.",
  ],
  [
    "Electronic Monitoring Pilot",
    "Extend the camera-based electronic monitoring pilot from 40 to 120 vessels over 3 years and publish an evaluation.",
  ],
  [
    "Compliance Database",
    "Build a single compliance database shared by both agencies, holding catch reports, inspection results and licence histories.",
  ],
  [
    "Risk Scoring",
    "Score each vessel monthly from its compliance history, as set out in Annex II, and review the method after 18 months (see items 2 through 4).",
  ],
  [
    "Penalties and Appeals",
    "Harmonise penalties for the offences listed in items 12 and 3, as point 8 of the 2024 agreement requires, and set up a single appeals panel.",
  ],
];

describe("a made-up fisheries compliance plan", () => {
  const { plan, diagnostics } = crossReference(makePlan("en", FISHERIES));

  it("has exactly the references a reader would draw", () => {
    const ex = (to: number, evidence: string): Reference => ({ to, kind: "explicit", evidence });
    expect(plan.items.map((i) => [i.number, i.references])).toEqual([
      [1, [ex(5, "item 5")]],
      [2, [ex(6, "see 6")]],
      [3, [ex(1, "points 1 and 2"), ex(2, "points 1 and 2")]],
      [4, [ex(6, "items 6–7"), ex(7, "items 6–7")]],
      // "from 40 to 120 vessels over 3 years": no reference word, no reference.
      [5, []],
      // Names item 2's subject; shares "compliance" (its title) and "histories" with item 7.
      [
        6,
        [
          { to: 2, kind: "mention", evidence: "catch reports" },
          { to: 7, kind: "related", evidence: "compliance, histories" },
        ],
      ],
      [
        7,
        [
          ex(2, "see items 2 through 4"),
          ex(3, "see items 2 through 4"),
          ex(4, "see items 2 through 4"),
          { to: 6, kind: "related", evidence: "compliance, history" },
        ],
      ],
      // "point 8" is itself; 12 is not in the plan.
      [8, [ex(3, "items 12 and 3")]],
    ]);
  });

  it("warns about item 12 on item 8's body line", () => {
    expect(diagnostics).toEqual([
      { file: "seeds/en/test.txt", line: 31, severity: "warning", message: expect.stringMatching(/item 8 .*item 12/) },
    ]);
  });
});

// ---------------------------------------------------------------------------
// The English seed

describe("the English seed", () => {
  const seed = loadSeed();
  const { plan, diagnostics } = crossReference(seed);
  const pairs = pairsOf(plan);

  it("is read as 32 items with one body paragraph each", () => {
    expect(seed.items.map((i) => i.number)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(seed.items.every((i) => i.body.length === 1)).toBe(true);
  });

  it("finds the must-have pairs", () => {
    for (const p of ["1-2", "1-3", "4-5", "21-32", "28-29", "7-15"]) expect(pairs, p).toContain(p);
  });

  it("gives the expected evidence for the mentions", () => {
    expect(refsOf(plan, 1)).toEqual([
      { to: 2, kind: "mention", evidence: "permanent resident cards" },
      { to: 3, kind: "mention", evidence: "NEXUS" },
    ]);
    expect(refsOf(plan, 2)).toContainEqual({ to: 1, kind: "mention", evidence: "biometric identifier" });
    expect(refsOf(plan, 3)).toContainEqual({ to: 1, kind: "mention", evidence: "NEXUS" });
    expect(refsOf(plan, 32)).toContainEqual({
      to: 21,
      kind: "mention",
      evidence: "critical infrastructure protection",
    });
    expect(refsOf(plan, 7)).toContainEqual({ to: 15, kind: "related", evidence: "preclearance, intransit" });
  });

  it("links no items by generic overlap alone", () => {
    const generic = {
      "3-31": "land border",
      "3-23": "expand to other areas",
      "3-7": "air (travel / preclearance)",
      "16-27": "legal and operational issues",
      "16-24": "law enforcement",
      "12-30": "joint training",
      "25-32": "U.S.",
      "13-32": "cooperation",
      "19-21": "infrastructure alone",
      "11-20": "intelligence / intelligent",
      "10-17": "customs",
      "9-18": "Canada and the United States",
      "8-32": "Canada and the United States",
      "8-29": "advance information",
    };
    for (const [p, why] of Object.entries(generic)) expect(pairs.has(p), `${p} (${why})`).toBe(false);
  });

  it("finds exactly the pairs judged right by hand", () => {
    // Each pair read and accepted: 1-2 biometric identifiers on PR cards; 1-3 NEXUS;
    // 4-5 refugee/asylum; 7-15 preclearance, intransit; 8-9 passenger information
    // for the passenger analysis units; 14-18 commercial data and industry
    // partnership; 21-32 critical infrastructure protection; 23-25 integrated
    // binational teams; 28-29 terrorist organisations designated; 28-30 counter-terrorism.
    expect([...pairs].sort()).toEqual([
      "1-2",
      "1-3",
      "14-18",
      "21-32",
      "23-25",
      "28-29",
      "28-30",
      "4-5",
      "7-15",
      "8-9",
    ]);
  });

  it("quotes explicit and mention evidence verbatim from the body, and keeps the graph well-formed", () => {
    for (const item of plan.items) {
      const tos = item.references.map((r) => r.to);
      expect(new Set(tos).size).toBe(tos.length);
      expect(tos).not.toContain(item.number);
      expect(item.references.filter((r) => r.kind === "related").length).toBeLessThanOrEqual(3);
      for (const r of item.references) {
        if (r.kind !== "related")
          expect(
            item.body.some((p) => p.includes(r.evidence)),
            `${item.number}->${r.to}`,
          ).toBe(true);
      }
    }
    expect(diagnostics).toEqual([]);
  });

  it("does not depend on the order of the items", () => {
    const reversed = crossReference({ ...seed, items: [...seed.items].reverse() }).plan;
    for (const item of plan.items) expect(refsOf(reversed, item.number)).toEqual(item.references);
  });
});

// ---------------------------------------------------------------------------

describe("incomingReferences", () => {
  it("lists, for every item, who refers to it, by kind then source", () => {
    const { plan } = crossReference(makePlan("en", FISHERIES));
    const incoming = incomingReferences(plan);
    expect([...incoming.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(incoming.get(2)).toEqual([
      { from: 3, kind: "explicit", evidence: "points 1 and 2" },
      { from: 7, kind: "explicit", evidence: "see items 2 through 4" },
      { from: 6, kind: "mention", evidence: "catch reports" },
    ]);
    expect(incoming.get(6)).toEqual([
      { from: 2, kind: "explicit", evidence: "see 6" },
      { from: 4, kind: "explicit", evidence: "items 6–7" },
      { from: 7, kind: "related", evidence: "compliance, history" },
    ]);
    expect(incoming.get(8)).toEqual([]);
  });
});

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
      [4, [{ to: 5, kind: "related", evidence: "précontrôle, transit" }]],
      [5, [{ to: 4, kind: "related", evidence: "précontrôle, transit" }]],
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

// ---------------------------------------------------------------------------

describe("invariants on random plans", () => {
  const words = [
    "border",
    "preclearance",
    "NEXUS",
    "cards",
    "item",
    "items",
    "point",
    "2001",
    "years",
    "and",
    "to",
    "Annex",
    "II",
    "(see",
    ")",
    "refugee",
    "claims",
    "-",
    "the",
    "joint",
  ];
  const sentence = fc
    .array(fc.oneof(fc.constantFrom(...words), fc.integer({ min: 1, max: 12 }).map(String)), {
      minLength: 1,
      maxLength: 14,
    })
    .map((w) => w.join(" "));
  const entry = fc.tuple(
    fc
      .array(fc.constantFrom("Cards", "Refugee", "Claims", "Joint", "Preclearance", "NEXUS", "Border"), {
        minLength: 1,
        maxLength: 3,
      })
      .map((w) => w.join(" ")),
    sentence,
  );

  it("never links an item to itself, links each target once, quotes evidence verbatim and sorts by kind then target", () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 10 }), (entries) => {
        const { plan } = crossReference(makePlan("en", entries as [string, string][]));
        const rank = { explicit: 0, mention: 1, related: 2 };
        for (const item of plan.items) {
          const refs = item.references;
          expect(new Set(refs.map((r) => r.to)).size).toBe(refs.length);
          for (const [i, r] of refs.entries()) {
            expect(r.to).not.toBe(item.number);
            expect(plan.items.some((x) => x.number === r.to)).toBe(true);
            if (r.kind !== "related") expect(item.body.some((p) => p.includes(r.evidence))).toBe(true);
            const prev = refs[i - 1];
            if (prev) expect(rank[prev.kind] < rank[r.kind] || (prev.kind === r.kind && prev.to < r.to)).toBe(true);
          }
          expect(refs.filter((r) => r.kind === "related").length).toBeLessThanOrEqual(3);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("speed", () => {
  it("cross-references a 3,000-item plan in well under a few seconds", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const vocab = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}ing`);
    const pick = () => vocab[Math.floor(rnd() ** 2 * vocab.length)]!; // skewed, like real text
    const common = ["border", "security", "joint", "Canada", "and the United States", "develop"];
    const entries: [string, string][] = Array.from({ length: 3000 }, (_, i) => {
      const body = Array.from({ length: 40 }, () =>
        rnd() < 0.2 ? common[Math.floor(rnd() * common.length)]! : pick(),
      );
      if (i % 5 === 0)
        body.push(
          `(see ${1 + Math.floor(rnd() * 3000)})`,
          `items ${(i % 90) + 1}-${(i % 90) + 3}`,
          `ACR${(i % 500).toString(36).toUpperCase()}`,
        );
      return [`${pick()} ${pick()} ${pick()}`, body.join(" ") + "."];
    });
    const plan = makePlan("en", entries);
    // CPU time, not wall time: other test files share the machine.
    const before = process.cpuUsage();
    const { plan: out } = crossReference(plan);
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    expect(out.items.length).toBe(3000);
    expect(out.items.filter((i) => i.references.length > 0).length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(4000);
  }, 30_000);
});
