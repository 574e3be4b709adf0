/**
 * Search as a reader meets it: from disk (MiniSearch over the disk index), over HTTP at the
 * root and under a sub-path (Pagefind). Expected items come from the plan's text, checked by
 * hand: "NEXUS" is in items 1 and 3 only, "preclearance" in 7 (its title too) and 15 only,
 * "précontrôle" in French 7 (title) and 15, "security" in items 14, 15 and 17 of pillar 2,
 * "biométrique(s)" in French items 1 (plural) and 2 (singular only), "frontalière(s)" in
 * French 16 (plural) and 32 (singular only); "secure flow of goods" is pillar 2's title.
 * No page but an item's own holds its text, so each item comes up once, and only items.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  DIST,
  headingText,
  htmlPages,
  type Origin,
  sitePathOf,
  useBrowserAndOrigins,
  watchProblems,
} from "./harness.ts";

/** Browser and origins (file, HTTP root, HTTP sub-path), set up before the tests. */
const env = useBrowserAndOrigins();
const origins = env.origins;

interface PlanJson {
  pillars: { number: number; id: string; title: string; items: number[] }[];
  items: { number: number; title: string; slug: string }[];
}
const plan = (lang: string) => JSON.parse(readFileSync(`content/${lang}/plan.json`, "utf8")) as PlanJson;
const en = plan("en");

interface Result {
  path: string | null;
  title: string;
  heading: string;
  marks: string[];
}

async function results(page: Page, origin: Origin): Promise<Result[]> {
  const rows = await page.$$eval("#search-results > li", (lis) =>
    lis.map((li) => ({
      href: li.querySelector("a")!.href,
      title: li.querySelector("a")!.textContent ?? "",
      heading: li.querySelector(".search-hit")?.textContent ?? "",
      marks: Array.from(li.querySelectorAll(".search-excerpt mark"), (m) => m.textContent ?? ""),
    })),
  );
  return rows.map(({ href, ...rest }) => ({ ...rest, path: sitePathOf(origin, href) }));
}

/** Number of the item a result opens, or null for a pillar or home page. */
const itemOf = (r: Result) => Number(/^(?:en\/items|fr\/mesures)\/(\d+)-/.exec(r.path ?? "")?.[1] ?? NaN) || null;
const items = (rs: Result[]) => rs.map(itemOf).filter((n): n is number => n !== null);

const status = (page: Page) => page.locator("#search-status").textContent();

/** Wait until the live region reports on query (any count, or none). */
async function settled(page: Page, query: string): Promise<string> {
  await expect
    .poll(() => status(page), { timeout: 15_000 })
    .toMatch(new RegExp(`(results?|résultats?) (for|pour) [“«]\\u00a0?${query}`, "i"));
  return (await status(page))!;
}

const ORIGIN_NAMES = ["file://", "http root", "http sub-path"];

/**
 * Problems seen on a page, less the browser's own favicon fetch cut short when a test
 * navigates (reload, back, a click) before it finished: that is no fault of the site.
 */
const real = (problems: string[]) => problems.filter((p) => !/favicon\.svg net::ERR_ABORTED$/.test(p));

describe.each([0, 1, 2])("search, origin %i", (index) => {
  const name = ORIGIN_NAMES[index]!;

  it(`${name}: uses the right engine, and NEXUS finds items 1 and 3`, async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("en/search.html?q=NEXUS"));
    await settled(page, "NEXUS");
    await expect(page.locator("#search").getAttribute("data-engine")).resolves.toBe(
      origin.name === "file://" ? "disk" : "pagefind",
    );
    const rs = await results(page, origin);
    // Items 1 and 3 and nothing else: no pillar or home page repeats their text.
    expect(rs).toHaveLength(2);
    expect(items(rs).sort((a, b) => a - b)).toEqual([1, 3]);
    for (const r of rs) expect(r.marks.map((m) => m.toLowerCase())).toContain("nexus");
    expect(await status(page)).toBe(`${rs.length} results for “NEXUS”`);
    expect(real(problems)).toEqual([]);
    await page.close();
  });

  it(`${name}: preclearance finds 7 (in its title), then 15, shown as "N. Title — Pillar"`, async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("en/search.html?q=preclearance"));
    await settled(page, "preclearance");
    const rs = await results(page, origin);
    expect(rs.map(itemOf)).toEqual([7, 15]);
    const seven = rs.find((r) => itemOf(r) === 7)!;
    expect(seven.title).toBe("7. Air Preclearance");
    expect(seven.heading).toBe(`7. Air Preclearance — ${en.pillars[0]!.title}`);
    expect(seven.marks.length).toBeGreaterThan(0);
    for (const m of seven.marks) expect(m.toLowerCase()).toBe("preclearance");
    const fifteen = rs.find((r) => itemOf(r) === 15)!;
    expect(fifteen.heading).toBe(`15. ${en.items[14]!.title} — ${en.pillars[1]!.title}`);
    expect(fifteen.marks.map((m) => m.toLowerCase())).toContain("preclearance");
    expect(real(problems)).toEqual([]);
    await page.close();
  });

  it(`${name}: a pillar's title finds the pillar page first, and every page at most once`, async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    const goods = en.pillars[1]!;
    await page.goto(origin.url(`en/search.html?q=${encodeURIComponent(goods.title.toLowerCase())}`));
    await settled(page, goods.title.toLowerCase());
    const rs = await results(page, origin);
    expect(rs[0]!.path).toBe(`en/pillars/2-${goods.id}.html`);
    expect(rs[0]!.title).toBe(goods.title);
    expect(new Set(rs.map((r) => r.path)).size).toBe(rs.length);
    expect(real(problems)).toEqual([]);
    await page.close();
  });

  it(`${name}: French précontrôle finds 7 (in its title), then 15, nothing else`, async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    const fr = plan("fr");
    await page.goto(origin.url("fr/recherche.html?q=précontrôle"));
    await settled(page, "précontrôle");
    const rs = await results(page, origin);
    expect(rs.map(itemOf)).toEqual([7, 15]);
    expect(rs[0]!.heading).toBe(`7. ${fr.items[6]!.title} — ${fr.pillars[0]!.title}`);
    expect(rs[1]!.heading).toBe(`15. ${fr.items[14]!.title} — ${fr.pillars[1]!.title}`);
    for (const r of rs) expect(r.marks.map((m) => m.toLowerCase())).toContain("précontrôle");
    expect(real(problems)).toEqual([]);
    await page.close();
  });

  it(`${name}: following a result marks the words on the page it opens, and scrolls to the first`, async () => {
    const origin = origins[index]!;
    // A phone held sideways: the items' texts start below it, so the first mark needs scrolling to.
    const context = await env.browser.newContext({ viewport: { width: 360, height: 360 } });
    const page = await context.newPage();
    const problems = watchProblems(page);
    for (const [search, query, number] of [
      ["en/search.html", "preclearance", 15],
      ["fr/recherche.html", "précontrôle", 15],
      ["en/search.html", "NEXUS", 3],
    ] as const) {
      await page.goto(origin.url(`${search}?q=${encodeURIComponent(query)}`));
      await settled(page, query);
      const result = (await results(page, origin)).find((r) => itemOf(r) === number)!;
      await page.getByRole("link", { name: result.title, exact: true }).click();
      await expect.poll(() => sitePathOf(origin, page.url())).toBe(result.path);
      await expect.poll(() => page.locator("main mark").count()).toBeGreaterThan(0);
      const marks = await page.$$eval("main mark", (ms) =>
        ms.map((m) => {
          const box = m.getBoundingClientRect();
          return { text: m.textContent ?? "", top: box.top + scrollY, bottom: box.bottom };
        }),
      );
      for (const m of marks) expect(m.text.toLowerCase(), result.path ?? "").toBe(query.toLowerCase());
      // Every occurrence of the word in the item's text is marked.
      const body = (await page.locator("main .body").textContent()) ?? "";
      const occurrences = body.toLowerCase().split(query.toLowerCase()).length - 1;
      expect(await page.locator("main .body mark").count()).toBe(occurrences);
      const viewport = page.viewportSize()!;
      expect(marks[0]!.top, "the first mark is below the first screen").toBeGreaterThan(viewport.height);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
      const first = await page.locator("main mark").first().boundingBox();
      expect(first!.y).toBeGreaterThanOrEqual(0);
      expect(first!.y + first!.height).toBeLessThanOrEqual(viewport.height);
      // Marking moved nothing: no layout shift recorded on the page.
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) total += (e as unknown as { value: number }).value;
            }).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => resolve(total), 200);
          }),
      );
      expect(shift).toBe(0);
    }
    // The same page opened normally marks nothing and loads no script.
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await page.goto(origin.url("en/items/7-air-preclearance.html"));
    expect(await page.locator("main mark").count()).toBe(0);
    expect(scripts).toEqual([]);
    expect(real(problems)).toEqual([]);
    await context.close();
  });

  it(`${name}: the pillar filter narrows "security" to that pillar`, async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("en/search.html"));
    await page.getByLabel("Words to find").fill("security");
    await settled(page, "security");
    const all = items(await results(page, origin));
    expect(all.some((n) => !en.pillars[1]!.items.includes(n))).toBe(true); // items 1, 3, 4, 22 … of other pillars

    await page.getByLabel("Pillar", { exact: true }).selectOption({ label: en.pillars[1]!.title });
    await expect.poll(() => new URL(page.url()).searchParams.get("pillar")).toBe("2");
    await expect
      .poll(async () => items(await results(page, origin)).every((n) => en.pillars[1]!.items.includes(n)))
      .toBe(true);
    const narrowed = await results(page, origin);
    for (const n of [14, 15, 17]) expect(items(narrowed)).toContain(n);
    // Pages other than items: only the pillar's own page.
    for (const r of narrowed.filter((r) => itemOf(r) === null))
      expect(r.path).toBe(`en/pillars/2-${en.pillars[1]!.id}.html`);
    expect(new URL(page.url()).searchParams.get("q")).toBe("security");
    expect(real(problems)).toEqual([]);
    await page.close();
  });

  it(`${name}: says so when nothing matches`, async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("en/search.html?q=qqxzvw"));
    await expect
      .poll(() => status(page), { timeout: 15_000 })
      .toBe("No results for “qqxzvw”. Try another word, or browse the whole plan.");
    await expect(page.locator("#search-status").getAttribute("role")).resolves.toBe("status");
    expect(await results(page, origin)).toEqual([]);
    // The way on: the whole plan, linked under the message, and gone again once something matches.
    const wayOn = page.getByRole("link", {
      name: "The whole plan on one page, for reading straight through or printing",
    });
    expect(await wayOn.isVisible()).toBe(true);
    expect(sitePathOf(origin, new URL((await wayOn.getAttribute("href"))!, page.url()).href)).toBe("en/plan.html");
    await page.locator("#search-q").fill("NEXUS");
    await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/^\d+ results? for “NEXUS”$/);
    expect(await page.locator("#search-none").isHidden()).toBe(true);
    expect(real(problems)).toEqual([]);
    await page.close();
  });

  it(`${name}: a result opens its item page, by mouse and by keyboard`, async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("en/search.html?q=preclearance"));
    await settled(page, "preclearance");
    await page.getByRole("link", { name: "7. Air Preclearance", exact: true }).click();
    await expect.poll(() => sitePathOf(origin, page.url())).toBe("en/items/7-air-preclearance.html");
    await expect.poll(() => headingText(page)).toBe("7. Air Preclearance");

    await page.goto(origin.url("en/search.html?q=NEXUS"));
    await settled(page, "NEXUS");
    const first = (await results(page, origin))[0]!;
    await page.getByLabel("Words to find").focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(first.title);
    await page.keyboard.press("Enter");
    await expect.poll(() => sitePathOf(origin, page.url())).toBe(first.path);
    expect(real(problems)).toEqual([]);
    await page.close();
  });

  it(`${name}: the header search form on an item page leads to the search page with results`, async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("en/items/20-intelligent-transportation-systems.html"));
    await page.locator("#site-search").fill("NEXUS");
    await page.locator("#site-search").press("Enter");
    await expect.poll(() => sitePathOf(origin, page.url())).toBe("en/search.html");
    await settled(page, "NEXUS");
    await expect(page.getByLabel("Words to find").inputValue()).resolves.toBe("NEXUS");
    expect(items(await results(page, origin)).sort((a, b) => a - b)).toEqual([1, 3]);
    expect(real(problems)).toEqual([]);
    await page.close();
  });

  it(`${name}: the query and pillar survive reload and back`, async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("en/search.html"));
    // Pillar first: the status names only the query, so it only tells a finished search from
    // an earlier one when the last change is to the query.
    await page.getByLabel("Pillar", { exact: true }).selectOption("1");
    await page.getByLabel("Words to find").pressSequentially("preclear");
    await settled(page, "preclear");
    expect(items(await results(page, origin))).toEqual([7]);
    expect(new URL(page.url()).search).toBe("?q=preclear&pillar=1");

    await page.reload();
    await settled(page, "preclear");
    await expect(page.getByLabel("Words to find").inputValue()).resolves.toBe("preclear");
    await expect(page.getByLabel("Pillar", { exact: true }).inputValue()).resolves.toBe("1");
    expect(items(await results(page, origin))).toEqual([7]);

    await page.getByRole("link", { name: "7. Air Preclearance", exact: true }).click();
    await expect.poll(() => sitePathOf(origin, page.url())).toBe("en/items/7-air-preclearance.html");
    await page.waitForLoadState("load"); // going back mid-load would abort the page's own request
    await page.goBack();
    await settled(page, "preclear");
    await expect(page.getByLabel("Words to find").inputValue()).resolves.toBe("preclear");
    expect(items(await results(page, origin))).toEqual([7]);

    // Clearing the box clears the results, the status and the URL.
    await page.getByLabel("Words to find").fill("");
    await expect.poll(() => status(page)).toBe("");
    expect(await results(page, origin)).toEqual([]);
    expect(new URL(page.url()).searchParams.has("q")).toBe(false);
    expect(real(problems)).toEqual([]);
    await page.close();
  });

  it(`${name}: French finds biométriques in items 1 and 2`, async () => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("fr/recherche.html?q=biométriques"));
    const text = await settled(page, "biométriques");
    expect(text).toMatch(/^\d+ résultats pour «\u00a0biométriques\u00a0»$/);
    const rs = await results(page, origin);
    expect(items(rs).sort((a, b) => a - b)).toEqual([1, 2]);
    const two = rs.find((r) => itemOf(r) === 2)!;
    expect(two.heading).toBe(`2. ${plan("fr").items[1]!.title} — ${plan("fr").pillars[0]!.title}`);
    expect(two.path).toMatch(/^fr\/mesures\/2-[a-z-]+\.html$/);
    expect(real(problems)).toEqual([]);
    await page.close();
  });
});

describe("French stemming over HTTP (Pagefind)", () => {
  it.each([1, 2])("origin %i (HTTP): frontalières also finds the singular frontalière (item 32)", async (index) => {
    const origin = origins[index]!;
    const page = await env.browser.newPage();
    const problems = watchProblems(page);
    await page.goto(origin.url("fr/recherche.html?q=frontalières"));
    await settled(page, "frontalières");
    const found = items(await results(page, origin));
    expect(found).toContain(16);
    expect(found).toContain(32);
    expect(real(problems)).toEqual([]);
    await page.close();
  });
});

describe("without JavaScript", () => {
  it.each([0, 2])(
    "origin %i: the forms still lead to the search page, which points to the whole plan",
    async (index) => {
      const origin = origins[index]!;
      const context = await env.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(origin.url("en/items/7-air-preclearance.html"));
      await page.locator("#site-search").fill("border");
      await page.locator("#site-search").press("Enter");
      await expect.poll(() => sitePathOf(origin, page.url())).toBe("en/search.html");
      expect(new URL(page.url()).searchParams.get("q")).toBe("border");
      // (Playwright's switch leaves <noscript> unparsed, so its notice is checked in the HTML.)
      expect(await page.content()).toMatch(
        /<noscript><p class="notice">\s*Search needs JavaScript\.[^<]*<a href="plan\.html">Whole plan<\/a>/,
      );

      // The page's own form submits to itself, query and pillar in the URL.
      await page.goto(origin.url("en/search.html"));
      await page.getByLabel("Words to find").fill("cargo");
      await page.getByLabel("Pillar", { exact: true }).selectOption("2");
      await page.getByRole("button", { name: "Search" }).last().click();
      await expect.poll(() => sitePathOf(origin, page.url())).toBe("en/search.html");
      expect(new URL(page.url()).search).toBe("?q=cargo&pillar=2");
      await context.close();
    },
  );
});

describe("accessibility of the results (axe, WCAG 2.1 A and AA)", () => {
  it.each(["light", "dark"] as const)("has no violations with results shown, in %s mode", async (colorScheme) => {
    const context = await env.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of ["en/search.html?q=preclearance&pillar=1", "fr/recherche.html?q=fronti%C3%A8re"]) {
      await page.goto(origins[1]!.url(path));
      await expect.poll(async () => (await results(page, origins[1]!)).length).toBeGreaterThan(0);
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      for (const v of result.violations)
        violations.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
    }
    expect(violations).toEqual([]);
    await context.close();
  });

  it.each(["light", "dark"] as const)("has no violations on a page with marks, in %s mode", async (colorScheme) => {
    const context = await env.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of [
      "en/items/15-clearance-away-from-the-border.html?mark=preclearance+security",
      "fr/index.html?mark=circulation",
    ]) {
      await page.goto(origins[1]!.url(path));
      await expect.poll(() => page.locator("main mark").count()).toBeGreaterThan(0);
      // axe checks the marks' contrast against their own background.
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      for (const v of result.violations)
        violations.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
    }
    expect(violations).toEqual([]);
    await context.close();
  });

  it("prints marks dark on light, with their background kept", async () => {
    const context = await env.browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(origins[0]!.url("en/items/7-air-preclearance.html?mark=preclearance"));
    await expect.poll(() => page.locator("main mark").count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: "print" });
    const style = await page
      .locator("main mark")
      .first()
      .evaluate((m) => {
        const s = getComputedStyle(m);
        return { color: s.color, background: s.backgroundColor, adjust: s.printColorAdjust };
      });
    expect(style).toEqual({ color: "rgb(0, 0, 0)", background: "rgb(255, 241, 168)", adjust: "exact" });
    await context.close();
  });
});

describe("built files", () => {
  it("loads the search script only on the search pages, and the mark loader only on pages a result opens", () => {
    // The pages Pagefind indexes are the pages a result can open.
    const searchable = (html: string) => /<main[^>]*data-pagefind-body/.test(html);
    let opened = 0;
    for (const path of htmlPages()) {
      const html = readFileSync(join(DIST, path), "utf8");
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      const depth = path.split("/").length - 1;
      if (path === "en/search.html" || path === "fr/recherche.html") {
        expect(scripts, path).toEqual([
          '<script type="application/json" id="search-config">',
          '<script src="../search/search.js" defer>',
        ]);
      } else if (searchable(html)) {
        opened++;
        expect(scripts, path).toEqual([`<script data-src="${"../".repeat(depth)}search/mark.js">`]);
      } else {
        expect(scripts, path).toEqual([]);
      }
    }
    expect(opened).toBe(2 * (1 + en.pillars.length + en.items.length + 2));
  });

  it("indexes home, pillar, item, whole-plan and map pages, one Pagefind index per language", () => {
    const entry = JSON.parse(readFileSync(join(DIST, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = 1 + en.pillars.length + en.items.length + 2;
    expect(Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]))).toEqual({
      en: pages,
      fr: pages,
    });
  });

  it("writes a disk index per language and a classic script bundle", () => {
    for (const lang of ["en", "fr"])
      expect(readFileSync(join(DIST, lang, "search-index.js"), "utf8")).toMatch(
        /^window\.__planSearch=\{"lang":"(en|fr)"/,
      );
    const js = readFileSync(join(DIST, "search/search.js"), "utf8");
    expect(js).not.toMatch(/^\s*(import|export)\s/m);
    expect(js.length).toBeLessThan(60_000);
    const mark = readFileSync(join(DIST, "search/mark.js"), "utf8");
    expect(mark).not.toMatch(/^\s*(import|export)\s/m);
    expect(mark.length).toBeLessThan(4_000);
  });
});
