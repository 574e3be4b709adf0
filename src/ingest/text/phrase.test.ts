import { describe, expect, it } from "vitest";
import { findPhrase, hitText } from "./phrase.ts";
import { tokenize } from "./tokenize.ts";

const find = (line: string, phrase: string, lang: "en" | "fr" = "en") => {
  const tokens = tokenize(line, lang);
  const keys = tokenize(phrase, lang)
    .filter((t) => !t.stop)
    .map((t) => t.key);
  const hit = findPhrase(tokens, keys);
  return hit ? hitText(line, tokens, hit) : null;
};

describe("findPhrase", () => {
  it("matches across case and number, quoting the text as written", () => {
    expect(find("Deploy a secure card which includes a biometric identifier.", "Biometric Identifiers")).toBe(
      "biometric identifier",
    );
    expect(find("documentation such as permanent resident cards, NEXUS", "Permanent Resident Cards")).toBe(
      "permanent resident cards",
    );
  });

  it("skips a few function words but not punctuation", () => {
    expect(find("to enhance the managing of refugee claims.", "Managing Refugee Claims")).toBe(
      "managing of refugee claims",
    );
    expect(find("critical, infrastructure protection", "critical infrastructure protection")).toBeNull();
    expect(find("critical infrastructure (protection)", "critical infrastructure protection")).toBeNull();
  });

  it("reads through a slash alternative", () => {
    expect(find("Review refugee/asylum processing rules", "refugee processing")).toBe("refugee/asylum processing");
    expect(find("Review refugee/asylum processing rules", "asylum processing")).toBe("asylum processing");
  });

  it("needs the words in order and next to each other", () => {
    expect(find("cards for permanent residents", "permanent resident cards")).toBeNull();
    expect(
      find("critical links to infrastructure and its protection", "critical infrastructure protection"),
    ).toBeNull();
  });

  it("works in French with French stemming", () => {
    expect(find("les cartes des résidents permanents", "Cartes de résident permanent", "fr")).toBe(
      "cartes des résidents permanents",
    );
  });

  it("returns the first occurrence", () => {
    const line = "NEXUS cards and more NEXUS";
    const tokens = tokenize(line, "en");
    expect(findPhrase(tokens, ["NEXUS"])).toEqual({ first: 0, last: 0 });
  });
});
