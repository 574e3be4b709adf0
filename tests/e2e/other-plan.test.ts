/**
 * A site built from another plan (tests/fixtures/other-plan: 12 items, three pillars, another
 * publisher, English only) through the real CLI and astro build. Every page, read in Chromium
 * from disk and over HTTP under a sub-path, speaks of that plan: none names the seed's plan, its
 * counts, its date or its department; there is no language toggle and no link to a French page;
 * and every link leads to a page or anchor that exists.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildFixtureSite, removeFixtureSite } from "./fixture-site.ts";
import { fileOrigin, htmlPages, httpOrigin, launchBrowser, serve, sitePathOf, type Origin } from "./harness.ts";

const FIXTURE = "tests/fixtures/other-plan";
const words = (
  parse(readFileSync(`${FIXTURE}/en/plan.yaml`, "utf8")) as {
    site: { name: string; tagline: string; publisher: string; history: string[]; issued: string };
  }
).site;
/** The seed's facts: its name, counts, date and department, in either language. */
const SEED_WORDS =
  /smart border|frontière intelligente|\b32\b|december 2001|décembre 2001|foreign affairs|affaires étrangères|international trade|commerce international|government of canada|gouvernement du canada|\bfour pillars\b/i;

describe("a site built from another plan, in English only", () => {
  let site: ReturnType<typeof buildFixtureSite>;
  let browser: Browser;
  let origins: Origin[];
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = buildFixtureSite(FIXTURE);
    browser = await launchBrowser();
    server = await serve(site.dist, "/plan/");
    origins = [fileOrigin(site.dist), httpOrigin("http sub-path", server.origin, "/plan/")];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeFixtureSite(site);
  });

  it("has the English pages of its 12 items and 3 pillars, and no French page", () => {
    const pages = htmlPages(site.dist);
    expect(pages.filter((p) => p.startsWith("en/items/"))).toHaveLength(12);
    expect(pages.filter((p) => p.startsWith("en/pillars/"))).toHaveLength(3);
    expect(pages.filter((p) => p.startsWith("fr/"))).toEqual([]);
    expect(existsSync(join(site.dist, "fr"))).toBe(false);
  });

  it("says on every page what this plan is, and nothing about the seed's", async () => {
    const page = await browser.newPage();
    const found: string[] = [];
    const texts = new Map<string, string>();
    for (const path of htmlPages(site.dist)) {
      await page.goto(origins[0]!.url(path));
      const seen = await page.evaluate(() => ({
        text: document.body.innerText,
        title: document.title,
        meta: [...document.querySelectorAll("meta[content]")]
          .filter((m) => m.getAttribute("http-equiv") === null)
          .map((m) => m.getAttribute("content")!),
        labels: [...document.querySelectorAll("[aria-label], [title]")].map(
          (e) => `${e.getAttribute("aria-label") ?? ""} ${e.getAttribute("title") ?? ""}`,
        ),
        toggle: document.querySelectorAll(".lang-toggle, [hreflang=fr], [lang=fr]").length,
        alternates: document.querySelectorAll('link[rel="alternate"], meta[property="og:locale:alternate"]').length,
      }));
      const all = [seen.title, seen.text, ...seen.meta, ...seen.labels].join("\n");
      const hit = SEED_WORDS.exec(all);
      if (hit) found.push(`${path}: "${hit[0]}" in …${all.slice(Math.max(0, hit.index - 40), hit.index + 40)}…`);
      if (seen.toggle) found.push(`${path}: ${seen.toggle} French toggle, link or text`);
      if (seen.alternates) found.push(`${path}: ${seen.alternates} hreflang or og:locale alternates`);
      texts.set(path, seen.text.replace(/\s+/g, " "));
    }
    expect(found).toEqual([]);

    const home = texts.get("en/index.html")!;
    expect(home).toContain(words.name);
    expect(home).toContain(words.tagline);
    expect(home).toContain(words.history[0]);
    expect(home).toContain(`The page “Harbour Safety Compact” (${words.publisher}) has 12 items in 3 pillars.`);
    expect(home).toContain(`Original text ${words.publisher}, in English.`);
    // The footer of every page names the publisher; no page mentions a translation.
    for (const [path, text] of texts) {
      if (path === "404.html" || path === "index.html") continue;
      expect(text, path).toContain(`${words.publisher}, in English.`);
      expect(text, path).not.toMatch(/translation/i);
    }
    expect(texts.get("en/pillars/3-shared-watch.html")).toContain("3 items");
    const about = texts.get("en/about.html")!;
    expect(about).toContain("last updated on June 4, 2019");
    expect(about).toContain(words.publisher);
    await page.goto(origins[0]!.url("en/about.html"));
    expect(await page.getByRole("link", { name: "Read the original page" }).getAttribute("href")).toBe(
      "https://example.org/harbours/compact.html",
    );
    await page.goto(origins[0]!.url("en/items/4-night-navigation.html"));
    const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute("content");
    expect(await meta("dcterms.creator")).toBe(words.publisher);
    expect(await meta("dcterms.issued")).toBe(words.issued);
    expect(await meta("dcterms.modified")).toBe("2019-06-04");
    expect(await page.locator('meta[property="og:site_name"]').getAttribute("content")).toBe(words.name);
    await page.close();
  });

  it.each([0, 1])("every link of every page leads to an existing page and anchor (origin %i)", async (index) => {
    const origin = origins[index]!;
    const page = await browser.newPage();
    const broken: string[] = [];
    for (const path of htmlPages(site.dist)) {
      // 404.html links root-absolute through the configured BASE ("/" here): only a server at that base shows it.
      if (path === "404.html") continue;
      await page.goto(origin.url(path));
      const links = await page.$$eval("a[href], link[rel=icon]", (els) =>
        els.map((e) => new URL(e.getAttribute("href")!, document.baseURI).href),
      );
      for (const href of links) {
        const target = sitePathOf(origin, href);
        if (target === null) {
          if (!/^https?:\/\//.test(href) || href.startsWith(server.origin))
            broken.push(`${path}: ${href} leaves the site`);
          continue;
        }
        if (!existsSync(join(site.dist, target)) || target === "" || target.endsWith("/"))
          broken.push(`${path}: ${href} → missing ${target}`);
        const hash = new URL(href).hash.slice(1);
        if (hash && target.endsWith(".html") && !readFileSync(join(site.dist, target), "utf8").includes(`id="${hash}"`))
          broken.push(`${path}: ${href} → no #${hash}`);
      }
    }
    expect(broken).toEqual([]);
    await page.close();
  });
});
