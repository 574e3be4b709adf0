/**
 * Astro integration: after the build, give every HTML page its Content-Security-Policy meta
 * (see src/lib/csp.ts). Runs after the search integration so the policy sees final pages.
 */
import type { AstroIntegration } from "astro";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { withCsp } from "../lib/csp.ts";

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export default function csp(): AstroIntegration {
  return {
    name: "plan-csp",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        for (const file of files) {
          const html = await readFile(file, "utf8");
          // Pagefind's WebAssembly runs only on the search page, which loads the search script.
          const wasm = html.includes("search/search.js");
          await writeFile(file, withCsp(html, { wasm }));
        }
        logger.info(`Content-Security-Policy set on ${files.length} pages`);
      },
    },
  };
}
