import { describe, expect, it } from "vitest";
import { stem } from "./stem.ts";
import { fold, isStopword } from "./stopwords.ts";

describe("stem", () => {
  it("stems English with the snowball English stemmer", () => {
    expect(stem("en", "identifiers")).toBe(stem("en", "identifier"));
    expect(stem("en", "Cards")).toBe("card");
    expect(stem("en", "designation")).toBe(stem("en", "designated"));
    expect(stem("en", "preclearance")).not.toBe(stem("en", "clearance"));
  });

  it("stems French and folds accents after stemming", () => {
    expect(stem("fr", "réfugiés")).toBe(stem("fr", "réfugié"));
    expect(stem("fr", "réfugiés")).toBe("refugi");
    expect(stem("fr", "sécurité")).toBe("secur");
    expect(stem("fr", "mesures")).toBe("mesur");
  });
});

describe("stop words", () => {
  it("knows English and French function words, accents or not", () => {
    expect(isStopword("en", "The")).toBe(true);
    expect(isStopword("en", "border")).toBe(false);
    expect(isStopword("fr", "à")).toBe(true);
    expect(isStopword("fr", "été")).toBe(true);
    expect(isStopword("fr", "frontière")).toBe(false);
    expect(fold("Été")).toBe("ete");
  });
});
