/** Grouping through the parser: items under pillar headings, supplied pillars, and their errors. */
import { describe, expect, it } from "vitest";
import { errors, footer, parse } from "./testing.ts";

describe("parsePlan on small sources", () => {
  it("turns a French capitals heading into a sentence-case pillar", () => {
    const { plan } = parse(`Plan\n\nLA CIRCULATION SÉCURITAIRE DES BIENS\n\n14) Traitement\n\nTexte.${footer}`, {
      lang: "fr",
    });
    expect(plan!.pillars.map((p) => p.title)).toEqual(["La circulation sécuritaire des biens"]);
  });

  it("reports an item that has no pillar", () => {
    const { diagnostics } = parse(`Plan\n\n1) One\n\nBody.${footer}`);
    expect(errors(diagnostics).map((d) => d.line)).toEqual([3]);
    expect(errors(diagnostics)[0]!.message).toContain("item 1 comes before any pillar heading");
  });

  it("reports a pillar heading with no items", () => {
    const { diagnostics } = parse(`Plan\n\nEMPTY PILLAR\n\nFULL PILLAR\n\n1) One\n\nBody.${footer}`);
    expect(errors(diagnostics).map((d) => [d.line, d.message])).toEqual([
      [3, "pillar heading 'Empty Pillar' has no items"],
    ]);
  });

  it("reports, at the sidecar's line, a supplied pillar the source already has or cannot use", () => {
    const suppliedPillars = [
      { beforeItem: 1, title: "Twice", file: "plan.yaml", line: 4 },
      { beforeItem: 7, title: "Nowhere", file: "plan.yaml", line: 6 },
    ];
    const { diagnostics } = parse(`Plan\n\nPILLAR\n\n1) One\n\nBody.${footer}`, { suppliedPillars });
    expect(errors(diagnostics).map((d) => `${d.file}:${d.line}`)).toEqual(["plan.yaml:4", "plan.yaml:6"]);
    expect(errors(diagnostics)[0]!.message).toContain("already has one (t.txt:3)");
    expect(errors(diagnostics)[1]!.message).toContain("before item 7, which the source does not have");
  });
});
