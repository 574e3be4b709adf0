import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parse, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { isQuoted } from "./kinds.ts";
import type { Plan, Reference } from "./model.ts";
import { ingest } from "./pipeline.ts";
import { crossReference } from "./xref.ts";
import { FISHERIES, loadSeed, makePlan, pairsOf, refsOf, SEED } from "./xref/testing.ts";

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
// The English seed, against pairs judged by reading (tests/fixtures/xref-judged/seed.yaml)

interface JudgedPair {
  a: number;
  b: number;
  verdict: "link" | "related" | "unrelated";
  reason?: string;
}
const JUDGED = parse(readFileSync("tests/fixtures/xref-judged/seed.yaml", "utf8")) as { pairs: JudgedPair[] };
const verdictOf = new Map(JUDGED.pairs.map((p) => [`${p.a}-${p.b}`, p]));

/** The seed through the ingest as `npm run ingest` runs it, with the sidecar's `links:` (editorial links) kept or removed. */
function ingestSeed(editorial: boolean): Plan {
  const doc = parseDocument(readFileSync("seeds/en/plan.yaml", "utf8"));
  if (!editorial) doc.delete("links");
  const { plans, diagnostics } = ingest([
    { file: SEED, bytes: readFileSync(SEED), sidecar: { file: "seeds/en/plan.yaml", text: doc.toString() } },
  ]);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return plans[0]!;
}

/**
 * Precision and recall of the detected pairs over the judged set. A detected pair judged
 * `related` (same area: a link there is a matter of taste) counts neither way.
 */
function score(plan: Plan) {
  const detected = pairsOf(plan);
  const links = JUDGED.pairs.filter((p) => p.verdict === "link").map((p) => `${p.a}-${p.b}`);
  const misses = links.filter((k) => !detected.has(k));
  const extras = [...detected].filter((k) => verdictOf.get(k)?.verdict === "unrelated");
  const right = links.length - misses.length;
  return {
    precision: right / Math.max(1, right + extras.length),
    recall: right / links.length,
    misses,
    extras,
    taste: [...detected].filter((k) => verdictOf.get(k)?.verdict === "related"),
  };
}

/** The references between the two items of a pair "a-b", as kind and evidence. */
function why(plan: Plan, pair: string): string {
  const [a, b] = pair.split("-").map(Number) as [number, number];
  const refs = [...refsOf(plan, a).filter((r) => r.to === b), ...refsOf(plan, b).filter((r) => r.to === a)];
  return refs.map((r) => `${r.kind} "${r.evidence}"`).join(" / ");
}

describe("the English seed, against the judged set", () => {
  const plan = ingestSeed(false);
  const result = score(plan);

  it("judges every pair of the 32 items once, with a reason for every link", () => {
    expect(JUDGED.pairs.length).toBe((32 * 31) / 2);
    expect(verdictOf.size).toBe(JUDGED.pairs.length);
    for (const p of JUDGED.pairs) if (p.verdict === "link") expect(p.reason, `${p.a}-${p.b}`).toBeTruthy();
  });

  it("finds the pairs judged link at precision ≥ 0.9 and recall ≥ 0.9, with the editorial links removed", () => {
    const lines = [
      `precision ${result.precision.toFixed(2)}, recall ${result.recall.toFixed(2)}`,
      ...result.misses.map((k) => `miss ${k}: ${verdictOf.get(k)?.reason}`),
      ...result.extras.map((k) => `extra ${k} (judged unrelated): ${why(plan, k)}`),
      ...result.taste.map((k) => `also ${k} (judged related): ${why(plan, k)}`),
    ];
    console.log(`xref, judged set, detection alone:\n  ${lines.join("\n  ")}`);
    expect(result.recall, `misses: ${result.misses.join(", ")}`).toBeGreaterThanOrEqual(0.9);
    expect(result.precision, `extras: ${result.extras.join(", ")}`).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps precision and recall with the seed's editorial links", () => {
    const edited = score(ingestSeed(true));
    console.log(
      `xref, judged set, with the seed's links: precision ${edited.precision.toFixed(2)}, recall ${edited.recall.toFixed(2)}`,
    );
    expect(edited.recall).toBeGreaterThanOrEqual(result.recall);
    expect(edited.precision).toBeGreaterThanOrEqual(0.9);
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
    const pairs = pairsOf(plan);
    for (const [p, what] of Object.entries(generic))
      expect(pairs.has(p), `${p} (${what}): ${why(plan, p)}`).toBe(false);
  });

  it("says why for every link: its kind, and evidence as the item writes it", () => {
    for (const item of plan.items) {
      const text = [item.title, ...item.body].join("\n").toLowerCase();
      for (const r of item.references) {
        const at = `${item.number}->${r.to}`;
        expect(r.evidence, at).not.toBe("");
        if (isQuoted(r.kind))
          expect(
            item.body.some((p) => p.includes(r.evidence)),
            at,
          ).toBe(true);
        // A related pair quotes a phrase of the item, or lists the shared words as the item writes them.
        else for (const w of r.evidence.split(", ")) expect(text.includes(w.toLowerCase()), `${at} ${w}`).toBe(true);
      }
    }
  });

  it("keeps the graph well-formed and does not depend on the order of the items", () => {
    for (const item of plan.items) {
      const tos = item.references.map((r) => r.to);
      expect(new Set(tos).size).toBe(tos.length);
      expect(tos).not.toContain(item.number);
      expect(item.references.filter((r) => r.kind === "related").length).toBeLessThanOrEqual(3);
    }
    const seed = loadSeed();
    const forward = crossReference(seed).plan;
    const reversed = crossReference({ ...seed, items: [...seed.items].reverse() }).plan;
    for (const item of forward.items) expect(refsOf(reversed, item.number)).toEqual(item.references);
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
        const rank = { explicit: 0, mention: 1, editorial: 2, related: 3 };
        for (const item of plan.items) {
          const refs = item.references;
          expect(new Set(refs.map((r) => r.to)).size).toBe(refs.length);
          for (const [i, r] of refs.entries()) {
            expect(r.to).not.toBe(item.number);
            expect(plan.items.some((x) => x.number === r.to)).toBe(true);
            if (isQuoted(r.kind)) expect(item.body.some((p) => p.includes(r.evidence))).toBe(true);
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
