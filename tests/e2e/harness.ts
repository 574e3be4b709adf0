/**
 * What browser tests share: Debian's Chromium through playwright-core, a static server for
 * dist/ at the root and under a sub-path, and the three ways a reader opens the site.
 */
import { createServer, type Server } from "node:http";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import sirv from "sirv";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const DIST = resolve("dist");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** Serve dir under prefix ("/" or "/plan/") on a free port of 127.0.0.1. Missing files get 404.html. */
export async function serve(dir: string, prefix = "/"): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: true, etag: false, extensions: [] });
  const notFound = (res: import("node:http").ServerResponse) => {
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(require404(dir));
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(prefix)) return notFound(res);
    req.url = "/" + url.slice(prefix.length);
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

function require404(dir: string): string {
  try {
    return readFileSync(join(dir, "404.html"), "utf8");
  } catch {
    return "not found";
  }
}

/** A way of opening the built site: a function from a site path to a URL. */
export interface Origin {
  name: string;
  url: (sitePath: string) => string;
}

export function fileOrigin(dir = DIST): Origin {
  // Built from the folder URL so that url("") ends with "/" like the HTTP origins.
  const root = pathToFileURL(dir + "/").href;
  return { name: "file://", url: (p) => new URL(p, root).href };
}

export function httpOrigin(name: string, origin: string, prefix: string): Origin {
  return { name, url: (p) => `${origin}${prefix}${p}` };
}

/** Site path of a URL opened through an origin ("en/items/1-x.html"), or null when outside the site. */
export function sitePathOf(origin: Origin, url: string): string | null {
  const root = origin.url("");
  if (!url.startsWith(root)) return null;
  return decodeURI(url.slice(root.length).split(/[?#]/)[0]!);
}

/** Every file of dir, as site paths, sorted. */
export function listFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split("\\").join("/"));
    }
  };
  walk(dir);
  return out;
}

export const htmlPages = (dir = DIST) => listFiles(dir).filter((f) => f.endsWith(".html"));

/** Collect console errors, page errors and failed requests of a page, to assert none happened. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** The three ways a reader opens the site: from disk, over HTTP at the root, and under /plan/. */
export async function openAllOrigins(dir = DIST): Promise<{ origins: Origin[]; close: () => Promise<void> }> {
  const root = await serve(dir, "/");
  const sub = await serve(dir, "/plan/");
  return {
    origins: [
      fileOrigin(dir),
      httpOrigin("http root", root.origin, "/"),
      httpOrigin("http sub-path", sub.origin, "/plan/"),
    ],
    close: async () => {
      await Promise.all([root.close(), sub.close()]);
    },
  };
}

/** The page types, in both languages; a folder stands for its first page. */
const PAGE_TYPES = [
  "index.html",
  "en/index.html",
  "en/pillars/",
  "en/items/",
  "en/plan.html",
  "en/map.html",
  "en/about.html",
  "en/search.html",
  "fr/index.html",
  "fr/piliers/",
  "fr/mesures/",
  "fr/plan.html",
  "fr/carte.html",
  "fr/a-propos.html",
  "fr/recherche.html",
  "404.html",
];

/** One built page of each type, in both languages. */
export function pageOfEachType(dir = DIST): string[] {
  const pages = htmlPages(dir);
  return PAGE_TYPES.map((type) => (type.endsWith("/") ? pages.find((p) => p.startsWith(type))! : type));
}

/**
 * For a test file that drives the browser over every origin: launches Chromium and the two
 * servers before its tests and closes them after. `origins` is file, HTTP root, HTTP sub-path.
 */
export function useBrowserAndOrigins(): { browser: Browser; origins: Origin[] } {
  const context = { browser: undefined as unknown as Browser, origins: [] as Origin[] };
  let served: Awaited<ReturnType<typeof openAllOrigins>> | undefined;
  beforeAll(async () => {
    context.browser = await launchBrowser();
    served = await openAllOrigins();
    context.origins.push(...served.origins);
  });
  afterAll(async () => {
    await context.browser?.close();
    await served?.close();
  });
  return context;
}

/** The page's h1 as a reader sees it (trimmed). */
export function headingText(page: Page): Promise<string | undefined> {
  return page
    .locator("h1")
    .textContent()
    .then((s) => s?.trim());
}
