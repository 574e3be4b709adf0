import { describe, expect, it } from "vitest";
import { relativeUrl } from "./urls.ts";

describe("relativeUrl", () => {
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
