/**
 * Lighthouse 12 through its Node API: Debian's Chromium started by chrome-launcher, the
 * default (mobile, simulated throttling) settings, the four categories. One Chromium for a
 * whole series of runs; each run is a new navigation with a cleared cache (Lighthouse's own).
 */
import { createRequire } from "node:module";
import lighthouse from "lighthouse";

// chrome-launcher is Lighthouse's own dependency: resolve it from there.
const requireFromLighthouse = createRequire(createRequire(import.meta.url).resolve("lighthouse/package.json"));
const chromeLauncher = await import(requireFromLighthouse.resolve("chrome-launcher"));

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
export const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function startChrome() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
}

/**
 * One Lighthouse run of `url` in the launched `chrome`. Returns the category scores (0–100)
 * and the audits that did not pass (score below 1, or a failed binary audit), with the
 * items each lists, so a report can say what to fix.
 */
export async function runLighthouse(chrome, url) {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error(`lighthouse: no result for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const failing = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (
        audit.scoreDisplayMode === "informative" ||
        audit.scoreDisplayMode === "notApplicable" ||
        audit.scoreDisplayMode === "manual"
      )
        continue;
      const list = Array.isArray(audit.details?.items) ? audit.details.items : [];
      const items = list.slice(0, 5).map((it) => summariseItem(it));
      failing.push({
        category,
        id: ref.id,
        weight: ref.weight,
        score: audit.score,
        title: audit.title,
        displayValue: audit.displayValue ?? "",
        items,
      });
    }
  }
  const metrics = {
    fcpMs: lhr.audits["first-contentful-paint"]?.numericValue ?? null,
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? null,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? null,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? null,
  };
  return { scores, failing, metrics };
}

function summariseItem(item) {
  const node = item.node ?? item.source ?? null;
  if (node && typeof node === "object")
    return String(node.snippet ?? node.selector ?? node.url ?? node.nodeLabel ?? "").slice(0, 200);
  if (item.url) return String(item.url);
  return JSON.stringify(item).slice(0, 200);
}
