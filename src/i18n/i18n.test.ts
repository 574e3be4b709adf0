import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { fr } from "./fr.ts";
import { dictionaries, formatDate, t, tCount } from "./index.ts";

describe("dictionaries", () => {
  it("have the same keys in every language, none empty", () => {
    const keys = Object.keys(en).sort();
    for (const [lang, dict] of Object.entries(dictionaries)) {
      expect(Object.keys(dict).sort(), lang).toEqual(keys);
      for (const key of keys) expect((dict as Record<string, string>)[key]?.trim(), `${lang}: ${key}`).toBeTruthy();
    }
  });

  it("use the same placeholders in every language", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
  });

  it("write French with a non-breaking space before a colon, as the Government of Canada does", () => {
    for (const [key, value] of Object.entries(fr)) expect(value, key).not.toMatch(/[^\u00a0\u202f]:(\s|$)/);
  });

  it("write French with one apostrophe, no-break spaces in « » and narrow ones before ; ! ?", () => {
    for (const [key, value] of Object.entries(fr)) {
      expect(value, key).not.toContain("'");
      expect(value, key).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
      expect(value, key).not.toMatch(/(?<!\u202f)[;!?](\s|$)/);
      expect(value, key).not.toMatch(/\p{L} \/|\/ \p{L}/u);
    }
  });

  it("name no particular plan: its name, counts, dates and publisher come from the plan", () => {
    const planWords =
      /smart border|frontière intelligente|\b32\b|\b(four|quatre) (pillars|piliers)\b|foreign affairs|affaires étrangères|20\d\d|government of canada|gouvernement du canada/i;
    for (const [lang, dict] of Object.entries(dictionaries))
      for (const [key, value] of Object.entries(dict)) expect(value, `${lang}: ${key}`).not.toMatch(planWords);
  });

  it("count with the plural rules of each language", () => {
    expect(tCount("en", "items", 1)).toBe("1 item");
    expect(tCount("en", "items", 0)).toBe("0 items");
    expect(tCount("en", "pillars", 3)).toBe("3 pillars");
    // French counts 0 and 1 as singular, and groups thousands with a narrow no-break space.
    expect(tCount("fr", "items", 0)).toBe("0 mesure");
    expect(tCount("fr", "items", 1)).toBe("1 mesure");
    expect(tCount("fr", "pillars", 2)).toBe("2 piliers");
    expect(tCount("fr", "items", 3000)).toBe("3\u202f000 mesures");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "item.label", { number: 7 })).toBe("Item 7");
    expect(t("fr", "item.label", { number: 7 })).toBe("Mesure 7");
    expect(t("en", "item.label")).toBe("Item {number}");
  });

  it("formats dates per language", () => {
    expect(formatDate("en", "2005-01-13")).toBe("January 13, 2005");
    expect(formatDate("fr", "2005-01-13")).toBe("13 janvier 2005");
  });
});
