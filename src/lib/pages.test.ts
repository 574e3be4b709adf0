import { describe, expect, it } from "vitest";
import { sitePages } from "./pages.ts";
import type { Site } from "./site-langs.ts";
import type { SitePlan } from "./site.ts";

/** A plan of one pillar and two items, enough for the page table. */
const plan = (lang: "en" | "fr"): SitePlan => {
  const items = [1, 2].map((number) => ({ number, path: `${lang}/i/${number}.html` }));
  const pillars = [{ number: 1, path: `${lang}/p/1.html` }];
  return {
    lang,
    items,
    pillars,
    item: (n: number) => items[n - 1],
    pillar: (n: number) => pillars[n - 1],
  } as unknown as SitePlan;
};

describe("sitePages", () => {
  it("pairs every page with its twin on a two-language site", () => {
    const pages = sitePages({ en: plan("en"), fr: plan("fr") });
    expect(pages).toHaveLength(2 * (1 + 1 + 2 + 4));
    expect(pages.find((p) => p.path === "en/i/2.html")?.alternate).toBe("fr/i/2.html");
    expect(pages.find((p) => p.path === "fr/index.html")?.alternate).toBe("en/index.html");
  });

  it("has one language's pages, with no twin, on a one-language site", () => {
    const site: Site = { en: plan("en") };
    const pages = sitePages(site);
    expect(pages).toHaveLength(1 + 1 + 2 + 4);
    expect(new Set(pages.map((p) => p.lang))).toEqual(new Set(["en"]));
    expect(pages.every((p) => p.alternate === null)).toBe(true);
  });
});
