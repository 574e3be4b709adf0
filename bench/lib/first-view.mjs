/**
 * A page's first view: everything the browser fetches for it, from navigation until the load
 * event and then network idle (500 ms without a request), before the reader does anything.
 * A fresh browser context per page, so nothing comes from cache. Shared by the benchmark
 * (bench/run.mjs) and the budget tests (tests/e2e/budgets.test.ts).
 */
import { gzipSync } from "node:zlib";

/**
 * @typedef {{ url: string; status: number; type: string; contentType: string; bytes: number; gzip: number }} Resource
 * @typedef {{ url: string; resources: Resource[]; requests: number; bytes: number; gzip: number;
 *   fonts: string[]; thirdParty: string[]; blockingScripts: string[]; failed: string[] }} FirstView
 */

const FONT = /\.(woff2?|ttf|otf|eot)(\?|$)/i;

/**
 * Load `url` in a new context of `browser` (a playwright-core Browser) and measure it.
 * @param {import("playwright-core").Browser} browser
 * @param {string} url
 * @returns {Promise<FirstView>}
 */
export async function firstView(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {import("playwright-core").Response[]} */
    const responses = [];
    /** @type {string[]} */
    const failed = [];
    /** @type {import("playwright-core").Request[]} */
    const requests = [];
    page.on("request", (r) => requests.push(r));
    page.on("response", (r) => responses.push(r));
    page.on("requestfailed", (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ""}`));
    await page.goto(url, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    // Chromium asks for the icon after the load event, later on a long page: wait for it.
    const icon = await page.evaluate(
      () => /** @type {HTMLLinkElement | null} */ (document.querySelector('link[rel~="icon"]'))?.href ?? null,
    );
    if (icon && !responses.some((r) => r.url() === icon)) {
      await page.waitForResponse((r) => r.url() === icon, { timeout: 15_000 }).catch(() => {});
      await page.waitForLoadState("networkidle");
    }
    const origin = new URL(url).origin;
    /** @type {Resource[]} */
    const resources = [];
    for (const r of responses) {
      // The body as the server sent it; a worker's or a redirect's may be unavailable here.
      const body = await r.body().catch(async () => Buffer.from(await (await fetch(r.url())).arrayBuffer()));
      resources.push({
        url: r.url(),
        status: r.status(),
        type: r.request().resourceType(),
        contentType: (r.headers()["content-type"] ?? "").split(";")[0] ?? "",
        bytes: body.length,
        gzip: gzipSync(body).length,
      });
    }
    // A parser-blocking script: an external classic script without async or defer. Chromium also
    // reports what blocked rendering (Resource Timing's renderBlockingStatus).
    const blockingScripts = await page.evaluate(() => {
      const parserBlocking = [...document.querySelectorAll("script[src]")]
        .map((s) => /** @type {HTMLScriptElement} */ (s))
        .filter((s) => !s.async && !s.defer && s.type !== "module")
        .map((s) => s.src);
      const reported = performance
        .getEntriesByType("resource")
        .map((e) => /** @type {PerformanceResourceTiming & { renderBlockingStatus?: string }} */ (e))
        .filter((e) => e.renderBlockingStatus === "blocking" && e.initiatorType === "script")
        .map((e) => e.name);
      return [...new Set([...parserBlocking, ...reported])];
    });
    return {
      url,
      resources,
      requests: resources.length,
      bytes: resources.reduce((s, r) => s + r.bytes, 0),
      gzip: resources.reduce((s, r) => s + r.gzip, 0),
      // From the requests, not the responses: a font or third-party request that failed still counts.
      fonts: [
        ...new Set([
          ...requests.filter((r) => r.resourceType() === "font" || FONT.test(r.url())).map((r) => r.url()),
          ...resources.filter((r) => r.contentType.startsWith("font/")).map((r) => r.url),
        ]),
      ],
      thirdParty: [
        ...new Set(requests.map((r) => r.url()).filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin)),
      ],
      blockingScripts,
      failed,
    };
  } finally {
    await context.close();
  }
}
