/**
 * Build a whole site from fixture seeds, through the real CLI and `astro build`, into a
 * temporary folder: `<tmp>/content`, `<tmp>/dist`. The project's own content/ and dist/ are
 * not touched.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function buildFixtureSite(seedsDir: string): { dir: string; content: string; dist: string } {
  const dir = mkdtempSync(join(tmpdir(), "plan-site-"));
  const content = join(dir, "content");
  const dist = join(dir, "dist");
  execFileSync("node_modules/.bin/tsx", ["src/ingest/cli.ts", "--seeds", seedsDir, "--out", content], { stdio: "pipe" });
  execFileSync("node_modules/.bin/astro", ["build"], {
    stdio: "pipe",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: join(dir, "cache") },
  });
  return { dir, content, dist };
}
