import { describe, expect, it } from "vitest";
import { fold, isStopword } from "./stopwords.ts";

describe("stop words", () => {
  it("knows English and French function words, accents or not", () => {
    expect(isStopword("en", "The")).toBe(true);
    expect(isStopword("en", "border")).toBe(false);
    expect(isStopword("fr", "à")).toBe(true);
    expect(isStopword("fr", "été")).toBe(true);
    expect(isStopword("fr", "frontière")).toBe(false);
  });

  it("folds case and accents", () => {
    expect(fold("Été")).toBe("ete");
    expect(fold("Réfugiés")).toBe("refugies");
    expect(fold("border")).toBe("border");
  });
});
