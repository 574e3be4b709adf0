/**
 * The reading site as a reader meets it: from disk (file://), over HTTP at the root and
 * under a sub-path. Walks home → pillar → item → next/previous, follows every link of every
 * page, and runs axe on each page type in light and dark.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DIST,
  headingText,
  htmlPages,
  pageOfEachType,
  sitePathOf,
  useBrowserAndOrigins,
  watchProblems,
} from "./harness.ts";

/** Browser and origins (file, HTTP root, HTTP sub-path), set up before the tests. */
const env = useBrowserAndOrigins();
const origins = env.origins;

const plan = JSON.parse(readFileSync("content/en/plan.json", "utf8")) as {
  items: { number: number; title: string }[];
  pillars: { title: string; items: number[] }[];
};

describe.each([0, 1, 2])("origin %i", (index) => {
  it("walks home → pillar → item → next → previous", async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("index.html"));
    await page.getByRole("link", { name: "English", exact: true }).click();
    await expect.poll(() => sitePathOf(origin, page.url())).toBe("en/index.html");
    await expect.poll(() => headingText(page)).toContain("32-point Action Plan");

    const goods = plan.pillars[1]!;
    await page.getByRole("link", { name: goods.title, exact: true }).first().click();
    await expect.poll(() => headingText(page)).toBe(goods.title);
    const first = plan.items.find((i) => i.number === goods.items[0])!;
    await page.getByRole("link", { name: first.title, exact: true }).click();
    await expect.poll(() => headingText(page)).toBe(`${first.number}. ${first.title}`);
    expect(sitePathOf(origin, page.url())).toMatch(new RegExp(`^en/items/${first.number}-[a-z0-9-]+\\.html$`));

    await page.getByRole("link", { name: /^Next/ }).click();
    await expect.poll(() => headingText(page)).toBe(`${first.number + 1}. ${plan.items[first.number]!.title}`);
    await page.getByRole("link", { name: /^← Previous/ }).click();
    await expect.poll(() => headingText(page)).toBe(`${first.number}. ${first.title}`);
    // Across pillars: the item before the first of pillar 2 is the last of pillar 1.
    await page.getByRole("link", { name: /^← Previous/ }).click();
    await expect.poll(() => headingText(page)).toBe(`${first.number - 1}. ${plan.items[first.number - 2]!.title}`);
    // Styles load: the header has its dark band (inline stylesheet).
    const band = await page.locator(".site-header").evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(band).not.toBe("rgba(0, 0, 0, 0)");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("every link of every page leads to an existing page and anchor", async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const broken: string[] = [];
    for (const path of htmlPages()) {
      if (path === "404.html" && origin.name === "file://") continue; // only a server shows it, at any depth
      await page.goto(origin.url(path));
      const links = await page.$$eval("a[href], link[rel=icon], link[rel=alternate]", (els) =>
        // getAttribute + baseURI: SVG <a> elements have no string .href
        els.map((e) => ({
          href: new URL(e.getAttribute("href")!, document.baseURI).href,
          rel: e.getAttribute("rel") ?? "",
        })),
      );
      for (const { href, rel } of links) {
        if (rel === "alternate") continue; // absolute URLs on the public site, checked below
        const target = sitePathOf(origin, href);
        if (target === null) {
          if (!href.startsWith("https://") && !href.startsWith("http://"))
            broken.push(`${path}: ${href} leaves the site`);
          continue;
        }
        if (target === "" || target.endsWith("/")) broken.push(`${path}: ${href} names a folder, not a file`);
        else if (!existsSync(join(DIST, target))) broken.push(`${path}: ${href} → missing ${target}`);
        const hash = new URL(href).hash.slice(1);
        if (hash && target.endsWith(".html")) {
          const html = readFileSync(join(DIST, target), "utf8");
          if (!html.includes(`id="${hash}"`)) broken.push(`${path}: ${href} → no #${hash} in ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
    await page.close();
  });
});

describe("built HTML", () => {
  const pages = htmlPages();
  it("has the pages of both languages", () => {
    expect(pages.filter((p) => p.startsWith("en/items/"))).toHaveLength(plan.items.length);
    expect(pages.filter((p) => p.startsWith("fr/mesures/"))).toHaveLength(plan.items.length);
    for (const p of [
      "index.html",
      "404.html",
      "en/index.html",
      "en/plan.html",
      "en/map.html",
      "en/about.html",
      "en/search.html",
    ])
      expect(pages).toContain(p);
    for (const f of ["sitemap.xml", "robots.txt", "favicon.svg", "en/plan.json", "en/items.csv"])
      expect(existsSync(join(DIST, f)), f).toBe(true);
  });

  it("uses no root-absolute URLs and no external module scripts (so it works from disk)", () => {
    for (const path of pages.filter((p) => p !== "404.html")) {
      const html = readFileSync(join(DIST, path), "utf8");
      expect(html, path).not.toMatch(/\s(?:href|src|action)="\//);
      expect(html, path).not.toMatch(/<script[^>]*type="module"[^>]*src=/);
      expect(html, path).not.toMatch(/<link[^>]+rel="stylesheet"/);
    }
  });

  it("gives every page a title, a description, a canonical URL, one h1 and a lang", () => {
    for (const path of pages) {
      const html = readFileSync(join(DIST, path), "utf8");
      expect(html, path).toMatch(/<html lang="(en|fr)"/);
      expect(html, path).toMatch(/<title>[^<]+<\/title>/);
      expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}"/);
      if (path !== "404.html") expect(html, path).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\.html"/);
      expect(html.match(/<h1[\s>]/g) ?? [], path).toHaveLength(1);
    }
  });

  it("shows the date modified from the source on item pages", () => {
    const html = readFileSync(
      join(
        DIST,
        pages.find((p) => p.startsWith("en/items/1-"))!,
      ),
      "utf8",
    );
    expect(html).toMatch(/Date modified:<\/dt>\s*<dd>\s*<time datetime="2005-01-13">2005-01-13<\/time>/);
  });
});

describe("responsive", () => {
  it("fits a 320 px phone without sideways scrolling, on every page type in both languages", async () => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pageOfEachType()) {
      await page.goto(origins[0]!.url(path));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});

describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
  it.each(["light", "dark"] as const)("has no violations on any page type in %s mode", async (colorScheme) => {
    const origin = origins[1]!;
    const context = await env.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of pageOfEachType()) {
      await page.goto(origin.url(path));
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      for (const v of result.violations)
        violations.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
    }
    expect(violations).toEqual([]);
    await context.close();
  });
});
