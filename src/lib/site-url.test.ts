import { describe, expect, it } from "vitest";
import { basePath, siteUrl } from "./site-url.ts";

// Vitest, like Astro with no `base`, sets import.meta.env.BASE_URL to "/".
describe("siteUrl", () => {
  it("is the site's absolute URL of a site path, or of the root", () => {
    expect(siteUrl(new URL("https://example.gc.ca"), "en/index.html")).toBe("https://example.gc.ca/en/index.html");
    expect(siteUrl(new URL("https://example.gc.ca/"))).toBe("https://example.gc.ca/");
    expect(siteUrl(undefined, "sitemap.xml")).toBe("https://example.org/sitemap.xml");
  });

  it("has a base path that ends in '/'", () => {
    expect(basePath()).toBe("/");
  });
});
