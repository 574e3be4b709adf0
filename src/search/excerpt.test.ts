import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt.ts";

const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join("");
const is =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w.toLowerCase());

describe("excerpt", () => {
  it("marks matched words and keeps a short text whole", () => {
    expect(marked(excerpt("Resume NEXUS pilot project, with NEXUS cards.", is("nexus")))).toBe(
      "Resume [NEXUS] pilot project, with [NEXUS] cards.",
    );
  });

  it("cuts a long text around the densest matches, with ellipses", () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    words[25] = "border";
    words[27] = "border";
    const text = words.join(" ") + ".";
    expect(marked(excerpt(text, is("border"), 10))).toBe("… w22 w23 w24 [border] w26 [border] w28 w29 w30 w31 …");
    // A match at the very start: no leading ellipsis.
    expect(marked(excerpt(`w ${text}`, is("w"), 4))).toBe("[w] w0 w1 w2 …");
    // The end of the text: no trailing ellipsis, and its final punctuation kept.
    expect(marked(excerpt(text, is("w39"), 5))).toBe("… w35 w36 w37 w38 [w39].");
  });

  it("handles accents and punctuation inside words", () => {
    expect(marked(excerpt("l'échange d'information", is("échange")))).toBe("l'[échange] d'information");
    expect(marked(excerpt("preclearance/post-clearance,", is("preclearance")))).toBe("[preclearance]/post-clearance,");
  });

  it("returns nothing for empty text", () => {
    expect(excerpt("", () => true)).toEqual([]);
  });
});
