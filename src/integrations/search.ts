/**
 * Site search, built after Astro has written dist/:
 *  - dist/pagefind/: the Pagefind index of the home, pillar, item, whole-plan and map pages
 *    (the pages whose <main> has data-pagefind-body; each by its own words, the parts that
 *    repeat an item's text marked data-pagefind-ignore), one index per <html lang>;
 *  - dist/<lang>/search-index.js: the MiniSearch index for a copy opened from disk;
 *  - dist/search/search.js: the search page's script, a classic IIFE bundle;
 *  - dist/search/mark.js: the script that marks the matched words on a page opened from a result.
 * The dev server (`npm run dev`) serves the same scripts, built on each request from
 * src/ and content/, and dist/pagefind/ where a build has written it (see dev-server.ts).
 */
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import type { Lang } from "../ingest/model.ts";
import { LANGS } from "../i18n/index.ts";
import { planJsonSchema, type PlanJson } from "../lib/content-schemas.ts";
import { buildDiskIndex, diskIndexScript } from "../search/disk-index.ts";
import { collectGarbage } from "./memory.ts";

export default function search(): AstroIntegration {
  let root = "";
  return {
    name: "plan-search",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },

      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await bundleClient(root, out);
        const langs = await writeDiskIndexes(root, out);
        logger.info(`disk index: ${langs.join(", ")}`);
        const indexed = await writePagefind(out);
        logger.info(
          `pagefind: ${Object.entries(indexed)
            .map(([lang, n]) => `${lang} ${n} pages`)
            .join(", ")}`,
        );
      },
    },
  };
}

async function bundleClient(root: string, out: string): Promise<void> {
  await mkdir(join(out, "search"), { recursive: true });
  for (const name of CLIENT_SCRIPTS) await writeFile(join(out, `search/${name}.js`), await clientBundle(root, name));
}

/** The browser scripts, each a file of src/search/ bundled as dist/search/<name>.js. */
export const CLIENT_SCRIPTS = ["search", "mark"] as const;
export type ClientScript = (typeof CLIENT_SCRIPTS)[number];
const CLIENT_ENTRIES: Record<ClientScript, string> = { search: "src/search/client.ts", mark: "src/search/mark.ts" };

/** One browser script (the search page's, or the marker's) bundled as one classic script. */
export async function clientBundle(root: string, name: ClientScript): Promise<string> {
  const result = await build({
    entryPoints: [join(root, CLIENT_ENTRIES[name])],
    outfile: `${name}.js`,
    write: false,
    bundle: true,
    // Classic script: runs from file:// (module scripts do not) and under script-src 'self'.
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    logLevel: "warning",
  });
  return result.outputFiles[0]!.text;
}

async function writeDiskIndexes(root: string, out: string): Promise<Lang[]> {
  const scripts = await diskIndexScripts(root);
  for (const [lang, script] of scripts) {
    const file = join(out, lang, "search-index.js");
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, script);
  }
  return [...scripts.keys()];
}

/** Each language's disk index script (dist/<lang>/search-index.js), from content/. */
export async function diskIndexScripts(root: string): Promise<Map<Lang, string>> {
  const plans = new Map<Lang, PlanJson>();
  for (const lang of LANGS) {
    // CONTENT_DIR: where the ingest wrote the content, as in src/content.config.ts.
    const file = resolve(root, process.env.CONTENT_DIR ?? "content", lang, "plan.json");
    if (existsSync(file)) plans.set(lang, planJsonSchema.parse(JSON.parse(await readFile(file, "utf8"))));
  }
  const original = [...plans.values()].find((p) => p.translation === null);
  if (!original) throw new Error("search: no original plan.json in content/; run `npm run ingest`");
  // Only the site's languages: a one-language site has no pages in the other.
  return new Map(
    [...plans.keys()].map((lang) => [lang, diskIndexScript(buildDiskIndex(lang, plans.get(lang), original))]),
  );
}

/** Pages indexed, by language. */
async function writePagefind(out: string): Promise<Record<string, number>> {
  // The Pagefind indexer is a process of its own: without this collection Node's garbage (of the
  // rendering and the disk index: 1.5 GB, 0.16 GB live, for a 3,000-item plan) and the indexer
  // together would set the build's peak memory.
  collectGarbage();
  const { index, errors } = await pagefind.createIndex({
    // Result URLs name a file ("/en/index.html"), as every link on the site does.
    keepIndexUrl: true,
    // The translation notice is the site speaking, not the plan: it would match "traduction"
    // on every French page and open every French excerpt.
    excludeSelectors: [".notice"],
  });
  if (!index) throw new Error(`search: pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: out });
    if (added.errors.length > 0) throw new Error(`search: pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(out, "pagefind") });
    if (written.errors.length > 0) throw new Error(`search: pagefind: ${written.errors.join("; ")}`);
    const entry = JSON.parse(await readFile(join(out, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
  } finally {
    await pagefind.close();
  }
}
