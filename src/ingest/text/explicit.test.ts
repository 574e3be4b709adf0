import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findExplicit } from "./explicit.ts";

const refs = (line: string, lang: "en" | "fr" = "en") => findExplicit(line, lang).map((m) => [m.text, m.numbers]);

describe("findExplicit (English)", () => {
  it("reads single references after a reference word", () => {
    expect(refs("As agreed under item 4, share the lists.")).toEqual([["item 4", [4]]]);
    expect(refs("Point 12 sets the deadline.")).toEqual([["Point 12", [12]]]);
    expect(refs("Follows from item no. 7 and from point #9.")).toEqual([
      ["item no. 7", [7]],
      ["point #9", [9]],
    ]);
  });

  it("expands ranges written with a hyphen, an en dash or words", () => {
    expect(refs("Builds on items 8-10.")).toEqual([["items 8-10", [8, 9, 10]]]);
    expect(refs("Builds on items 8–10.")).toEqual([["items 8–10", [8, 9, 10]]]);
    expect(refs("Builds on items 8 to 10 and more.")).toEqual([["items 8 to 10", [8, 9, 10]]]);
    expect(refs("Builds on points 2 through 4.")).toEqual([["points 2 through 4", [2, 3, 4]]]);
  });

  it("reads lists, mixing ranges and single numbers", () => {
    expect(refs("Complements points 3 and 5.")).toEqual([["points 3 and 5", [3, 5]]]);
    expect(refs("See items 1, 2, and 6-7 for details.")).toEqual([["items 1, 2, and 6-7", [1, 2, 6, 7]]]);
    expect(refs("Either point 3 or 4 applies.")).toEqual([["point 3 or 4", [3, 4]]]);
  });

  it("reads bare numbers inside a parenthesised (see ...)", () => {
    expect(refs("Share the data (see 7).")).toEqual([["see 7", [7]]]);
    expect(refs("Share the data (see also 7 and 9).")).toEqual([["see also 7 and 9", [7, 9]]]);
    expect(refs("Share the data (see item 7 above).")).toEqual([["see item 7", [7]]]);
  });

  it("ignores years, counts, durations, annexes and other numbers", () => {
    expect(refs("Implement the Agreement signed in January 2001.")).toEqual([]);
    expect(refs("The 32-point Action Plan and the 12-point plan.")).toEqual([]);
    expect(refs("Ports open 24 hours a day for 7 years.")).toEqual([]);
    expect(refs("Expand per Annex I and Annex II of the Agreement.")).toEqual([]);
    expect(refs("At this point 24 hours later, 3 officers remained.")).toEqual([]);
    expect(refs("The figure rose to point 4.5 percent.")).toEqual([]);
    expect(refs("Resume (see 7 years of data).")).toEqual([]);
  });

  it("stops a list at a number that is a quantity", () => {
    expect(refs("Extends item 4 and 24 hours of service.")).toEqual([["item 4", [4]]]);
    expect(refs("Extends items 8 to 10 years.")).toEqual([["items 8", [8]]]);
  });

  it("gives exact offsets", () => {
    const line = "Per points 3 and 5, do it.";
    const [m] = findExplicit(line, "en");
    expect(m && line.slice(m.start, m.end)).toBe("points 3 and 5");
  });
});

describe("findExplicit (French)", () => {
  it("reads point, mesure, lists, ranges and (voir ...)", () => {
    expect(refs("Conformément au point 4, partager les listes.", "fr")).toEqual([["point 4", [4]]]);
    expect(refs("Voir la mesure 4.", "fr")).toEqual([["mesure 4", [4]]]);
    expect(refs("Complète les points 3 et 5.", "fr")).toEqual([["points 3 et 5", [3, 5]]]);
    expect(refs("S'appuie sur les mesures 8 à 10.", "fr")).toEqual([["mesures 8 à 10", [8, 9, 10]]]);
    expect(refs("Échanger les données (voir 7).", "fr")).toEqual([["voir 7", [7]]]);
    expect(refs("Échanger les données (voir le point 7 ci-dessus).", "fr")).toEqual([["voir le point 7", [7]]]);
  });

  it("ignores years, counts, durations, annexes and « mettre au point »", () => {
    expect(refs("Mettre en œuvre l'accord signé en janvier 2001.", "fr")).toEqual([]);
    expect(refs("Le plan d'action en 32 points.", "fr")).toEqual([]);
    expect(refs("Ouvert 24 heures sur 24 pendant 7 ans.", "fr")).toEqual([]);
    expect(refs("Conformément à l'annexe I et à l'annexe II.", "fr")).toEqual([]);
    expect(refs("Mettre au point 3 systèmes et mis au point 2 cartes.", "fr")).toEqual([]);
    expect(refs("Au point 4 heures, rien.", "fr")).toEqual([]);
  });
});

describe("findExplicit (properties)", () => {
  const word = fc.constantFrom("border", "security", "Annex", "January", "years", "hours", "plan", "the", "de", "ans");
  it("never reads a number that follows no reference word", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.nat(3000).map(String)), { maxLength: 20 }), (words) => {
        expect(findExplicit(words.join(" "), "en")).toEqual([]);
        expect(findExplicit(words.join(" "), "fr")).toEqual([]);
      }),
    );
  });

  it("quotes each match verbatim and lists only the numbers it contains (ranges expanded)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(word, fc.constantFrom("item", "items", "point", "and", "to", "-", ",", "(see", ")")), {
          maxLength: 12,
        }),
        fc.array(fc.nat(40), { maxLength: 6 }),
        (words, numbers) => {
          const line = words.map((w, i) => (i < numbers.length ? `${w} ${numbers[i]}` : w)).join(" ");
          for (const m of findExplicit(line, "en")) {
            expect(line.slice(m.start, m.end)).toBe(m.text);
            const written = (m.text.match(/\d+/g) ?? []).map(Number);
            for (const n of m.numbers) expect(n >= Math.min(...written) && n <= Math.max(...written)).toBe(true);
          }
        },
      ),
    );
  });
});
