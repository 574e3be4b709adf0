import { describe, expect, it } from "vitest";
import { frenchTextLines, jsonTextLines, mdxTextLines, typescriptStringLines, yamlTextLines } from "./french-texts.ts";

describe("French text lines", () => {
  it("reads every line of plain text", () => {
    expect(frenchTextLines("a.txt", "Un\n\nDeux")).toEqual([
      { line: 1, text: "Un" },
      { line: 2, text: "" },
      { line: 3, text: "Deux" },
    ]);
  });

  it("reads the front matter's quoted values and the body of MDX, without link targets", () => {
    const mdx = [
      "---",
      "number: 1",
      'title: "Sûreté aérienne"',
      "references:",
      '  - evidence: "l\'FAA"',
      "---",
      "",
      "Voir [la carte](item:2).",
    ];
    expect(mdxTextLines(mdx.join("\n"))).toEqual([
      { line: 3, text: "Sûreté aérienne" },
      { line: 5, text: "l'FAA" },
      { line: 7, text: "" },
      { line: 8, text: "Voir [la carte]." },
    ]);
  });

  it("reads JSON string values, not keys", () => {
    expect(jsonTextLines('{\n  "title": "Plan d\\u2019action",\n  "items": ["a : b"]\n}')).toEqual([
      { line: 2, text: "Plan d’action" },
      { line: 3, text: "a : b" },
    ]);
  });

  it("reads TypeScript string literals that are values, not keys, imports or comments", () => {
    const source = [
      'import type { UiKey } from "./en.ts";',
      "// l'interface",
      "export const fr = {",
      '  "site.name": "Plan d\'action",',
      "  other: `Pilier : {n}`,",
      "};",
    ].join("\n");
    expect(typescriptStringLines(source)).toEqual([
      { line: 4, text: "Plan d'action" },
      { line: 5, text: "Pilier : {n}" },
    ]);
  });

  it("reads YAML string values, or only those of the given keys, with their lines", () => {
    const yaml = "# l'en-tête\nlang: fr\nterms:\n  - en: it's\n    fr: l'annexe\n    avoid: [a b, c]\n";
    expect(yamlTextLines(yaml).map((l) => l.text)).toEqual(["fr", "it's", "l'annexe", "a b", "c"]);
    expect(yamlTextLines(yaml, new Set(["fr"]))).toEqual([{ line: 5, text: "l'annexe" }]);
  });

  it("knows no other kind of file", () => {
    expect(frenchTextLines("a.png", "")).toBeNull();
  });
});
