import { describe, expect, it } from "vitest";
import { adjacentPairs, expansionSpans, namesIn, startsSentence, termsOf, titleVariants } from "./terms.ts";
import { tokenize } from "./tokenize.ts";

const en = (s: string) => tokenize(s, "en");

describe("termsOf", () => {
  it("keeps content words and acronyms, drops function words and numbers", () => {
    expect(termsOf(en("Share the data of 2001 with NEXUS"), new Set()).map((t) => t.term)).toEqual([
      "share",
      "data",
      "NEXUS",
    ]);
  });

  it("counts a spelled-out acronym as the acronym", () => {
    const acronyms = new Set(["US"]);
    const terms = termsOf(en("Canada and the United States agree"), acronyms);
    expect(terms.map((t) => t.term)).toEqual(["canada", "US", "agre"]);
    expect(terms[1]?.text).toBe("United States");
    expect(termsOf(en("united states"), acronyms).map((t) => t.term)).toEqual(["unit", "state"]);
  });
});

describe("expansionSpans", () => {
  it("finds the longest capitalised run spelling an acronym", () => {
    const spans = expansionSpans(en("the Royal Canadian Mounted Police and the RCMP"), new Set(["RCMP"]));
    expect([...spans]).toEqual([[1, { last: 4, acronym: "RCMP" }]]);
  });
});

describe("adjacentPairs", () => {
  it("pairs content words next to each other, across function words but not punctuation", () => {
    expect(adjacentPairs(en("intransit preclearance at Vancouver, and airports"))).toEqual([
      "intransit preclear",
      "preclear vancouv",
    ]);
  });
});

describe("titleVariants", () => {
  it("reads slashed alternatives and spaced slashes", () => {
    expect(titleVariants(en("Refugee/Asylum Processing"))).toEqual([
      ["refuge", "process"],
      ["asylum", "process"],
    ]);
    expect(titleVariants(en("Advance Passenger Information / Passenger Name Record"))).toEqual([
      ["advanc", "passeng", "inform"],
      ["passeng", "name", "record"],
    ]);
    expect(titleVariants(en("Managing of Refugee Claims"))).toEqual([["manag", "refuge", "claim"]]);
  });
});

describe("namesIn", () => {
  it("finds acronyms and capitalised multi-word names, not sentence openings", () => {
    // "Sign" and "Canada" open sentences; "and" joins two names rather than making one.
    expect(namesIn(en("Sign the Memorandum of Understanding with NEXUS. Canada and the United States agree."))).toEqual(
      [["memorandum", "understand"], ["NEXUS"], ["unit", "state"]],
    );
    expect(namesIn(en("strengthening the Cross-Border Crime Forum"))).toEqual([["cross", "border", "crime", "forum"]]);
  });
});

describe("startsSentence", () => {
  it("is true for the first token and after a full stop", () => {
    const t = en("Resume it. Expand it");
    expect([0, 1, 2, 3].map((i) => startsSentence(t, i))).toEqual([true, false, true, false]);
  });
});
