import { describe, expect, it } from "vitest";
import { stem } from "./stem.ts";

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
