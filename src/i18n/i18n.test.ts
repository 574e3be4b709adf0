import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { fr } from "./fr.ts";
import { dictionaries, formatDate, t } from "./index.ts";

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
