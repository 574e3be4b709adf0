import { describe, expect, it } from "vitest";
import { chromeLines, isMenu } from "./chrome.ts";

const marked = (lines: string[]) => lines.filter((_, i) => chromeLines(lines)[i]);

describe("chromeLines", () => {
  it("marks menus: a bar, a hard-wrapped bar, and words beside lone | lines", () => {
    expect(marked(["Home | Help | Contact", "Text."])).toEqual(["Home | Help | Contact"]);
    expect(isMenu(["Our Services | Passport", "| Visas | Trade", "and Investment"], 0)).toBe(true);
    expect(marked(["Home", "|", "News", "Title"])).toEqual(["Home", "|", "News"]);
    expect(marked(["A | B is a choice.", "Text."])).toEqual([]);
  });

  it("marks a release header: the phrase, the office below it and the date", () => {
    const header = ["For Immediate Release", "Office of the Harbour Master", "Port Services", "March 3, 2004", "Title"];
    expect(marked(header)).toEqual(header.slice(0, 4));
    expect(marked(["Pour diffusion immédiate", "Cabinet du ministre", "le 3 mars 2004", "Titre"])).toHaveLength(3);
    // With no date below it, only the phrase itself.
    expect(marked(["For Immediate Release", "Office", "Title", "Body."])).toEqual(["For Immediate Release"]);
  });

  it("marks date lines, labelled dates and end marks, not sentences with dates", () => {
    expect(marked(["Last Updated:", "2005-01-13", "Date de modification : 2005-01-13", "- 30 -", "###"])).toHaveLength(
      5,
    );
    expect(marked(["Signed on January 7, 2002 by both ministers at the border."])).toEqual([]);
  });
});
