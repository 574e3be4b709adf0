import { describe, expect, it } from "vitest";
import { absoluteUrl, relativeUrl } from "./urls.ts";

/** Site paths of every depth the site has, and a few it does not (yet). */
const PATHS = [
  "index.html",
  "404.html",
  "favicon.svg",
  "en/index.html",
  "en/plan.html",
  "en/items/1-biometric-identifiers.html",
  "en/items/2-air.html",
  "en/pillars/1-people.html",
  "fr/index.html",
  "fr/mesures/1-identificateurs.html",
  "search/search.js",
  "pagefind/fragment/en_1.pf_fragment",
];

/** The three places one dist/ is opened from. */
const ROOTS = ["file:///home/reader/Downloads/dist/", "https://example.org/", "https://example.org/plan/"];

describe("relativeUrl", () => {
  it("links from the root, from a folder and from a sub-folder", () => {
    expect(relativeUrl("index.html", "en/index.html")).toBe("en/index.html");
    expect(relativeUrl("en/index.html", "en/plan.html")).toBe("plan.html");
    expect(relativeUrl("en/items/1-x.html", "en/index.html")).toBe("../index.html");
    expect(relativeUrl("en/items/1-x.html", "en/items/2-y.html")).toBe("2-y.html");
    expect(relativeUrl("en/items/1-x.html", "fr/mesures/1-x.html")).toBe("../../fr/mesures/1-x.html");
    expect(relativeUrl("en/items/1-x.html", "favicon.svg")).toBe("../../favicon.svg");
    expect(relativeUrl("en/plan.html", "en/items/1-x.html")).toBe("items/1-x.html");
  });

  it("links to the root itself as a folder ('../'), to the page itself by its file name", () => {
    expect(relativeUrl("en/search.html", "")).toBe("../");
    expect(relativeUrl("en/items/1-x.html", "")).toBe("../../");
    expect(relativeUrl("en/plan.html", "en/plan.html")).toBe("plan.html");
  });

  it("keeps anchors: on the same page the anchor alone, elsewhere after the path", () => {
    expect(relativeUrl("en/plan.html", "en/plan.html#item-7")).toBe("#item-7");
    expect(relativeUrl("en/items/1-x.html", "en/plan.html#item-7")).toBe("../plan.html#item-7");
    expect(relativeUrl("index.html", "en/index.html#main")).toBe("en/index.html#main");
  });

  it("never starts with '/', so it stays inside the site wherever the site is", () => {
    for (const from of PATHS) for (const to of PATHS) expect(relativeUrl(from, to)).not.toMatch(/^\//);
  });

  it("resolves, from every page to every page, to the same file from disk, at a root and under a sub-path", () => {
    for (const root of ROOTS)
      for (const from of PATHS)
        for (const to of [...PATHS, "en/plan.html#item-3"]) {
          const page = new URL(from, root);
          expect(new URL(relativeUrl(from, to), page).href, `${root} ${from} → ${to}`).toBe(new URL(to, root).href);
        }
  });
});

describe("absoluteUrl", () => {
  it("joins a site path to the site's base, with or without its final slash", () => {
    expect(absoluteUrl("https://example.org/", "en/index.html")).toBe("https://example.org/en/index.html");
    expect(absoluteUrl("https://example.org/plan", "en/index.html")).toBe("https://example.org/plan/en/index.html");
    expect(absoluteUrl("https://example.org/plan/", "")).toBe("https://example.org/plan/");
  });
});

describe("relativeUrl with a query or hash", () => {
  it("links between pages relatively", () => {
    expect(relativeUrl("en/search.html", "en/items/7-x.html")).toBe("items/7-x.html");
    expect(relativeUrl("en/items/7-x.html", "download/p.zip")).toBe("../../download/p.zip");
    expect(relativeUrl("en/items/7-x.html", "en/items/7-x.html#top")).toBe("#top");
  });

  it("keeps a query and a hash", () => {
    expect(relativeUrl("en/search.html", "en/items/7-x.html?mark=nexus")).toBe("items/7-x.html?mark=nexus");
    expect(relativeUrl("fr/recherche.html", "fr/mesures/7-y.html?mark=a+b#x")).toBe("mesures/7-y.html?mark=a+b#x");
    expect(relativeUrl("en/search.html", "en/search.html?q=x")).toBe("search.html?q=x");
  });
});
