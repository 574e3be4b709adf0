import { describe, expect, it } from "vitest";
import { acronymOf, isBoundary, tokenize } from "./tokenize.ts";

const keys = (text: string, lang: "en" | "fr" = "en") => tokenize(text, lang).map((t) => t.key);

describe("tokenize", () => {
  it("stems words so singular and plural share a key", () => {
    expect(keys("Biometric Identifiers")).toEqual(keys("biometric identifier"));
    expect(keys("permanent resident cards")).toEqual(keys("Permanent Resident Card"));
    expect(keys("identificateurs biométriques", "fr")).toEqual(keys("Identificateur biometrique", "fr"));
  });

  it("keeps exact offsets of every token", () => {
    const text = "Resume in-transit preclearance (at Vancouver) per Annex I.";
    for (const t of tokenize(text, "en")) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("joins a bound prefix to its word, splits other hyphens", () => {
    expect(tokenize("in-transit flights", "en").map((t) => t.text)).toEqual(["in-transit", "flights"]);
    expect(keys("in-transit")).toEqual(keys("intransit"));
    expect(keys("bi-national")).toEqual(keys("binational"));
    expect(tokenize("Sarnia-Port Huron 32-point", "en").map((t) => t.text)).toEqual([
      "Sarnia",
      "Port",
      "Huron",
      "32",
      "point",
    ]);
    expect(keys("contre-terrorisme", "fr")).toEqual(keys("contreterrorisme", "fr"));
  });

  it("splits elisions and possessives, marking the short parts as function words", () => {
    const fr = tokenize("l'asile d'urgence", "fr");
    expect(fr.map((t) => [t.text, t.stop])).toEqual([
      ["l", true],
      ["asile", false],
      ["d", true],
      ["urgence", false],
    ]);
    expect(tokenize("Canada's system", "en").map((t) => [t.text, t.stop])).toEqual([
      ["Canada", false],
      ["s", true],
      ["system", false],
    ]);
  });

  it("recognises acronyms, dotted or plural, but not numerals or shouted headings", () => {
    const t = tokenize("NEXUS and U.S. IBETs under Annex II", "en");
    expect(t.filter((x) => x.kind === "acronym").map((x) => x.key)).toEqual(["NEXUS", "US", "IBET"]);
    expect(tokenize("THE SECURE FLOW OF GOODS", "en").some((x) => x.kind === "acronym")).toBe(false);
    expect(tokenize("aux É.-U.", "fr").at(-1)?.key).toBe("EU");
  });

  it("records the punctuation between tokens", () => {
    const t = tokenize("refugee/asylum practices, (and) more", "en");
    expect(t.map((x) => x.gap)).toEqual(["^", "/", "", ",(", ")"]);
    expect(t.map((x) => x.spaced)).toEqual([false, false, true, true, true]);
  });

  it("treats numbers and function words as stop tokens", () => {
    expect(tokenize("the 2001 agreement", "en").map((t) => t.stop)).toEqual([true, true, false]);
  });
});

describe("acronymOf", () => {
  it("accepts runs of capitals, with a plural s", () => {
    expect(acronymOf("NEXUS")).toBe("NEXUS");
    expect(acronymOf("IBETs")).toBe("IBET");
    expect(acronymOf("Nexus")).toBeNull();
    expect(acronymOf("I")).toBeNull();
    expect(acronymOf("II")).toBeNull();
    expect(acronymOf("IV")).toBeNull();
  });
});

describe("isBoundary", () => {
  it("lets slashes, hyphens and apostrophes through but not phrase punctuation", () => {
    expect(isBoundary("")).toBe(false);
    expect(isBoundary("/")).toBe(false);
    expect(isBoundary("'")).toBe(false);
    expect(isBoundary("^")).toBe(false);
    expect(isBoundary(",")).toBe(true);
    expect(isBoundary(".")).toBe(true);
    expect(isBoundary("(")).toBe(true);
  });
});
