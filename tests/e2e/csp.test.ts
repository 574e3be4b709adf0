/**
 * The Content-Security-Policy holds from disk, at the root and under a sub-path: every page
 * type (search included, with a query) loads with no policy violation, and every page has
 * the policy, with no 'unsafe-inline' for scripts: the one inline script, the mark loader,
 * runs by its hash, and a page opened from a result (?mark=…) loads mark.js under the policy.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MARK_LOADER } from "../../src/search/loader.ts";
import { DIST, htmlPages, pageOfEachType, useBrowserAndOrigins } from "./harness.ts";

/** Browser and origins (file, HTTP root, HTTP sub-path), set up before the tests. */
const env = useBrowserAndOrigins();
const origins = env.origins;

describe("Content-Security-Policy", () => {
  it("is on every page, strict for scripts", () => {
    for (const path of htmlPages()) {
      const html = readFileSync(join(DIST, path), "utf8");
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expect(policy, path).toBeDefined();
      expect(policy, path).toMatch(/default-src 'self'/);
      const scripts = /script-src ([^;]+)/.exec(policy!)![1]!;
      expect(scripts, path).not.toContain("unsafe-inline");
      expect(scripts, path).not.toMatch(/https?:|\*/);
      if (scripts.includes("wasm-unsafe-eval"))
        expect(path, "wasm only for search").toMatch(/\/(search|recherche)\.html$/);
      // Inline scripts: only the mark loader, allowed by its own hash and no other.
      const inline = [
        ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([^]*?)<\/script>/g),
      ];
      const hashes = scripts.match(/'sha256-[^']+'/g) ?? [];
      for (const [, text] of inline) expect(text, path).toBe(MARK_LOADER);
      expect(hashes, path).toEqual(
        inline.length > 0 ? [`'sha256-${createHash("sha256").update(MARK_LOADER).digest("base64")}'`] : [],
      );
    }
  });

  it.each([0, 1, 2])("reports no violation on any page type (origin %i)", async (index) => {
    const origin = origins[index]!;
    // Every page type, and both search pages with results shown.
    const paths = [...pageOfEachType(), "en/search.html?q=NEXUS", "fr/recherche.html?q=biom%C3%A9triques"];
    const marked = ["en/items/7-air-preclearance.html?mark=preclearance", "fr/index.html?mark=circulation"];
    const violations: string[] = [];
    const page = await env.browser.newPage();
    page.on("console", (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    for (const path of paths) {
      await page.goto(origin.url(path));
      if (path.includes("?q="))
        await page.locator("[role=status]").filter({ hasText: /\d/ }).first().waitFor({ timeout: 10_000 });
    }
    // A page opened from a result: the loader runs, mark.js loads and marks.
    for (const path of marked) {
      await page.goto(origin.url(path));
      await page.locator("main mark").first().waitFor({ timeout: 10_000 });
    }
    expect(violations).toEqual([]);
    await page.close();
  });
});
