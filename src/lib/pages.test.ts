import { describe, expect, it } from "vitest";
import type { Lang } from "../ingest/model.ts";
import { routeParam, sitePages } from "./pages.ts";
import { itemPath, pillarPath } from "./routes.ts";
import type { SitePlan } from "./site.ts";
import type { Site } from "./site-langs.ts";

/** A small plan that is not the seed: two pillars, three items, in each language's own words. */
function sitePlan(lang: Lang, words: string[]): SitePlan {
  const pillars = [
    { number: 1, id: `${words[0]}`, items: [1, 2] },
    { number: 2, id: `${words[1]}`, items: [3] },
  ].map((p) => ({ ...p, title: p.id, textLang: lang, supplied: false, path: pillarPath(lang, p) }));
  const items = [1, 2, 3].map((number) => {
    const slug = `${words[2]}-${number}`;
    return { number, slug, pillar: number < 3 ? 1 : 2, path: itemPath(lang, { number, slug }) };
  });
  return {
    lang,
    pillars,
    items,
    item: (n: number) => items.find((i) => i.number === n)!,
    pillar: (n: number) => pillars.find((p) => p.number === n)!,
  } as unknown as SitePlan;
}

const site = { en: sitePlan("en", ["harbours", "rails", "gate"]), fr: sitePlan("fr", ["ports", "rails", "porte"]) };

describe("sitePages", () => {
  const pages = sitePages(site);

  it("has every page of each language once: home, pillars, items and the four single pages", () => {
    for (const lang of ["en", "fr"] as const) {
      const mine = pages.filter((p) => p.lang === lang);
      expect(mine.map((p) => p.kind).sort()).toEqual(
        ["home", "pillar", "pillar", "item", "item", "item", "plan", "map", "about", "search"].sort(),
      );
    }
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain("fr/mesures/2-porte-2.html");
    expect(paths).toContain("en/pillars/2-rails.html");
  });

  it("pairs each page with its twin: the alternate is a page of the other language that points back", () => {
    const byPath = new Map(pages.map((p) => [p.path, p]));
    for (const page of pages) {
      const twin = byPath.get(page.alternate!);
      expect(twin, page.path).toBeDefined();
      expect(twin!.lang).not.toBe(page.lang);
      expect(twin!.kind).toBe(page.kind);
      expect(twin!.alternate).toBe(page.path);
    }
    expect(byPath.get("en/items/3-gate-3.html")!.alternate).toBe("fr/mesures/3-porte-3.html");
  });
});

describe("routeParam", () => {
  it("drops .html only at the end", () => {
    expect(routeParam("en/items/1-x.html")).toBe("en/items/1-x");
    expect(routeParam("en/html.html")).toBe("en/html");
    expect(routeParam("en/plan.json")).toBe("en/plan.json");
  });
});

describe("sitePages on a one-language site", () => {
  it("has that language's pages only, each with no twin", () => {
    const one: Site = { en: site.en };
    const pages = sitePages(one);
    expect(pages).toHaveLength(1 + 2 + 3 + 4);
    expect(new Set(pages.map((p) => p.lang))).toEqual(new Set(["en"]));
    expect(pages.every((p) => p.alternate === null)).toBe(true);
  });
});
