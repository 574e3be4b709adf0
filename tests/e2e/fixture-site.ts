/**
 * Build a whole site from fixture seeds, through the real CLI and `astro build`, into a
 * temporary folder: `<tmp>/content`, `<tmp>/dist`. The project's own content/ and dist/ are
 * not touched.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

export function buildFixtureSite(seedsDir: string): { dir: string; content: string; dist: string } {
  // Inside the project (git-ignored): with an outDir outside the project root, Astro leaves
  // its content-layer modules (content-modules.mjs, collections/) in the output.
  const parent = resolve(".fixture-builds");
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "site-"));
  const content = join(dir, "content");
  const dist = join(dir, "dist");
  execFileSync("node_modules/.bin/tsx", ["src/ingest/cli.ts", "--seeds", seedsDir, "--out", content], {
    stdio: "pipe",
  });
  execFileSync("node_modules/.bin/astro", ["build"], {
    stdio: "pipe",
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      CONTENT_DIR: content,
      OUT_DIR: dist,
      CACHE_DIR: join(dir, "cache"),
    },
  });
  return { dir, content, dist };
}

/** Delete a fixture site's folder. */
export function removeFixtureSite(site: { dir: string } | undefined): void {
  if (site) rmSync(site.dir, { recursive: true, force: true });
}
