/**
 * Items that share a title keep their own pages: two items of one plan with the same title,
 * and a translation that keeps an original title (a programme's name). The fixture goes
 * through the real ingest and astro build; every item page of both languages is opened from
 * disk and shows its own title and text.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, removeFixtureSite } from "./fixture-site.ts";
import { fileOrigin, headingText, htmlPages, launchBrowser } from "./harness.ts";

const FIXTURE = "tests/fixtures/shared-titles";
const LANGS = [
  { lang: "en", folder: "en/items/" },
  { lang: "fr", folder: "fr/mesures/" },
] as const;

/** Item number → title and first body paragraph, read from the fixture's source. */
function itemsOf(lang: string): Map<number, { title: string; body: string }> {
  const blocks = readFileSync(`${FIXTURE}/${lang}/source.txt`, "utf8").split("\n\n");
  const items = new Map<number, { title: string; body: string }>();
  blocks.forEach((block, i) => {
    const m = /^(\d+)\) (.+)$/.exec(block.trim());
    if (m) items.set(Number(m[1]), { title: m[2]!, body: blocks[i + 1]!.trim() });
  });
  return items;
}

describe("items that share a title", () => {
  let site: ReturnType<typeof buildFixtureSite>;
  let browser: Browser;
  beforeAll(async () => {
    site = buildFixtureSite(FIXTURE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    removeFixtureSite(site);
  });

  it("the fixture has the shared titles it is meant to test", () => {
    const en = itemsOf("en");
    const fr = itemsOf("fr");
    expect(en.size).toBe(5);
    expect(fr.size).toBe(5);
    expect(en.get(2)!.title).toBe(en.get(4)!.title);
    expect(fr.get(2)!.title).toBe(fr.get(4)!.title);
    expect(fr.get(3)!.title).toBe(en.get(3)!.title);
  });

  it("every item of both languages has its own page with its own title and text", async () => {
    const origin = fileOrigin(site.dist);
    const pages = htmlPages(site.dist);
    const page = await browser.newPage();
    try {
      for (const { lang, folder } of LANGS) {
        const items = itemsOf(lang);
        const itemPages = pages.filter((p) => p.startsWith(folder));
        expect(itemPages, `${lang} item pages`).toHaveLength(items.size);
        for (const [number, { title, body }] of items) {
          const path = itemPages.find((p) => p.startsWith(`${folder}${number}-`));
          expect(path, `${lang} item ${number}`).toBeDefined();
          await page.goto(origin.url(path!));
          expect(await headingText(page)).toContain(title);
          const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
          expect(text, `${path}`).toContain(body);
          // Not the text of another item, in particular not that of the item with the same title.
          for (const [other, o] of items) if (other !== number) expect(text, `${path}`).not.toContain(o.body);
          expect(await page.locator("html").getAttribute("lang")).toBe(lang);
        }
      }
    } finally {
      await page.close();
    }
  });

  it("the language toggle of each item page leads to the same item in the other language", async () => {
    const origin = fileOrigin(site.dist);
    const page = await browser.newPage();
    try {
      for (const { lang, folder } of LANGS) {
        const other = LANGS.find((l) => l.lang !== lang)!;
        const otherItems = itemsOf(other.lang);
        for (const path of htmlPages(site.dist).filter((p) => p.startsWith(folder))) {
          const number = Number(/(\d+)-[^/]*$/.exec(path)![1]);
          await page.goto(origin.url(path));
          await page.locator(`a[hreflang="${other.lang}"]`).first().click();
          expect(await headingText(page), `toggle of ${path}`).toContain(otherItems.get(number)!.title);
          const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
          expect(text, `toggle of ${path}`).toContain(otherItems.get(number)!.body);
        }
      }
    } finally {
      await page.close();
    }
  });
});
