/**
 * Killing `ingest` at any moment leaves the output folder whole: either the previous run's
 * files or the new ones, never a mix or a half-written tree; the next run cleans up.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = ["src/ingest/cli.ts"];
const TSX = "node_modules/.bin/tsx";

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = join(entry.parentPath, entry.name);
      files[relative(dir, full)] = readFileSync(full, "utf8");
    }
  }
  return files;
}

function killAfter(ms: number, args: string[]): Promise<void> {
  return new Promise((done) => {
    const child = spawn(TSX, [...CLI, ...args], { stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", () => {
      clearTimeout(timer);
      done();
    });
  });
}

describe("interrupted ingest", () => {
  it("leaves the previous output or the complete new one, at every moment", async () => {
    const work = mkdtempSync(join(tmpdir(), "interrupt-"));
    const out = join(work, "content");
    const before = ["--source", "seeds/en/000_dcfa8fc83ba75180.txt", "--out", out];
    const after = ["--source", "tests/fixtures/wrapped/source.txt", "--out", out];
    // The two outputs, each from an uninterrupted run.
    expect(spawnSync(TSX, [...CLI, ...after], { stdio: "ignore" }).status).toBe(0);
    const next = snapshot(out);
    expect(spawnSync(TSX, [...CLI, ...before], { stdio: "ignore" }).status).toBe(0);
    const previous = snapshot(out);
    expect(next).not.toEqual(previous);

    for (const ms of [100, 700, 900, 1000, 1100, 1300, 1600]) {
      await killAfter(ms, after);
      const seen = snapshot(out);
      expect([previous, next], `killed after ${ms} ms`).toContainEqual(seen);
      // Leave the next attempt the previous state again.
      expect(spawnSync(TSX, [...CLI, ...before], { stdio: "ignore" }).status).toBe(0);
      expect(readdirSync(work).sort(), `no leftovers after ${ms} ms`).toEqual(["content"]);
    }
  }, 120_000);
});
