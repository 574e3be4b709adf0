/**
 * Links between items as a reader meets them, in Chromium from disk: each link once on an item
 * page (symmetric kinds under "Related items" only; "Referenced by" only items whose text
 * cites or names this one and that it does not list), and the map: a title on every node,
 * edges by kind with a legend, and a table of every link with its kind and evidence. The seed
 * site, and a site built from a plan of ours whose sidecar adds an editorial link.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { buildFixtureSite, removeFixtureSite } from "./fixture-site.ts";
import { DIST, fileOrigin, htmlPages, launchBrowser } from "./harness.ts";

type Ref = { to: number; kind: string; evidence: string };
type PlanJson = { items: { number: number; title: string; references: Ref[] }[] };
const planOf = (content: string): PlanJson =>
  JSON.parse(readFileSync(join(content, "en", "plan.json"), "utf8")) as PlanJson;
const SYMMETRIC = new Set(["related", "editorial"]);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The item numbers a list of the page links to, and each one's reason, as shown. */
async function listed(page: Page, id: string): Promise<{ n: number; why: string }[]> {
  return page.locator(`section[aria-labelledby="${id}"] li`).evaluateAll((lis) =>
    lis.map((li) => ({
      n: Number(/^(\d+)\./.exec(li.querySelector("a")?.textContent?.trim() ?? "")?.[1]),
      why: li.querySelector(".why")?.textContent?.trim() ?? "",
    })),
  );
}

async function checkItemPages(dist: string, plan: PlanJson) {
  const origin = fileOrigin(dist);
  const page = await browser.newPage();
  const byNumber = new Map(plan.items.map((i) => [i.number, i]));
  for (const item of plan.items) {
    const path = htmlPages(dist).find((p) => p.startsWith(`en/items/${item.number}-`))!;
    await page.goto(origin.url(path));
    const related = await listed(page, "related");
    const referencedBy = await listed(page, "referenced-by");
    // Its own links, all of them, under "Related items", each once.
    expect(
      related.map((r) => r.n),
      `item ${item.number}`,
    ).toEqual(item.references.map((r) => r.to));
    // Each link once on the page: nothing under both headings.
    const mine = new Set(related.map((r) => r.n));
    for (const r of referencedBy) expect(mine.has(r.n), `item ${item.number} lists ${r.n} twice`).toBe(false);
    // "Referenced by": exactly the items whose text cites or names this one, that it does not list.
    const expected = plan.items
      .filter((other) =>
        other.references.some((r) => r.to === item.number && !SYMMETRIC.has(r.kind) && !mine.has(other.number)),
      )
      .map((other) => other.number);
    expect(
      referencedBy.map((r) => r.n).sort((a, b) => a - b),
      `item ${item.number}`,
    ).toEqual(expected);
    for (const r of item.references) {
      const why = related.find((x) => x.n === r.to)!.why;
      expect(why).toBe(en[`item.kind.${r.kind}` as keyof typeof en].replace("{evidence}", r.evidence));
      expect(byNumber.has(r.to)).toBe(true);
    }
  }
  await page.close();
}

async function checkMap(dist: string, plan: PlanJson) {
  const page = await browser.newPage();
  await page.goto(fileOrigin(dist).url("en/map.html"));
  const titles = await page.locator(".map-scroll svg a.node > title").allTextContents();
  expect(titles).toEqual(plan.items.map((i) => `${i.number}. ${i.title}`));
  const kinds = await page
    .locator(".map-scroll svg path.edge")
    .evaluateAll((ps) => ps.map((p) => p.getAttribute("class")));
  const pairs = new Map<string, Set<string>>();
  for (const i of plan.items)
    for (const r of i.references) {
      const k = `${Math.min(i.number, r.to)}-${Math.max(i.number, r.to)}`;
      pairs.set(k, (pairs.get(k) ?? new Set()).add(r.kind));
    }
  expect(kinds.length).toBe(pairs.size);
  for (const c of kinds) expect(c).toMatch(/^edge (explicit|mention|editorial|related)$/);
  await expect
    .poll(() => page.locator(".map-legend .legend-entry").allTextContents())
    .toEqual(
      ["cited by number", "named in the text", "editor’s link", "shared terms"].map((s) => expect.stringContaining(s)),
    );
  // The table: every link, with its kind and evidence.
  const rows = await page.locator("table tbody li").allTextContents();
  const all = plan.items.flatMap((i) => i.references.map((r) => ({ i, r })));
  expect(rows.length).toBe(all.length);
  for (const { r } of all)
    expect(
      rows.some((row) => row.includes(en[`item.kind.${r.kind}` as keyof typeof en].replace("{evidence}", r.evidence))),
    ).toBe(true);
  await page.close();
  return kinds;
}

describe("links on the seed site", () => {
  const plan = planOf("content");
  it("show each link once on every English item page", async () => {
    await checkItemPages(DIST, plan);
  }, 120_000);
  it("are on the map, with node titles, edges by kind, a legend and a table of every link", async () => {
    await checkMap(DIST, plan);
  }, 60_000);
});

describe("an editorial link from the sidecar", () => {
  let site: ReturnType<typeof buildFixtureSite> | undefined;
  beforeAll(() => {
    site = buildFixtureSite("tests/fixtures/editorial-links");
  }, 240_000);
  afterAll(() => removeFixtureSite(site));

  it("shows on both items' pages under Related items with its note, and as an editorial edge on the map", async () => {
    const plan = planOf(site!.content);
    await checkItemPages(site!.dist, plan);
    const kinds = await checkMap(site!.dist, plan);
    expect(kinds).toEqual(["edge editorial"]);
  }, 120_000);
});
