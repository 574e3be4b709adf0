import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testItem, testPillar, testPlan } from "../../tests/ingest/helpers/plan.ts";
import type { Plan, Translation } from "./model.ts";
import { checkPairing } from "./pair.ts";
import { parsePlan } from "./parse.ts";

/**
 * A plan from a compact layout: each pillar lists its item numbers. Pillar P's heading is at
 * line 100 × P (line 4, in the sidecar, when supplied) and its item N at 100 × P + N.
 */
function plan(
  source: string,
  pillars: { items: number[]; supplied?: boolean }[],
  translation: Translation | null = null,
): Plan {
  return testPlan({
    title: "T",
    lang: translation ? "fr" : "en",
    source,
    translation,
    pillars: pillars.map((p, index) =>
      testPillar({
        number: index + 1,
        id: `p${index + 1}`,
        title: `P${index + 1}`,
        items: p.items,
        line: p.supplied ? 4 : 100 * (index + 1),
        supplied: p.supplied ?? false,
      }),
    ),
    items: pillars.flatMap((p, index) =>
      p.items.map((n) => testItem({ number: n, title: `I${n}`, pillar: index + 1, line: 100 * (index + 1) + n })),
    ),
  });
}

const complete: Translation = { of: "en", official: false, partial: false };
const partial: Translation = { ...complete, partial: true };
const report = (original: Plan, translation: Plan) =>
  checkPairing(original, translation).map((d) => `${d.file}:${d.line}: ${d.message}`);

const original = plan("en.txt", [{ items: [1, 2, 3], supplied: true }, { items: [4, 5] }]);

describe("checkPairing", () => {
  it("accepts the French seed as a translation of the English seed", () => {
    const read = (file: string, lang: "en" | "fr", title: string, translation: Translation | null) =>
      parsePlan(readFileSync(file, "utf8"), {
        file,
        lang,
        translation,
        suppliedPillars: [{ beforeItem: 1, title, file: "plan.yaml", line: 9 }],
      }).plan!;
    const en = read("seeds/en/000_dcfa8fc83ba75180.txt", "en", "The Secure Flow of People", null);
    const fr = read("seeds/fr/plan-action-32-points.txt", "fr", "La circulation sécuritaire des personnes", complete);
    expect(checkPairing(en, fr)).toEqual([]);
  });

  it("accepts a complete translation with the same layout", () => {
    expect(
      checkPairing(original, plan("fr.txt", [{ items: [1, 2, 3], supplied: true }, { items: [4, 5] }], complete)),
    ).toEqual([]);
  });

  it("reports the items a complete translation lacks, at its last item", () => {
    expect(report(original, plan("fr.txt", [{ items: [1, 2], supplied: true }, { items: [4] }], complete))).toEqual([
      "fr.txt:204: the translation lacks items 3, 5 of en.txt; mark it 'translation: { partial: true }' in its sidecar if that is intended",
    ]);
    expect(
      report(original, plan("fr.txt", [{ items: [1, 2, 3], supplied: true }, { items: [4] }], complete))[0],
    ).toContain("lacks item 5 of");
  });

  it("lets a partial translation skip items", () => {
    expect(
      checkPairing(original, plan("fr.txt", [{ items: [1, 3], supplied: true }, { items: [5] }], partial)),
    ).toEqual([]);
  });

  it("reports a translated item that the original does not have", () => {
    expect(
      report(original, plan("fr.txt", [{ items: [1, 2, 3], supplied: true }, { items: [4, 5, 6] }], complete)),
    ).toEqual(["fr.txt:206: item 6 'I6' has no counterpart in en.txt"]);
  });

  it("reports an item in another pillar than in the original, with the original's line", () => {
    // The translation's second heading comes one item late: item 4 stays in pillar 1.
    expect(
      report(original, plan("fr.txt", [{ items: [1, 2, 3, 4], supplied: true }, { items: [5] }], complete)),
    ).toEqual(["fr.txt:104: item 4 is in pillar 1 here but in pillar 2 in en.txt:204"]);
  });

  it("reports a pillar that starts at an item of another pillar, and a pillar the original lacks", () => {
    const translation = plan(
      "fr.txt",
      [{ items: [1, 2], supplied: true }, { items: [3] }, { items: [4, 5] }],
      complete,
    );
    expect(report(original, translation)).toEqual([
      "fr.txt:200: pillar 2 'P2' starts at item 3, but in en.txt item 3 belongs to pillar 1",
      "fr.txt:300: pillar 3 'P3' has no counterpart in en.txt (which has 2 pillars)",
      "fr.txt:203: item 3 is in pillar 2 here but in pillar 1 in en.txt:103",
      "fr.txt:304: item 4 is in pillar 3 here but in pillar 2 in en.txt:204",
      "fr.txt:305: item 5 is in pillar 3 here but in pillar 2 in en.txt:205",
    ]);
  });

  it("reports a supplied pillar at its first item in the translation, not at the sidecar's line", () => {
    // The translation's sidecar supplies a heading before item 2 that the original does not have.
    const translation = plan(
      "fr.txt",
      [{ items: [1], supplied: true }, { items: [2, 3], supplied: true }, { items: [4, 5] }],
      complete,
    );
    const problems = report(original, translation);
    expect(problems[0]).toBe(
      "fr.txt:202: pillar 2 'P2' (its title is supplied by the sidecar) starts at item 2, but in en.txt item 2 belongs to pillar 1",
    );
    expect(problems.every((p) => !p.startsWith("fr.txt:4:"))).toBe(true);
  });
});
