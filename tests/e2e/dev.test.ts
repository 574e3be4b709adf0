/**
 * The dev server as an editor meets it: `npm run dev` on a free port, then Home, a cross-link,
 * every link of those pages, and search, in Chromium; the server is stopped by its process id
 * (its process group: npm, scripts/dev.mjs and Astro) and its log must hold no error.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headingText, launchBrowser, watchProblems } from "./harness.ts";

const plan = JSON.parse(readFileSync("content/en/plan.json", "utf8")) as {
  items: { number: number; title: string; slug: string; references: { to: number; kind: string }[] }[];
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`dev server did not answer ${url} within ${ms} ms`);
    await new Promise((ok) => setTimeout(ok, 500));
  }
}

let server: ChildProcess;
let origin = "";
let log = "";
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}/`;
  // detached: its own process group, so the test can stop npm and all it started at once.
  server = spawn("npm", ["run", "dev", "--", "--port", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" },
  });
  server.stdout!.on("data", (c: Buffer) => (log += c.toString()));
  server.stderr!.on("data", (c: Buffer) => (log += c.toString()));
  await waitForHttp(`${origin}en/index.html`, 120_000);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid !== undefined && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((ok) => server.once("exit", ok));
    process.kill(-server.pid, "SIGTERM");
    await exited;
  }
});

describe("npm run dev", () => {
  it("serves Home, a cross-link and every link on them", async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const from = plan.items.find((i) => i.references.some((r) => r.kind !== "related"))!;
    await page.goto(`${origin}en/items/${from.number}-${from.slug}.html`);
    await expect.poll(() => headingText(page)).toContain(from.title);

    // Home, from the site navigation and from the breadcrumbs' first link.
    await page.locator(".site-nav").getByRole("link", { name: "Home", exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${origin}en/index.html`);
    await expect.poll(() => headingText(page)).toContain("32-point Action Plan");
    await page.goBack();
    await page.locator("nav.breadcrumbs a").first().click();
    await expect.poll(() => page.url()).toBe(`${origin}en/index.html`);

    // A cross-link in the item's body leads to the item it names.
    await page.goto(`${origin}en/items/${from.number}-${from.slug}.html`);
    const link = page.locator(".body a[title]").first();
    const title = (await link.getAttribute("title"))!;
    await link.click();
    await expect.poll(() => headingText(page)).toContain(title.replace(/^Item \d+\. /, ""));

    // Every link of the home page and of an item page answers.
    const hrefs = new Set<string>();
    for (const path of ["en/index.html", "fr/index.html", `en/items/${from.number}-${from.slug}.html`]) {
      await page.goto(`${origin}${path}`);
      for (const href of await page
        .locator("a[href]")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
        if (href.startsWith(origin)) hrefs.add(href.split("#")[0]!);
    }
    const broken: string[] = [];
    for (const href of hrefs) {
      const response = await page.request.get(href);
      if (!response.ok()) broken.push(`${response.status()} ${href}`);
    }
    expect(broken).toEqual([]);
    expect(hrefs.size).toBeGreaterThan(10);
    // The dev server's own scripts and styles are cut off, as they should be, when a test navigates on.
    expect(problems.filter((p) => !p.endsWith("net::ERR_ABORTED"))).toEqual([]);
    await page.close();
  });

  it("searches", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}en/search.html?q=${encodeURIComponent(plan.items[0]!.title)}`);
    const first = page.locator("#search-results li a").first();
    await expect.poll(() => first.textContent(), { timeout: 30_000 }).toBe(`1. ${plan.items[0]!.title}`);
    expect(["disk", "pagefind"]).toContain(await page.locator("#search").getAttribute("data-engine"));
    await first.click();
    await expect.poll(() => headingText(page)).toContain(plan.items[0]!.title);
    await page.close();
  });

  it("logs no error, and stops when its process group is sent SIGTERM", async () => {
    expect(log).not.toMatch(/\[ERROR\]|\berror\b/i);
    const exited = new Promise<void>((ok) => server.once("exit", () => ok()));
    process.kill(-server.pid!, "SIGTERM");
    await exited;
    await expect
      .poll(
        () =>
          fetch(origin).then(
            () => "up",
            () => "down",
          ),
        { timeout: 15_000 },
      )
      .toBe("down");
  });
});
