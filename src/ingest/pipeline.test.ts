import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentFiles, ingest, loadPlan, type SourceInput } from "./pipeline.ts";

const seed = (lang: "en" | "fr", name: string): SourceInput => ({
  file: `seeds/${lang}/${name}`,
  bytes: readFileSync(`seeds/${lang}/${name}`),
  sidecar: { file: `seeds/${lang}/plan.yaml`, text: readFileSync(`seeds/${lang}/plan.yaml`, "utf8") },
});
const en = seed("en", "000_dcfa8fc83ba75180.txt");
const fr = seed("fr", "plan-action-32-points.txt");

describe("loadPlan", () => {
  it("reports a --lang that contradicts the sidecar at the sidecar's lang line, and parses nothing", () => {
    const { plan, diagnostics } = loadPlan({ ...en, lang: "fr" });
    expect(plan).toBeNull();
    expect(diagnostics).toEqual([
      { file: "seeds/en/plan.yaml", line: 5, severity: "error", message: "lang: en here, but --lang fr was given" },
    ]);
  });

  it("accepts a --lang that agrees with the sidecar, and uses --lang when there is no sidecar", () => {
    expect(loadPlan({ ...en, lang: "en" }).plan?.lang).toBe("en");
    const { plan, diagnostics } = loadPlan({
      file: "x.txt",
      bytes: Buffer.from("Plan\n\nLES BIENS\n\n1) Un\n\nTexte.\n\nDate :\n2005-01-13\n"),
      lang: "fr",
    });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(plan?.lang).toBe("fr");
    expect(plan?.pillars[0]!.title).toBe("Les biens");
  });

  it("stops at a broken sidecar without reading the source", () => {
    const { plan, diagnostics } = loadPlan({ ...en, sidecar: { file: "p.yaml", text: "lang: en\nlang: fr\n" } });
    expect(plan).toBeNull();
    expect(diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(["p.yaml:2"]);
  });
});

describe("ingest", () => {
  it("ingests both seeds, the French one paired with the English one", () => {
    const result = ingest([en, fr]);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(result.plans.map((p) => [p.lang, p.items.length, p.pillars.length])).toEqual([
      ["en", 32, 4],
      ["fr", 32, 4],
    ]);
    const files = [...contentFiles(result.plans, true).keys()];
    expect(files.filter((f) => f.startsWith("en/items/"))).toHaveLength(32);
    expect(files.filter((f) => f.startsWith("fr/items/"))).toHaveLength(32);
    expect(files).toContain("fr/items/15-dedouanement-loin-de-la-frontiere.md");
  });

  it("reports two sources for one language", () => {
    const result = ingest([en, { ...en, file: "copy.txt" }]);
    expect(result.plans).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => [d.file, d.message])).toEqual([
      ["copy.txt", "a second source for language 'en'"],
    ]);
  });
});
