/** Blocks through the parser: body paragraphs from hard-wrapped lines and blank lines. */
import { describe, expect, it } from "vitest";
import { footer, parse } from "./testing.ts";

describe("parsePlan on small sources", () => {
  it("joins hard-wrapped body lines and keeps blank-line paragraph breaks", () => {
    const text =
      "Plan\n\nPILLAR\n\n1) Item\n\nFirst line of the body\n  wrapped and\tindented.\n\nSecond paragraph\nalso wrapped.\n\n\n\nThird." +
      footer;
    const item = parse(text).plan!.items[0]!;
    expect(item.body).toEqual([
      "First line of the body wrapped and indented.",
      "Second paragraph also wrapped.",
      "Third.",
    ]);
    expect(item.bodyLines).toEqual([7, 10, 15]);
  });
});
