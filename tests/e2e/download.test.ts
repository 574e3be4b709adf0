/**
 * The whole site as one download: dist/download/<name>.zip, linked with its size from the
 * footer and the About page, unpacked here into a temporary folder and read from disk as a
 * reader would after unzipping it: links, styles and search.
 */
import { unzipSync } from "fflate";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/index.ts";
import { downloadName, downloadPath, formatSize } from "../../src/lib/download.ts";
import { homePath, pagePath } from "../../src/lib/routes.ts";
import {
  DIST,
  fileOrigin,
  headingText,
  htmlPages,
  launchBrowser,
  listFiles,
  sitePathOf,
  watchProblems,
} from "./harness.ts";

const original = JSON.parse(readFileSync("content/en/plan.json", "utf8")) as { title: string };
const name = downloadName(original.title);
const zipFile = join(DIST, downloadPath(name));
const zipBytes = () => statSync(zipFile).size;

let browser: Browser;
let unpacked = "";
let copy = "";

beforeAll(async () => {
  browser = await launchBrowser();
  unpacked = mkdtempSync(join(tmpdir(), "plan-download-"));
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zipFile)))) {
    if (path.endsWith("/")) continue;
    mkdirSync(dirname(join(unpacked, path)), { recursive: true });
    writeFileSync(join(unpacked, path), bytes);
  }
  copy = join(unpacked, name);
});
afterAll(async () => {
  await browser?.close();
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
});

describe("the zip", () => {
  it("is named after the plan and unpacks into one folder of that name", () => {
    expect(listFiles(unpacked).every((f) => f.startsWith(`${name}/`))).toBe(true);
  });

  it("holds the whole site but Pagefind's files and itself", () => {
    const inZip = listFiles(copy);
    const expected = listFiles(DIST).filter((f) => !f.startsWith("pagefind/") && !f.startsWith("download/"));
    expect(inZip).toEqual(expected);
    for (const f of ["index.html", "en/search-index.js", "fr/search-index.js", "search/search.js", "search/mark.js"])
      expect(inZip).toContain(f);
    for (const lang of LANGS) {
      expect(inZip).toContain(homePath(lang));
      expect(inZip).toContain(pagePath(lang, "map"));
    }
  });

  it("holds the pages as built, with the offline text in place of the link to itself", () => {
    for (const path of htmlPages(copy)) {
      const zipped = readFileSync(join(copy, path), "utf8");
      expect(zipped, path).not.toContain("download/");
      expect(zipped, path).not.toMatch(/%%download-size/);
      // The same page less the link: nothing else differs.
      const built = readFileSync(join(DIST, path), "utf8");
      const strip = (html: string) => html.replace(/<span class="download"[^]*?<\/span>(?=<\/p>)/g, "");
      expect(strip(zipped), path).toBe(strip(built));
    }
  });
});

describe("the download link", () => {
  it.each(LANGS.flatMap((lang) => [homePath(lang), pagePath(lang, "about"), pagePath(lang, "map")]))(
    "%s links to the zip with its size",
    async (path) => {
      const lang = path.slice(0, 2) as (typeof LANGS)[number];
      const page = await browser.newPage();
      const origin = fileOrigin();
      await page.goto(origin.url(path));
      const links = page.locator('a[type="application/zip"]');
      const footer = page.locator("footer .download");
      await expect(footer.textContent()).resolves.toContain(`(ZIP, ${formatSize(lang, zipBytes())})`);
      for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
        expect(sitePathOf(origin, href)).toBe(downloadPath(name));
      expect(await links.count()).toBe(path.includes("about") || path.includes("propos") ? 2 : 1);
      await page.close();
    },
  );

  it("the About page says what the download is for and that it needs no installation", () => {
    const text = (lang: string) =>
      readFileSync(join(DIST, pagePath(lang as (typeof LANGS)[number], "about")), "utf8").replace(/<[^>]+>/g, "");
    expect(text("en")).toMatch(/without an internet connection/);
    expect(text("en")).toMatch(/needs no installation/);
    expect(text("fr")).toMatch(/aucune installation/);
  });
});

describe("the unpacked copy, read from disk", () => {
  /** Every relative href and src of every page, resolved in the copy: each names a file in it. */
  it("has no broken link", () => {
    const files = new Set(listFiles(copy));
    const broken: string[] = [];
    for (const path of htmlPages(copy)) {
      const html = readFileSync(join(copy, path), "utf8");
      for (const [, url] of html.matchAll(/\s(?:href|src|data-src)="([^"]*)"/g)) {
        if (/^(https?:|mailto:|#|data:)/.test(url!)) continue;
        const target = posix.normalize(posix.join(posix.dirname(path), url!.split(/[?#]/)[0]!));
        if (!files.has(target)) broken.push(`${path} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("opens index.html, goes on through links, with the styles applied", async () => {
    const origin = fileOrigin(copy);
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("index.html"));
    await page.getByRole("link", { name: "English" }).click();
    await expect.poll(() => sitePathOf(origin, page.url())).toBe("en/index.html");
    expect(await headingText(page)).toBe(original.title);
    // The stylesheet (inlined) applies: the header has its dark background, the body no margin.
    const header = await page.locator(".site-header").evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(header).not.toBe("rgba(0, 0, 0, 0)");
    await page.locator(".pillars a").first().click();
    await expect.poll(() => sitePathOf(origin, page.url())).toMatch(/^en\/pillars\/1-/);
    await page.locator(".item-list a").first().click();
    await expect.poll(() => sitePathOf(origin, page.url())).toMatch(/^en\/items\/1-/);
    await page.getByRole("link", { name: "Map", exact: true }).click();
    await expect.poll(() => sitePathOf(origin, page.url())).toBe("en/map.html");
    expect(await page.locator(".map svg .node").count()).toBeGreaterThan(0);
    // In the copy, the footer says what it is instead of linking to a file it cannot hold.
    await expect(page.locator("footer .download").textContent()).resolves.toMatch(/downloaded copy/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ["en/search.html", "NEXUS", [1, 3]],
    ["en/search.html", "preclearance", [7, 15]],
    ["fr/recherche.html", "précontrôle", [7, 15]],
  ] as const)("searches: %s?q=%s finds %j, and the result marks the word", async (search, query, expected) => {
    const origin = fileOrigin(copy);
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url(`${search}?q=${encodeURIComponent(query)}`));
    await expect.poll(() => page.locator("#search-results > li").count(), { timeout: 15_000 }).toBe(expected.length);
    expect(await page.locator("#search").getAttribute("data-engine")).toBe("disk");
    const paths = await page.$$eval("#search-results > li a", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const numbers = paths.map((h) => Number(/\/(\d+)-[^/]*\.html/.exec(h)?.[1]));
    expect([...numbers].sort((a, b) => a - b)).toEqual([...expected]);
    await page.locator("#search-results > li a").first().click();
    await expect.poll(() => page.locator("main mark").count()).toBeGreaterThan(0);
    expect((await page.locator("main mark").first().textContent())?.toLowerCase()).toBe(query.toLowerCase());
    expect(problems).toEqual([]);
    await page.close();
  });
});
