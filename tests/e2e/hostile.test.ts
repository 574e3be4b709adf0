/**
 * A source full of HTML, MDX and Markdown syntax goes through the real ingest and astro build:
 * the built pages show that text literally, and nothing it smuggles in runs in the browser.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, removeFixtureSite } from "./fixture-site.ts";
import { fileOrigin, htmlPages, launchBrowser } from "./harness.ts";

/** The source's paragraphs, whitespace-joined as the ingest joins hard-wrapped lines. */
const source = readFileSync("tests/fixtures/hostile/en/source.txt", "utf8");
const paragraph = (start: string) =>
  source
    .split("\n\n")
    .find((p) => p.startsWith(start))!
    .replace(/\s*\n\s*/g, " ");

describe("hostile source text", () => {
  let site: ReturnType<typeof buildFixtureSite>;
  let browser: Browser;
  beforeAll(async () => {
    site = buildFixtureSite("tests/fixtures/hostile");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    removeFixtureSite(site);
  });

  it("shows every body, title and heading literally and runs nothing", async () => {
    const origin = fileOrigin(site.dist);
    const pages = htmlPages(site.dist).filter((p) => p.startsWith("en/"));
    const dialogs: string[] = [];
    const page = await browser.newPage();
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const texts = new Map<string, string>();
    const smuggled: string[] = [];
    for (const path of pages) {
      await page.goto(origin.url(path));
      // No element, attribute or link came from the source.
      const found = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            'main script:not([type="application/json"]):not([src$="search/search.js"]), img, b, i, evil, [onerror], [onclick], a[href^="javascript:" i]',
          ),
        ].map((e) => e.outerHTML.slice(0, 80)),
      );
      smuggled.push(...found.map((f) => `${path}: ${f}`));
      await page
        .locator("main a")
        .first()
        .hover({ timeout: 1000 })
        .catch(() => undefined);
      texts.set(path, (await page.locator("main").innerText()).replace(/\s+/g, " "));
    }
    const item = (n: number) => texts.get(pages.find((p) => p.startsWith(`en/items/${n}-`))!)!;
    expect(item(1)).toContain(paragraph("Text with <script>"));
    expect(item(1)).toContain('1. Scripts <script>alert("title")</script>');
    expect(item(2)).toContain(paragraph("An MDX expression"));
    expect(item(2)).toContain("export default function Evil() { return alert(6) }");
    expect(item(3)).toContain('import Evil from "./evil.js"');
    expect(item(3)).toContain("<Evil onClick={() => alert(7)} />");
    expect(item(3)).toContain("# Heading? > quote - list 1. numbered");
    expect(texts.get("en/index.html")).toContain("A Hostile <b>Plan</b> {title}");
    expect(texts.get("en/index.html")).toContain("Hostile <i>Pillar</i> {x}");
    expect(dialogs).toEqual([]);
    expect(smuggled).toEqual([]);
  });
});
