import { describe, expect, it } from "vitest";
import { slugOf } from "./slug.ts";

describe("slugOf", () => {
  it("lower-cases and joins words with hyphens", () => {
    expect(slugOf("Biometric Identifiers")).toBe("biometric-identifiers");
    expect(slugOf("The Secure Flow of Goods")).toBe("the-secure-flow-of-goods");
  });

  it("turns slashes and runs of punctuation into a single hyphen", () => {
    expect(slugOf("Advance Passenger Information / Passenger Name Record")).toBe(
      "advance-passenger-information-passenger-name-record",
    );
    expect(slugOf("Refugee/Asylum Processing")).toBe("refugee-asylum-processing");
    expect(slugOf("Counter-Terrorism Legislation")).toBe("counter-terrorism-legislation");
  });

  it("transliterates accents and ligatures to ASCII", () => {
    expect(slugOf("Identificateurs biométriques")).toBe("identificateurs-biometriques");
    expect(slugOf("Sûreté aérienne")).toBe("surete-aerienne");
    expect(slugOf("Œuvre commune")).toBe("oeuvre-commune");
    expect(slugOf("Équipes intégrées")).toBe("equipes-integrees");
  });

  it("keeps words that are split by French elision apart", () => {
    expect(slugOf("Agents d'immigration à l'étranger")).toBe("agents-d-immigration-a-l-etranger");
  });

  it("does not split camel case", () => {
    expect(slugOf("NEXUS and FBI")).toBe("nexus-and-fbi");
    expect(slugOf("IBET/IMET")).toBe("ibet-imet");
  });

  it("is only ASCII lower case letters, digits and single inner hyphens", () => {
    for (const title of ["  Spaces  around  ", "«Guillemets»", "Rock & Roll", "A -- B", "32-point Action Plan"]) {
      expect(slugOf(title)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("falls back to 'untitled' when nothing is left", () => {
    expect(slugOf("")).toBe("untitled");
    expect(slugOf("???")).toBe("untitled");
  });
});
