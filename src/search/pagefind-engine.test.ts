/**
 * Pagefind's excerpts read as text runs (segments) and its results as hits (toHit), in real
 * Chromium: segments() needs the browser's DOMParser. The module is bundled as the search
 * script is, and run in a blank page.
 */
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Segment } from "./types.ts";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents: 'import { segments, toHit } from "./pagefind-engine.ts"; Object.assign(window, { segments, toHit });',
      resolveDir: import.meta.dirname,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    write: false,
    logLevel: "warning",
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  page = await browser.newPage();
  await page.setContent("<!doctype html><title>t</title>");
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const segments = (html: string) =>
  page.evaluate((h) => (window as unknown as { segments(h: string): Segment[] }).segments(h), html);
const marked = (s: Segment[]) => s.filter((x) => x.mark).map((x) => x.text);
const text = (s: Segment[]) => s.map((x) => x.text).join("");

describe("segments", () => {
  it("marks the matched word, not the punctuation Pagefind's mark takes with it", async () => {
    expect(await segments("Resume <mark>preclearance.</mark> at Vancouver")).toEqual([
      { text: "Resume ", mark: false },
      { text: "preclearance", mark: true },
      { text: ". at Vancouver", mark: false },
    ]);
    expect(await segments("the <mark>“NEXUS”</mark> card")).toEqual([
      { text: "the “", mark: false },
      { text: "NEXUS", mark: true },
      { text: "” card", mark: false },
    ]);
  });

  it("reads accented and non-Latin letters as word letters", async () => {
    expect(marked(await segments("le <mark>précontrôle,</mark> aérien"))).toEqual(["précontrôle"]);
    expect(marked(await segments("<mark>(2005)</mark>"))).toEqual(["2005"]);
  });

  it("joins neighbouring runs of the same kind, and leaves a mark of punctuation alone unmarked", async () => {
    expect(await segments("<mark>air</mark><mark>port</mark> and <mark>…</mark>")).toEqual([
      { text: "airport", mark: true },
      { text: " and …", mark: false },
    ]);
  });

  it("decodes the escaped text and builds no element from it", async () => {
    const s = await segments('a &lt;img src=x onerror="alert(1)"&gt; &amp; <mark>b</mark> <b>c</b>');
    expect(text(s)).toBe('a <img src=x onerror="alert(1)"> & b c');
    expect(marked(s)).toEqual(["b"]);
  });

  it("gives nothing for an empty excerpt", async () => {
    expect(await segments("")).toEqual([]);
  });
});

describe("toHit", () => {
  const toHit = (data: object) =>
    page.evaluate(
      (d) =>
        (window as unknown as { toHit(d: object, p: Map<number, string>, q: string): unknown }).toHit(
          d,
          new Map([[2, "The Secure Flow of Goods"]]),
          "clearance",
        ),
      data,
    );

  it("gives an item its site path, title and pillar title", async () => {
    expect(
      await toHit({
        url: "/en/items/15-clearance.html",
        excerpt: "<mark>clearance</mark>",
        content: "Away-from-the-border clearance of cargo",
        locations: [1],
        meta: { title: "15. Clearance", number: "15" },
        filters: { pillar: ["2"] },
      }),
    ).toEqual({
      path: "en/items/15-clearance.html",
      title: "15. Clearance",
      pillar: "The Secure Flow of Goods",
      excerpt: [{ text: "clearance", mark: true }],
      words: ["clearance"],
    });
  });

  it("gives a pillar page no pillar, and a page without a title its URL", async () => {
    const hit = (await toHit({
      url: "/en/pillars/2-goods.html",
      excerpt: "",
      meta: {},
      filters: { pillar: ["2"] },
    })) as {
      title: string;
      pillar?: string;
    };
    expect(hit.title).toBe("/en/pillars/2-goods.html");
    expect(hit.pillar).toBeUndefined();
  });
});
