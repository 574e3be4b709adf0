#!/usr/bin/env node
/**
 * Search latency, keystroke to results painted: serves dist/ over HTTP (Pagefind) and opens
 * it from disk (MiniSearch), types queries one character at a time into the search page, and
 * for each keystroke measures in the page from the input event to the frame after the live
 * region changed (rAF, then a message: the frame was painted). Prints median, p95 and max.
 * Not a test; run after `npm run build`: node bench/search-latency.mjs [rounds]
 */
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import sirv from "sirv";
import { chromium } from "playwright-core";

const DIST = resolve("dist");
const ROUNDS = Number(process.argv[2] ?? 3);
const TARGET_MS = 50;
const QUERIES = {
  en: ["nexus", "preclearance", "security", "border", "biometric", "container", "refugee"],
  fr: ["frontière", "biométriques", "conteneurs", "sécurité"],
};
const PAGES = { en: "en/search.html", fr: "fr/recherche.html" };

if (!existsSync(join(DIST, "pagefind/pagefind.js"))) {
  console.error("dist/ has no search index: run `npm run build` first");
  process.exit(1);
}

const files = sirv(DIST, { dev: true, etag: false, extensions: [] });
const server = createServer((req, res) => files(req, res, () => ((res.statusCode = 404), res.end())));
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});

/** In the page: append ch to the query, resolve with ms from input event to painted status change. */
function keystroke(ch) {
  const input = document.getElementById("search-q");
  const status = document.getElementById("search-status");
  const before = status.textContent;
  return new Promise((resolve) => {
    const timer = setTimeout(() => (observer.disconnect(), resolve(null)), 3000);
    const observer = new MutationObserver(() => {
      if (status.textContent === before) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(0);
      });
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    const start = performance.now();
    input.value += ch;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function clear(page) {
  await page.evaluate(() => {
    const input = document.getElementById("search-q");
    input.value = "";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.waitForFunction(() => document.getElementById("search-status").textContent === "");
}

async function measure(base, lang) {
  const page = await browser.newPage();
  await page.goto(base + PAGES[lang]);
  await page.waitForFunction(() => document.getElementById("search")?.dataset.engine);
  const engine = await page.evaluate(() => document.getElementById("search").dataset.engine);
  // Warm-up: every query once, so WebAssembly, index chunks and fragments are loaded.
  for (const q of QUERIES[lang]) {
    for (const ch of q) await page.evaluate(keystroke, ch);
    await clear(page);
  }
  const times = [];
  let lost = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES[lang]) {
      for (const ch of q) {
        const ms = await page.evaluate(keystroke, ch);
        if (ms === null) lost++;
        else times.push(ms);
      }
      await clear(page);
    }
  }
  await page.close();
  return { engine, times, lost };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
const rows = [];
for (const [name, base] of [
  ["http", origin],
  ["file://", pathToFileURL(DIST).href + "/"],
]) {
  for (const lang of ["en", "fr"]) {
    const { engine, times, lost } = await measure(base, lang);
    const sorted = [...times].sort((a, b) => a - b);
    rows.push({
      origin: name,
      lang,
      engine,
      keystrokes: times.length,
      "median ms": +pct(sorted, 0.5).toFixed(1),
      "p95 ms": +pct(sorted, 0.95).toFixed(1),
      "max ms": +sorted.at(-1).toFixed(1),
      "no change": lost,
    });
  }
}
console.table(rows);
const worst = Math.max(...rows.map((r) => r["median ms"]));
console.log(
  `median keystroke-to-paint: worst ${worst} ms (aim < ${TARGET_MS} ms): ${worst < TARGET_MS ? "ok" : "over"}`,
);

await browser.close();
server.close();
