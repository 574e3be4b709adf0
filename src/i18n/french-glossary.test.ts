import { describe, expect, it } from "vitest";
import { parseGlossary } from "./french-glossary.ts";

describe("parseGlossary", () => {
  it("reads terms, with defaults for the optional fields", () => {
    const g = parseGlossary("terms:\n  - en: preclearance\n    fr: précontrôle\n    source: CBSA\n", "g.yaml");
    expect(g.terms).toEqual([
      { en: "preclearance", fr: "précontrôle", source: "CBSA", avoid: [], caseSensitive: false },
    ]);
  });

  it("names the file and the field that is wrong", () => {
    expect(() => parseGlossary("terms:\n  - en: preclearance\n    fr: précontrôle\n", "g.yaml")).toThrow(
      /^g\.yaml: terms\.0\.source: Required/,
    );
    expect(() => parseGlossary("terms:\n  - en: a\n    fr: b\n    source: c\n    sauce: d\n", "g.yaml")).toThrow(
      /sauce/,
    );
  });

  it("refuses a variant that the preferred term contains", () => {
    expect(() =>
      parseGlossary("terms:\n  - en: a\n    fr: carte sécuritaire\n    source: c\n    avoid: [Carte]\n", "g.yaml"),
    ).toThrow(/« Carte » is part of the preferred « carte sécuritaire »/);
  });
});
