/**
 * Performance budgets, over HTTP on the built dist/ (the figures are deterministic: bytes and
 * requests, not times). An item page's first view (HTML plus everything it loads until the
 * network is idle) is at most 12 KB gzip in at most 2 requests: the HTML and the favicon.
 * No page type, in either language, loads a web font, a third-party resource or a
 * render-blocking script. The whole site as one download is at most 1 MB. Timed figures and
 * Lighthouse are in `npm run bench`.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstView } from "../../bench/lib/first-view.mjs";
import { BUDGET } from "../../bench/lib/targets.mjs";
import { LANGS } from "../../src/i18n/index.ts";
import { downloadName, downloadPath } from "../../src/lib/download.ts";
import { homePath, itemPath, notFoundPath, pagePath, pillarPath, splashPath } from "../../src/lib/routes.ts";
import { DIST, launchBrowser, serve } from "./harness.ts";

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(DIST, "/");
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (sitePath: string) => `${server.origin}/${sitePath}`;
const filesBeside = (samplePath: string) =>
  readdirSync(join(DIST, dirname(samplePath)))
    .filter((f) => f.endsWith(".html"))
    .map((f) => `${dirname(samplePath)}/${f}`);
const gzipOf = (sitePath: string) => gzipSync(readFileSync(join(DIST, sitePath))).length;

/** Every item page of a language, heaviest (HTML, gzip) first. */
const itemsByWeight = (lang: (typeof LANGS)[number]) =>
  filesBeside(itemPath(lang, { number: 1, slug: "x" })).sort((a, b) => gzipOf(b) - gzipOf(a) || a.localeCompare(b));

const firstItem = (lang: (typeof LANGS)[number]) =>
  filesBeside(itemPath(lang, { number: 1, slug: "x" })).find((f) => /\/1-[^/]+\.html$/.test(f))!;

/** One page of each type, per language; search also with a query, which loads its index. */
const pageTypes = LANGS.flatMap((lang) => [
  { lang, type: "home", path: homePath(lang) },
  { lang, type: "pillar", path: filesBeside(pillarPath(lang, { number: 1, id: "x" })).sort()[0]! },
  { lang, type: "item", path: itemsByWeight(lang)[0]! },
  { lang, type: "plan", path: pagePath(lang, "plan") },
  { lang, type: "map", path: pagePath(lang, "map") },
  { lang, type: "about", path: pagePath(lang, "about") },
  { lang, type: "search", path: pagePath(lang, "search") },
  {
    lang,
    type: "search with a query",
    path: `${pagePath(lang, "search")}?q=${lang === "en" ? "security" : "sécurité"}`,
  },
]).concat([
  { lang: "en", type: "splash", path: splashPath() },
  { lang: "en", type: "not found", path: notFoundPath() },
]);

/** The first item and the heaviest item of each language. */
const itemPages = [...new Set(LANGS.flatMap((lang) => [firstItem(lang), itemsByWeight(lang)[0]!]))];

describe("item page budget", () => {
  it.each(itemPages.map((p) => [p]))(
    "%s: at most 12 KB gzip in at most 2 requests (HTML and favicon)",
    async (path) => {
      const view = await firstView(browser, url(path));
      const summary = view.resources.map((r) => `${r.url.replace(server.origin, "")} ${r.gzip} B gzip`).join(", ");
      expect(view.failed, summary).toEqual([]);
      expect(
        view.resources.map((r) => r.status),
        summary,
      ).toEqual(view.resources.map(() => 200));
      expect(view.resources[0]?.type, summary).toBe("document");
      expect(view.requests, summary).toBeLessThanOrEqual(BUDGET.itemRequests);
      expect(view.gzip, summary).toBeLessThanOrEqual(BUDGET.itemGzipBytes);
    },
  );
});

describe("every page type", () => {
  it.each(pageTypes.map((p) => [`${p.lang} ${p.type}`, p.path]))(
    "%s (%s): no web font, no third-party resource, no render-blocking script",
    async (_name, path) => {
      const view = await firstView(browser, url(path));
      const summary = view.resources.map((r) => `${r.type} ${r.url.replace(server.origin, "")}`).join(", ");
      expect(view.failed, summary).toEqual([]);
      expect(view.fonts, summary).toEqual([]);
      expect(view.thirdParty, summary).toEqual([]);
      expect(view.blockingScripts, summary).toEqual([]);
    },
  );
});

describe("download budget", () => {
  it("the whole site as one ZIP is at most 1 MB", () => {
    const original = JSON.parse(readFileSync("content/en/plan.json", "utf8")) as { title: string };
    const size = statSync(join(DIST, downloadPath(downloadName(original.title)))).size;
    expect(size).toBeGreaterThan(100_000); // the whole site, not an empty archive
    expect(size).toBeLessThanOrEqual(BUDGET.downloadBytes);
  });
});
