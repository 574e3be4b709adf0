import { describe, expect, it } from "vitest";
import { nonBlankLines, squash } from "./source-lines.ts";

describe("nonBlankLines", () => {
  it("numbers the non-blank lines from 1 and counts paragraphs across blank and white-space lines", () => {
    const lines = nonBlankLines("TITLE\n  Body\tline \n\n \t\nNext one\n\n");
    expect(lines.map((l) => [l.no, l.text, l.paragraph, l.capitals])).toEqual([
      [1, "TITLE", 1, true],
      [2, "Body line", 1, false],
      [5, "Next one", 2, false],
    ]);
    expect(lines[1]!.raw).toBe("  Body\tline ");
  });
});

describe("squash", () => {
  it("trims and collapses runs of white space", () => {
    expect(squash("  a\t b\n\nc  ")).toBe("a b c");
  });
});
