import { describe, expect, it } from "vitest";
import { foldAccents } from "./fold.ts";

describe("foldAccents", () => {
  it("lower-cases and strips diacritics, leaving plain words as they are", () => {
    expect(foldAccents("Été")).toBe("ete");
    expect(foldAccents("Préclearance")).toBe("preclearance");
    expect(foldAccents("biométriques")).toBe("biometriques");
    expect(foldAccents("border")).toBe("border");
    expect(foldAccents("ÉTATS-UNIS")).toBe("etats-unis");
  });
});
