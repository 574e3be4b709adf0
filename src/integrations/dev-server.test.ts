import { describe, expect, it } from "vitest";
import { devRoute } from "./dev-server.ts";

describe("devRoute", () => {
  it("serves a language home's file URL as the route Astro's dev server knows", () => {
    expect(devRoute("en/index.html")).toEqual({ kind: "rewrite", path: "en/index" });
    expect(devRoute("fr/index.html")).toEqual({ kind: "rewrite", path: "fr/index" });
  });

  it("leaves the splash page and every other page to Astro", () => {
    expect(devRoute("index.html")).toEqual({ kind: "astro" });
    expect(devRoute("")).toEqual({ kind: "astro" });
    expect(devRoute("en/items/1-x.html")).toEqual({ kind: "astro" });
    expect(devRoute("en/plan.json")).toEqual({ kind: "astro" });
  });

  it("builds the search script and the disk index of a published language, and serves Pagefind's files", () => {
    expect(devRoute("search/search.js")).toEqual({ kind: "client", name: "search" });
    expect(devRoute("search/mark.js")).toEqual({ kind: "client", name: "mark" });
    expect(devRoute("search/other.js")).toEqual({ kind: "astro" });
    expect(devRoute("fr/search-index.js")).toEqual({ kind: "disk-index", lang: "fr" });
    expect(devRoute("de/search-index.js")).toEqual({ kind: "astro" });
    expect(devRoute("pagefind/pagefind.js")).toEqual({ kind: "pagefind", file: "pagefind.js" });
  });
});
