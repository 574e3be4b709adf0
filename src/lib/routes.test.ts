import { describe, expect, it } from "vitest";
import {
  homePath,
  itemPath,
  itemsCsvPath,
  notFoundPath,
  pagePath,
  pillarPath,
  planJsonPath,
  splashPath,
} from "./routes.ts";

describe("routes", () => {
  it("put each language's pages under its folder, in its own words", () => {
    expect(homePath("fr")).toBe("fr/index.html");
    expect(itemPath("en", { number: 3, slug: "nexus" })).toBe("en/items/3-nexus.html");
    expect(itemPath("fr", { number: 3, slug: "nexus" })).toBe("fr/mesures/3-nexus.html");
    expect(pillarPath("en", { number: 2, id: "goods" })).toBe("en/pillars/2-goods.html");
    expect(pillarPath("fr", { number: 2, id: "biens" })).toBe("fr/piliers/2-biens.html");
    expect(pagePath("en", "search")).toBe("en/search.html");
    expect(pagePath("fr", "search")).toBe("fr/recherche.html");
    expect(pagePath("fr", "about")).toBe("fr/a-propos.html");
    expect(planJsonPath("fr")).toBe("fr/plan.json");
    expect(itemsCsvPath("fr")).toBe("fr/mesures.csv");
  });

  it("are site paths: no leading '/', always a file name", () => {
    const paths = [
      splashPath(),
      notFoundPath(),
      homePath("en"),
      itemPath("en", { number: 1, slug: "x" }),
      pagePath("en", "map"),
      pagePath("fr", "plan"),
    ];
    for (const path of paths) expect(path, path).toMatch(/^[^/].*\/?[^/]+\.[a-z]+$/);
  });
});
