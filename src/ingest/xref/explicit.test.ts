import { describe, expect, it } from "vitest";
import { crossReference } from "../xref.ts";
import { makePlan, refsOf } from "./testing.ts";

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
