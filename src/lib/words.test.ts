import { describe, expect, it } from "vitest";
import { attribution, byPublisher, planVars, resolveWords, type WordsSource } from "./words.ts";

const source = (over: Partial<WordsSource> = {}): WordsSource => ({
  lang: "en",
  words: resolveWords(undefined, undefined, "A Plan"),
  items: [1, 2, 3],
  pillars: [1],
  translation: null,
  original: { lang: "en", title: "A Plan" },
  ...over,
});

describe("resolveWords", () => {
  it("names the site after the plan's own title when the sidecar does not", () => {
    expect(resolveWords(undefined, undefined, "Harbour Compact")).toEqual({
      name: "Harbour Compact",
      history: [],
      notes: [],
    });
  });

  it("takes a translation's facts from the original, but never its wording", () => {
    const original = { name: "Compact", tagline: "2019", publisher: "Port", url: "https://x.test/", history: ["H"] };
    expect(resolveWords({ name: "Pacte" }, original, "Titre")).toEqual({
      name: "Pacte",
      publisher: "Port",
      url: "https://x.test/",
      history: [],
      notes: [],
    });
    expect(resolveWords({ publisher: "Port (fr)" }, original, "Titre").publisher).toBe("Port (fr)");
  });
});

describe("planVars", () => {
  it("counts items and pillars by each language's plural rules", () => {
    expect(planVars(source())).toEqual({ name: "A Plan", items: "3 items", pillars: "1 pillar" });
    expect(planVars(source({ lang: "fr", items: [1], pillars: [1, 2] }))).toMatchObject({
      items: "1 mesure",
      pillars: "2 piliers",
    });
  });
});

describe("attribution", () => {
  const words = resolveWords({ publisher: "Port Authority" }, undefined, "A Plan");

  it("names the original's publisher and language", () => {
    expect(attribution(source({ words }))).toEqual([{ term: "Original text", detail: "Port Authority, in English." }]);
    expect(attribution(source())).toEqual([{ term: "Original text", detail: "In English." }]);
    expect(byPublisher(source({ words }))).toBe(" (Port Authority)");
    expect(byPublisher(source())).toBe("");
  });

  it("says a French page's text is the site's own unofficial translation of an English original", () => {
    const fr = source({ lang: "fr", words, translation: { of: "en", official: false, partial: false } });
    expect(attribution(fr)).toEqual([
      { term: "Texte original", detail: "Port Authority, en anglais." },
      { term: "Traduction", detail: "Traduction française non officielle, faite pour ce site." },
    ]);
    const official = { ...fr, translation: { of: "en" as const, official: true, partial: false } };
    expect(attribution(official)[1]!.detail).toBe("Traduction française officielle.");
  });
});
