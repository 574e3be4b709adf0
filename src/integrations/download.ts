/**
 * Astro integration, last after the build: the whole site as one ZIP for reading offline,
 * dist/download/<name>.zip (see src/lib/download.ts), then its size written into the pages
 * that link to it. The ZIP holds every file of dist/ but Pagefind's (which cannot run from
 * disk; the search falls back to the disk index) and the download itself; its pages have
 * the offline text instead of the link, so they do not depend on the size.
 */
import type { AstroIntegration } from "astro";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { LANGS } from "../i18n/index.ts";
import { downloadName, downloadPath, fillSize, offlineCopy } from "../lib/download.ts";
import { zipFiles } from "../lib/zip.ts";

/** Top folders of dist/ left out of the ZIP. */
const LEFT_OUT = ["pagefind/", "download/"];

async function siteFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .filter((p) => !LEFT_OUT.some((prefix) => p.startsWith(prefix)))
    .sort();
}

async function originalPlan(root: string): Promise<{ title: string; lastUpdated: string }> {
  for (const lang of LANGS) {
    // CONTENT_DIR: where the ingest wrote the content, as in src/content.config.ts.
    const file = resolve(root, process.env.CONTENT_DIR ?? "content", lang, "plan.json");
    if (!existsSync(file)) continue;
    const plan = JSON.parse(await readFile(file, "utf8")) as {
      title: string;
      lastUpdated: string;
      translation: unknown;
    };
    if (plan.translation === null) return plan;
  }
  throw new Error("download: no original plan.json in content/; run `npm run ingest`");
}

export default function download(): AstroIntegration {
  let root = "";
  return {
    name: "plan-download",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const plan = await originalPlan(root);
        const name = downloadName(plan.title);
        const paths = await siteFiles(out);
        const files = new Map<string, Uint8Array>();
        const pages = new Map<string, string>();
        for (const path of paths) {
          const bytes = await readFile(join(out, path));
          if (!path.endsWith(".html")) {
            files.set(path, bytes);
            continue;
          }
          const html = bytes.toString("utf8");
          pages.set(path, html);
          files.set(path, Buffer.from(offlineCopy(html), "utf8"));
        }
        const zip = zipFiles(files, name, plan.lastUpdated);
        const file = join(out, downloadPath(name));
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, zip);
        for (const [path, html] of pages) {
          const filled = fillSize(html, zip.length, LANGS);
          if (filled !== html) await writeFile(join(out, path), filled);
        }
        logger.info(`${downloadPath(name)}: ${files.size} files, ${zip.length} bytes`);
      },
    },
  };
}
