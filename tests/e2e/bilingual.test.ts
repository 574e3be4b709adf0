/**
 * Both languages: every page has a twin in the other language and the toggle leads there and
 * back; French pages say lang="fr" and carry no English in their chrome; a partial translation
 * falls back to the English text, marked as such; the splash page and toggle work from disk.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { fr } from "../../src/i18n/fr.ts";
import { t } from "../../src/i18n/index.ts";
import { buildFixtureSite, removeFixtureSite } from "./fixture-site.ts";
import { DIST, fileOrigin, headingText, htmlPages, launchBrowser, sitePathOf, watchProblems } from "./harness.ts";

const read = (dist: string, path: string) => readFileSync(join(dist, path), "utf8");
/** Page text with the entities Astro writes for quotes decoded, to compare with source text. */
const readText = (dist: string, path: string) =>
  read(dist, path)
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
const resolveFrom = (from: string, href: string) => posix.normalize(posix.join(posix.dirname(from), href));
const toggleHref = (html: string) =>
  /<nav class="lang-toggle"[^>]*>\s*<a href="([^"]+)" lang="(en|fr)" hreflang="(en|fr)"/.exec(html);

describe("language twins", () => {
  const pages = htmlPages().filter((p) => p.startsWith("en/") || p.startsWith("fr/"));

  it("every page's toggle leads to its twin, and the twin's toggle leads back", () => {
    expect(pages.length).toBeGreaterThan(80);
    for (const path of pages) {
      const html = read(DIST, path);
      const toggle = toggleHref(html);
      expect(toggle, `${path} has a language toggle`).not.toBeNull();
      const twin = resolveFrom(path, toggle![1]!);
      expect(existsSync(join(DIST, twin)), `${path} → ${twin}`).toBe(true);
      expect(twin.slice(0, 3), path).toBe(path.startsWith("en/") ? "fr/" : "en/");
      expect(toggle![2]).toBe(twin.slice(0, 2));
      const back = toggleHref(read(DIST, twin));
      expect(resolveFrom(twin, back![1]!), `${twin} leads back`).toBe(path);
      // Same kind of page: item N ↔ item N.
      const number = (p: string) => /\/(\d+)-[^/]+\.html$/.exec(p)?.[1];
      expect(number(twin)).toBe(number(path));
    }
  });

  it("every page links both languages as hreflang alternates and French pages say lang=fr", () => {
    for (const path of pages) {
      const html = read(DIST, path);
      expect(html, path).toMatch(/<link rel="alternate" hreflang="en" href="https?:\/\/[^"]+"/);
      expect(html, path).toMatch(/<link rel="alternate" hreflang="fr" href="https?:\/\/[^"]+"/);
      expect(html, path).toMatch(new RegExp(`<html lang="${path.slice(0, 2)}"`));
    }
  });

  it("French pages have no English words in their chrome", () => {
    // The English UI strings that differ from the French ones (names of languages aside).
    const english = Object.entries(en)
      .filter(
        ([key, value]) =>
          !key.startsWith("lang.") &&
          !key.startsWith("route.") &&
          value !== fr[key as keyof typeof fr] &&
          value.length > 3,
      )
      .map(([, value]) => value.split("{")[0]!.trim())
      .filter((s) => s.length > 3);
    const chrome = (html: string) =>
      [...html.matchAll(/<(header|nav|footer)[\s\S]*?<\/\1>/g)]
        .map((m) => m[0].replace(/<a [^>]*lang="en"[^>]*>[^<]*<\/a>/g, ""))
        .join("\n");
    for (const path of pages.filter((p) => p.startsWith("fr/"))) {
      const text = chrome(read(DIST, path)).replace(/<[^>]+>/g, " ");
      for (const phrase of english) expect(text, `${path}: "${phrase}"`).not.toContain(phrase);
    }
  });

  it("French item pages say the translation is unofficial and link to the English original", () => {
    const path = pages.find((p) => p.startsWith("fr/mesures/7-"))!;
    const html = read(DIST, path);
    expect(html).toContain(fr["notice.unofficial"]);
    const original = t("fr", "notice.original", { language: fr["language.en"] });
    const link = new RegExp(`<a href="([^"]+)" hreflang="en">${original}</a>`).exec(html);
    expect(link).not.toBeNull();
    expect(resolveFrom(path, link![1]!)).toMatch(/^en\/items\/7-air-preclearance\.html$/);
  });
});

describe("a partial translation", () => {
  let site: ReturnType<typeof buildFixtureSite>;
  beforeAll(() => {
    site = buildFixtureSite("tests/fixtures/partial-fr");
  });
  afterAll(() => removeFixtureSite(site));

  it("shows the English text of an untranslated item on its French page, marked lang=en, with a French notice", () => {
    const pages = htmlPages(site.dist);
    const path = pages.find((p) => p.startsWith("fr/mesures/5-"))!;
    expect(path).toBe("fr/mesures/5-managing-of-refugee-asylum-claims.html");
    const html = readText(site.dist, path);
    expect(html).toContain(fr["notice.untranslated"]);
    expect(html).toMatch(/<h1 lang="en"[^>]*>\s*5\. Managing of Refugee\/Asylum Claims\s*<\/h1>/);
    expect(html).toMatch(/<div lang="en"><div class="body"><p>Negotiate a safe third-country agreement/);
    expect(html).toMatch(/<html lang="fr"/);
    // Translated neighbours stay French, and the untranslated item still lists its links.
    expect(
      read(
        site.dist,
        pages.find((p) => p.startsWith("fr/mesures/6-"))!,
      ),
    ).toContain("Coordination des politiques en matière de visas");
    expect(html).toMatch(/4\. Traitement des demandes de statut de réfugié et d'asile/);
    // Items that refer to the untranslated one still list it under "Referenced by" (mentionnée par).
    expect(
      readText(
        site.dist,
        pages.find((p) => p.startsWith("fr/mesures/4-"))!,
      ),
    ).toMatch(/href="5-managing-of-refugee-asylum-claims\.html"/);
  });
});

describe("from disk", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it("the splash page leads to French, and the toggle switches to the same page in English and back", async () => {
    const origin = fileOrigin();
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("index.html"));
    await page.getByRole("link", { name: "Français" }).click();
    await expect.poll(() => sitePathOf(origin, page.url())).toBe("fr/index.html");
    await page.getByRole("link", { name: "Précontrôle aérien", exact: true }).first().click();
    await expect.poll(() => sitePathOf(origin, page.url())).toBe("fr/mesures/7-precontrole-aerien.html");
    await page.getByRole("link", { name: "English" }).click();
    await expect.poll(() => sitePathOf(origin, page.url())).toBe("en/items/7-air-preclearance.html");
    await expect.poll(() => headingText(page)).toBe("7. Air Preclearance");
    await page.getByRole("link", { name: "Français" }).click();
    await expect.poll(() => sitePathOf(origin, page.url())).toBe("fr/mesures/7-precontrole-aerien.html");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(problems).toEqual([]);
  });
});
