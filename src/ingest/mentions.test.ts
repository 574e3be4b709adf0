import { describe, expect, it } from "vitest";
import { mentionPhrases } from "./mentions.ts";
import type { Reference } from "./model.ts";

const ref = (to: number, evidence: string, kind: Reference["kind"] = "mention"): Reference => ({
  to,
  kind,
  evidence,
});

describe("mentionPhrases", () => {
  it("gives each paragraph's text exactly, with the first mention of each reference linked", () => {
    const body = ["Expand NEXUS lanes at <b>ports</b> {x}; NEXUS again.", "See item 4 and NEXUS."];
    const phrases = mentionPhrases(body, [ref(2, "NEXUS"), ref(4, "item 4", "explicit"), ref(9, "lanes", "related")]);
    expect(phrases.map((p) => p.map((c) => c.text).join(""))).toEqual(body);
    expect(phrases.flat().filter((c) => c.href)).toEqual([
      { text: "NEXUS", href: "item:2" },
      { text: "item 4", href: "item:4" },
    ]);
  });

  it("links nothing when no evidence is in the text", () => {
    expect(mentionPhrases(["Plain text."], [ref(3, "absent")])).toEqual([[{ text: "Plain text." }]]);
  });
});
