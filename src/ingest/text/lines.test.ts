import { describe, expect, it } from "vitest";
import { continues, endsSentence, isTitleShaped, runsOn } from "./lines.ts";

describe("runsOn", () => {
  it("is true for a line cut before its end", () => {
    for (const line of [
      "COORDINATION IN THE",
      "Plan for the Safety of",
      "Reduce costs,",
      "as follows:",
      "l'échange d'",
      "Cross-",
    ])
      expect(runsOn(line), line).toBe(true);
  });
  it("is false for a line that can end there", () => {
    for (const line of ["32-point Action Plan", "Plan d'action en 32 points", "Body.", "THE SECURE FLOW OF GOODS"])
      expect(runsOn(line), line).toBe(false);
  });
});

describe("endsSentence", () => {
  it("sees full stops, question marks and closing quotes after them", () => {
    expect(endsSentence("Done.")).toBe(true);
    expect(endsSentence('He said "done."')).toBe(true);
    expect(endsSentence("(see item 4.)")).toBe(true);
    expect(endsSentence("Signed in January")).toBe(false);
  });
});

describe("isTitleShaped", () => {
  it("accepts short titles, also ending in an abbreviation", () => {
    for (const t of [
      "Biometric Identifiers",
      "Identificateurs biométriques",
      "Cooperation with the U.S.",
      "Why Borders?",
    ])
      expect(isTitleShaped(t), t).toBe(true);
  });
  it("refuses running text: lower case start, a clause or sentence end, too long", () => {
    for (const t of ["talks.", "Resume the", "Visit each site;", "It ends here.", "Word ".repeat(20).trim()])
      expect(isTitleShaped(t), t).toBe(false);
  });
});

describe("continues", () => {
  it("is true for a line that starts with a word a heading does not start with", () => {
    for (const line of ["OF GOODS", "and Information", "D’INFORMATION AUX FINS", "et de la police"])
      expect(continues(line), line).toBe(true);
    for (const line of ["THE SECURE FLOW", "La circulation", "L’ÉCHANGE", "Ordinary words", "Often"])
      expect(continues(line), line).toBe(false);
  });
});
