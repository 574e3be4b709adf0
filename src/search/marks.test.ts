import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { MARK_LOADER } from "./loader.ts";
import { markQuery } from "./mark-query.ts";
import { readMarks, titleWords, wordsOfTokens } from "./marks.ts";

describe("mark words in the URL", () => {
  it("folds, dedupes and round-trips the words", () => {
    expect(markQuery(["Préclearance", "preclearance", "NEXUS"])).toBe("?mark=preclearance+nexus");
    expect([...readMarks("?mark=preclearance+nexus")]).toEqual(["preclearance", "nexus"]);
    expect([...readMarks("?q=x&mark=Pr%C3%A9contr%C3%B4le")]).toEqual(["precontrole"]);
  });

  it("gives nothing to mark for no words, single letters or markup", () => {
    expect(markQuery([])).toBe("");
    expect(markQuery(["l", "d"])).toBe("");
    expect([...readMarks("")]).toEqual([]);
    // Only words come out: the page marks text, it never parses what the URL says.
    expect([...readMarks("?mark=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]).toEqual(["script", "alert", "1"]);
  });

  it("leaves out function words, unless they are all that matched", () => {
    expect(markQuery(["secure", "flow", "of", "goods"])).toBe("?mark=secure+flow+goods");
    expect(markQuery(["circulation", "des", "biens"])).toBe("?mark=circulation+biens");
    expect(markQuery(["the"])).toBe("?mark=the");
  });

  it("keeps at most 12 words", () => {
    const words = Array.from({ length: 20 }, (_, i) => `word${i}`);
    expect(readMarks(markQuery(words)).size).toBe(12);
  });
});

describe("matched words from Pagefind's tokens", () => {
  it("takes the parts of a token that a query term begins", () => {
    expect(wordsOfTokens(["preclearance/post-clearance,", "Preclearance"], "preclearance")).toEqual(["preclearance"]);
    expect(wordsOfTokens(["pre-processing"], "process")).toEqual(["processing"]);
  });

  it("takes the whole token on a stem match that no query term begins", () => {
    expect(wordsOfTokens(["frontalière."], "frontalières")).toEqual(["frontaliere"]);
  });

  it("finds the title's words that the query begins or the body matched", () => {
    expect(titleWords("7. Air Preclearance", "preclear", [])).toEqual(["preclearance"]);
    expect(titleWords("16. Installations frontalières", "frontaliers", ["frontalieres"])).toEqual(["frontalieres"]);
    expect(titleWords("1. Biometric Identifiers", "nexus", ["nexus"])).toEqual([]);
  });
});

describe("the mark loader", () => {
  const run = (search: string) => {
    const appended: { src: string }[] = [];
    const document = {
      currentScript: { dataset: { src: "../../search/mark.js" } },
      createElement: () => ({ src: "" }),
      head: { append: (el: { src: string }) => appended.push(el) },
    };
    runInNewContext(MARK_LOADER, { document, location: { search } });
    return appended.map((el) => el.src);
  };

  it("loads mark.js only when the URL asks for marks", () => {
    expect(run("")).toEqual([]);
    expect(run("?q=mark")).toEqual([]);
    expect(run("?mark=nexus")).toEqual(["../../search/mark.js"]);
    expect(run("?x=1&mark=nexus")).toEqual(["../../search/mark.js"]);
  });
});
