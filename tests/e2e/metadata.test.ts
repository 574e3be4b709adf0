/**
 * Metadata for sharing and cataloguing, read in Chromium on every page type in both languages:
 * Open Graph (og:title, og:description, og:url from SITE, og:locale and its alternate,
 * og:site_name) and the Dublin Core terms Canada.ca pages carry (dcterms.title, .language,
 * .creator, .issued, .modified). The expected values come from the sources (seeds/*\/plan.yaml,
 * content/*\/plan.json) and from the page itself, never from the site's code.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { pageOfEachType, useBrowserAndOrigins } from "./harness.ts";

const env = useBrowserAndOrigins();
const sidecar = (lang: string) =>
  parse(readFileSync(`seeds/${lang}/plan.yaml`, "utf8")) as { site: { name: string; publisher: string } };
const planJson = (lang: string) =>
  JSON.parse(readFileSync(`content/${lang}/plan.json`, "utf8")) as { lastUpdated: string };
const ISO_639_2 = { en: "eng", fr: "fra" } as const;
const OTHER = { en: "fr", fr: "en" } as const;

describe("metadata", () => {
  it("every page type in both languages carries Open Graph and Dublin Core metadata", async () => {
    const page = await env.browser.newPage();
    const seen = new Set<string>();
    for (const path of pageOfEachType()) {
      await page.goto(env.origins[0]!.url(path));
      const meta = await page.evaluate(() => {
        const all = (sel: string) => [...document.querySelectorAll<HTMLMetaElement>(sel)].map((m) => m.content);
        const one = (sel: string) => document.querySelector<HTMLMetaElement>(sel)?.content;
        return {
          lang: document.documentElement.lang,
          title: document.title,
          description: one('meta[name="description"]'),
          canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute("href"),
          brand: document.querySelector(".brand")?.childNodes[0]?.textContent?.trim(),
          footerDate: document.querySelector("footer time")?.getAttribute("datetime"),
          ogTitle: one('meta[property="og:title"]'),
          ogDescription: one('meta[property="og:description"]'),
          ogUrl: one('meta[property="og:url"]'),
          ogSiteName: one('meta[property="og:site_name"]'),
          ogLocale: all('meta[property="og:locale"]'),
          ogAlternate: all('meta[property="og:locale:alternate"]'),
          dcTitle: one('meta[name="dcterms.title"]'),
          dcLanguage: all('meta[name="dcterms.language"]'),
          dcLanguageScheme: document.querySelector('meta[name="dcterms.language"]')?.getAttribute("title"),
          dcCreator: one('meta[name="dcterms.creator"]'),
          dcIssued: one('meta[name="dcterms.issued"]'),
          dcModified: one('meta[name="dcterms.modified"]'),
        };
      });
      const lang = meta.lang as "en" | "fr";
      seen.add(lang);
      const where = `${path}: `;
      expect(meta.ogTitle, where + "og:title").toBeTruthy();
      expect(meta.dcTitle, where + "dcterms.title").toBe(meta.ogTitle);
      // The title shared is the page's own: the <title> without the site's name after it.
      expect([meta.ogTitle, `${meta.ogTitle} — ${meta.ogSiteName}`], where + "og:title").toContain(meta.title);
      expect(meta.ogDescription, where + "og:description").toBe(meta.description);
      expect(meta.ogUrl, where + "og:url").toBe(`https://example.org/${path}`);
      if (meta.canonical) expect(meta.ogUrl, where + "og:url is the canonical URL").toBe(meta.canonical);
      expect(meta.ogSiteName, where + "og:site_name").toBe(sidecar(lang).site.name);
      if (meta.brand) expect(meta.brand, where + "the header names the site").toBe(meta.ogSiteName);
      expect(meta.ogLocale, where + "og:locale").toEqual([`${lang}_CA`]);
      expect(meta.ogAlternate, where + "og:locale:alternate").toEqual([`${OTHER[lang]}_CA`]);
      expect(meta.dcLanguage, where + "dcterms.language").toEqual([ISO_639_2[lang]]);
      expect(meta.dcLanguageScheme).toBe("ISO639-2/T");
      expect(meta.dcCreator, where + "dcterms.creator").toBe(sidecar(lang).site.publisher);
      expect(meta.dcModified, where + "dcterms.modified").toBe(planJson(lang).lastUpdated);
      if (meta.footerDate) expect(meta.dcModified, where + "as the footer says").toBe(meta.footerDate);
      expect(meta.dcIssued, where + "dcterms.issued").toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta.dcIssued! <= meta.dcModified!, where + "issued before modified").toBe(true);
    }
    expect([...seen].sort()).toEqual(["en", "fr"]);
    await page.close();
  });
});
