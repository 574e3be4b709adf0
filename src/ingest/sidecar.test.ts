import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSidecar } from "./sidecar.ts";

const lines = (...l: string[]) => l.join("\n") + "\n";
const problems = (text: string) => parseSidecar(text, "plan.yaml").diagnostics.map((d) => `${d.line}: ${d.message}`);

describe("parseSidecar", () => {
  it("reads the English seed's sidecar, with the line of each entry", () => {
    const result = parseSidecar(readFileSync("seeds/en/plan.yaml", "utf8"), "seeds/en/plan.yaml");
    expect(result.diagnostics).toEqual([]);
    expect(result.sidecar).toMatchObject({
      source: "000_dcfa8fc83ba75180.txt",
      lang: "en",
      pillarTitles: [{ beforeItem: 1, title: "The Secure Flow of People" }],
      links: [],
    });
    // The plan's history as the sources tell it: a 30-point plan signed on 12 December 2001.
    expect(result.sidecar?.site?.history?.join(" ")).toMatch(/12 December 2001.*30-point Action Plan/);
    // Lines 1-3 and 6-7 are comments; "lang: en" is line 5, "- beforeItem: 1" line 9.
    expect(result.langLine).toBe(5);
    expect(result.pillarTitleLines).toEqual([9]);
  });

  it("reads the French seed's sidecar, translation included", () => {
    const result = parseSidecar(readFileSync("seeds/fr/plan.yaml", "utf8"), "seeds/fr/plan.yaml");
    expect(result.diagnostics).toEqual([]);
    expect(result.sidecar).toMatchObject({
      source: "plan-action-32-points.txt",
      lang: "fr",
      translation: { of: "en", official: false, partial: false },
      pillarTitles: [{ beforeItem: 1, title: "La circulation sécuritaire des personnes" }],
      links: [],
    });
    expect(result.sidecar?.site?.history?.join(" ")).toMatch(/12 décembre 2001.*plan d’action en 30 points/);
    // Both languages name the same original page.
    const en = parseSidecar(readFileSync("seeds/en/plan.yaml", "utf8"), "seeds/en/plan.yaml").sidecar;
    expect(result.sidecar?.site?.url).toBe(en?.site?.url);
  });

  it("defaults partial to false and pillarTitles to none", () => {
    const result = parseSidecar(lines("lang: fr", "translation:", "  of: en", "  official: true"), "plan.yaml");
    expect(result.sidecar).toEqual({
      lang: "fr",
      translation: { of: "en", official: true, partial: false },
      pillarTitles: [],
      links: [],
    });
  });

  it("gives each pillar title's line", () => {
    const result = parseSidecar(
      lines("lang: en", "pillarTitles:", "  - beforeItem: 1", "    title: A", "", "  - beforeItem: 14", "    title: B"),
      "p.yaml",
    );
    expect(result.pillarTitleLines).toEqual([3, 6]);
  });

  it("reports YAML syntax errors at their line", () => {
    expect(problems(lines("lang: en", "", "source: a: b"))).toEqual([expect.stringMatching(/^3: invalid YAML: /)]);
    expect(problems(lines("lang: en", "\tsource: x"))).toEqual([
      "2: invalid YAML: Tabs are not allowed as indentation",
    ]);
    expect(problems(lines("lang: en", "lang: fr"))).toEqual(["2: invalid YAML: Map keys must be unique"]);
  });

  it("reports a bad value at its line", () => {
    expect(problems(lines("# comment", "lang: de"))).toEqual([
      "2: lang: Invalid enum value. Expected 'en' | 'fr', received 'de'",
    ]);
    expect(problems(lines("lang: en", "pillarTitles:", "  - beforeItem: 0", "    title: A"))).toEqual([
      "3: pillarTitles.0.beforeItem: Number must be greater than 0",
    ]);
    expect(problems(lines("lang: en", "pillarTitles:", "  - beforeItem: 1", "    title: '  '"))).toEqual([
      "4: pillarTitles.0.title: String must contain at least 1 character(s)",
    ]);
  });

  it("reports an unknown key at the key's own line", () => {
    expect(problems(lines("lang: en", "", "pilarTitles: []"))).toEqual([
      "3: (top level): Unrecognized key(s) in object: 'pilarTitles'",
    ]);
    expect(problems(lines("lang: en", "translation:", "  of: fr", "  official: true", "  partail: true"))).toEqual([
      "5: translation: Unrecognized key(s) in object: 'partail'",
    ]);
  });

  it("reports a missing lang", () => {
    expect(problems(lines("source: a.txt"))).toEqual(["1: lang: Required"]);
    expect(problems("")).toEqual(["1: lang: Required"]);
  });

  it("reports two titles before the same item at the second one", () => {
    const text = lines(
      "lang: en",
      "pillarTitles:",
      "  - beforeItem: 1",
      "    title: A",
      "  - beforeItem: 14",
      "    title: B",
      "  - beforeItem: 1",
      "    title: C",
    );
    expect(problems(text)).toEqual([
      "7: pillarTitles.2.beforeItem: a title before item 1 is already given (pillarTitles.0)",
    ]);
  });

  it("reads the site's words, every one optional", () => {
    const text = lines(
      "lang: en",
      "site:",
      "  name: Harbour Compact",
      "  tagline: Two ports, 2019",
      "  publisher: Port Authority",
      "  url: https://example.org/compact.html",
      "  issued: 2019-05-20",
      "  history:",
      "    - First paragraph.",
      "  notes:",
      "    - A note.",
    );
    expect(parseSidecar(text, "p.yaml").sidecar?.site).toEqual({
      name: "Harbour Compact",
      tagline: "Two ports, 2019",
      publisher: "Port Authority",
      url: "https://example.org/compact.html",
      issued: "2019-05-20",
      history: ["First paragraph."],
      notes: ["A note."],
    });
    expect(parseSidecar(lines("lang: en", "site: {}"), "p.yaml").sidecar?.site).toEqual({});
    expect(parseSidecar(lines("lang: en"), "p.yaml").sidecar?.site).toBeUndefined();
  });

  it("reports a bad site entry at its line", () => {
    expect(problems(lines("lang: en", "site:", "  nmae: X"))).toEqual([
      "3: site: Unrecognized key(s) in object: 'nmae'",
    ]);
    expect(problems(lines("lang: en", "site:", "  url: javascript:alert(1)"))).toEqual([
      "3: site.url: an http:// or https:// address",
    ]);
    expect(problems(lines("lang: en", "site:", "  url: not a url"))).toEqual([
      "3: site.url: an http:// or https:// address",
    ]);
    expect(problems(lines("lang: en", "site:", "  issued: 12 December 2001"))).toEqual([
      "3: site.issued: a date written YYYY-MM-DD",
    ]);
    expect(problems(lines("lang: en", "site:", "  history: []"))).toEqual([
      "3: site.history: Array must contain at least 1 element(s)",
    ]);
    expect(problems(lines("lang: en", "site:", "  name: ' '"))).toEqual([
      "3: site.name: String must contain at least 1 character(s)",
    ]);
  });

  it("reports every problem, not only the first", () => {
    expect(problems(lines("lang: xx", "extra: 1", "pillarTitles:", "  - beforeItem: -1", "    title: A"))).toHaveLength(
      3,
    );
  });
});
