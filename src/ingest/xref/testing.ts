/** Plans for the cross-referencer's tests: made-up plans from [title, body] pairs, and the English seed. */
import { readFileSync } from "node:fs";
import type { Lang, Plan, Reference } from "../model.ts";

/** A plan from [title, body] pairs, numbered from 1 (or `numbers`); heading of item i on line 4i+1, body on 4i+3. */
export function makePlan(lang: Lang, entries: [string, string][], numbers?: number[]): Plan {
  const items = entries.map(([title, body], i) => ({
    number: numbers?.[i] ?? i + 1,
    title,
    slug: title.toLowerCase().replace(/\W+/g, "-"),
    pillar: 1,
    body: [body],
    bodyLines: [4 * i + 3],
    line: 4 * i + 1,
    references: [],
  }));
  return {
    title: "Test plan",
    lang,
    lastUpdated: "2024-01-01",
    source: `seeds/${lang}/test.txt`,
    translation: null,
    pillars: [{ number: 1, id: "p", title: "P", items: items.map((i) => i.number), line: 1, supplied: true }],
    items,
  };
}

export const SEED = "seeds/en/000_dcfa8fc83ba75180.txt";

/** The English seed, read with a deliberately simple parser: "N) Title" headings, the next non-blank line is the body. */
export function loadSeed(): Plan {
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
    title: "The seed (read for its items only)",
    lang: "en",
    lastUpdated: "2005-01-13",
    source: SEED,
    translation: null,
    pillars: [],
    items,
  };
}

export const refsOf = (plan: Plan, n: number): Reference[] => plan.items.find((i) => i.number === n)?.references ?? [];

/** Undirected pairs "a-b" (a < b) that have a reference either way. */
export function pairsOf(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const item of plan.items) {
    for (const r of item.references) out.add(`${Math.min(item.number, r.to)}-${Math.max(item.number, r.to)}`);
  }
  return out;
}

// ---------------------------------------------------------------------------
// A made-up plan of our own, with explicit references in several forms.

export const FISHERIES: [string, string][] = [
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
