import { describe, expect, it } from "vitest";
import { displayCase, isCapitalsLine, properNounForms } from "./case.ts";

describe("displayCase", () => {
  it("title-cases the English seed's headings, minor words in lower case", () => {
    expect(displayCase("THE SECURE FLOW OF GOODS", "en")).toBe("The Secure Flow of Goods");
    expect(displayCase("SECURE INFRASTRUCTURE", "en")).toBe("Secure Infrastructure");
    expect(displayCase("COORDINATION AND INFORMATION SHARING IN THE ENFORCEMENT OF THESE OBJECTIVES", "en")).toBe(
      "Coordination and Information Sharing in the Enforcement of These Objectives",
    );
  });

  it("capitalises the first and last words even when they are minor words", () => {
    expect(displayCase("THE PLAN", "en")).toBe("The Plan");
    expect(displayCase("WHAT TO LOOK FOR", "en")).toBe("What to Look For");
    expect(displayCase("A PLAN FOR THE NORTH", "en")).toBe("A Plan for the North");
  });

  it("capitalises each part of hyphenated and slashed words, and words after punctuation", () => {
    expect(displayCase("CROSS-BORDER CRIME", "en")).toBe("Cross-Border Crime");
    expect(displayCase("REFUGEE/ASYLUM CLAIMS", "en")).toBe("Refugee/Asylum Claims");
    expect(displayCase("(NEXUS) PROGRAMS", "en")).toBe("(Nexus) Programs");
    expect(displayCase("CANADA'S BORDER", "en")).toBe("Canada's Border");
  });

  it("collapses white space", () => {
    expect(displayCase("  SECURE \t INFRASTRUCTURE ", "en")).toBe("Secure Infrastructure");
  });

  it("sentence-cases French headings, accents included", () => {
    expect(displayCase("LA CIRCULATION SÉCURITAIRE DES BIENS", "fr")).toBe("La circulation sécuritaire des biens");
    expect(displayCase("UNE INFRASTRUCTURE SÉCURITAIRE", "fr")).toBe("Une infrastructure sécuritaire");
    expect(
      displayCase("LA COORDINATION ET L'ÉCHANGE D'INFORMATION AUX FINS DE L'ATTEINTE DE CES OBJECTIFS", "fr"),
    ).toBe("La coordination et l'échange d'information aux fins de l'atteinte de ces objectifs");
    expect(displayCase("ÉCHANGE D'INFORMATION", "fr")).toBe("Échange d'information");
  });

  it("in French, does not capitalise a letter that follows a leading number", () => {
    expect(displayCase("32 POINTS D'ACTION", "fr")).toBe("32 points d'action");
    expect(displayCase("« SÉCURITÉ » D'ABORD", "fr")).toBe("« Sécurité » d'abord");
  });
});

describe("isCapitalsLine", () => {
  it("accepts headings in capitals, accented ones included", () => {
    expect(isCapitalsLine("SECURE INFRASTRUCTURE")).toBe(true);
    expect(isCapitalsLine("LA CIRCULATION SÉCURITAIRE DES BIENS")).toBe(true);
    expect(isCapitalsLine("UNE INFRASTRUCTURE SÉCURITAIRE")).toBe(true);
    expect(isCapitalsLine("NAFTA")).toBe(true);
  });

  it("rejects lines with a lower-case letter", () => {
    expect(isCapitalsLine("32-point Action Plan")).toBe(false);
    expect(isCapitalsLine("SECURE INFRASTRUCTURe")).toBe(false);
    expect(isCapitalsLine("ÉTATS-UNIS é")).toBe(false);
  });

  it("rejects lines with fewer than four letters (initials, numbers, punctuation)", () => {
    expect(isCapitalsLine("É.-U.")).toBe(false);
    expect(isCapitalsLine("RCM")).toBe(false);
    expect(isCapitalsLine("2005-01-13")).toBe(false);
    expect(isCapitalsLine("| | |")).toBe(false);
    expect(isCapitalsLine("")).toBe(false);
  });
});

describe("proper nouns and acronyms in headings written in capitals", () => {
  const body = [
    "Resume NEXUS pilot project with Canada and the United States.",
    "Le Canada et les États-Unis élargiront NEXUS au transport aérien.",
  ];
  it("keeps the form the body text always uses", () => {
    const en = properNounForms([body[0]!], "en");
    expect(displayCase("EXPANDING NEXUS WITH THE UNITED STATES", "en", en)).toBe(
      "Expanding NEXUS with the United States",
    );
    const fr = properNounForms([body[1]!], "fr");
    expect(displayCase("LA COOPÉRATION AVEC LES ÉTATS-UNIS ET NEXUS", "fr", fr)).toBe(
      "La coopération avec les États-Unis et NEXUS",
    );
  });

  it("ignores capitals that only start a sentence, and words also written in lower case", () => {
    const forms = properNounForms(["Resume the pilot. Pilot projects resume in the pilot area."], "en");
    expect(forms.has("resume")).toBe(false);
    expect(forms.has("pilot")).toBe(false);
  });
});
