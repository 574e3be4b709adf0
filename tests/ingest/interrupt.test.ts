/**
 * Killing `ingest` at any moment leaves the output folder whole: either the previous run's
 * files or the new ones, never a mix or a half-written tree; the next run cleans up.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { recoverInterruptedRun } from "../../src/ingest/write.ts";

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

/**
 * Run with the CLI's internal pause between its two renames, and SIGKILL it inside the pause:
 * resolves with what the output's parent folder held at that moment.
 */
function killBetweenRenames(args: string[], parent: string): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [...CLI, ...args], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, INGEST_INTERNAL_PAUSE_MS: "30000" },
    });
    let stderr = "";
    let seen: string[] | null = null;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (seen === null && stderr.includes("ingest: internal: paused between renames\n")) {
        seen = readdirSync(parent).sort();
        child.kill("SIGKILL");
      }
    });
    child.on("exit", (_code, signal) =>
      seen !== null && signal === "SIGKILL" ? done(seen) : fail(new Error(`never paused: ${stderr}`)),
    );
  });
}

/**
 * A work folder whose content/ holds the previous output (the seed's, written by `before`),
 * with `after` the arguments of the run that replaces it and `next` what that run writes when not interrupted.
 */
function twoOutputs() {
  const work = mkdtempSync(join(tmpdir(), "interrupt-"));
  const out = join(work, "content");
  const before = ["--source", "seeds/en/000_dcfa8fc83ba75180.txt", "--out", out];
  const after = ["--source", "tests/fixtures/wrapped/source.txt", "--out", out];
  expect(spawnSync(TSX, [...CLI, ...after], { stdio: "ignore" }).status).toBe(0);
  const next = snapshot(out);
  expect(spawnSync(TSX, [...CLI, ...before], { stdio: "ignore" }).status).toBe(0);
  const previous = snapshot(out);
  return { work, out, before, after, next, previous };
}

describe("interrupted ingest", () => {
  it("killed between the two renames: the next run puts the previous output back or replaces it whole", async () => {
    const { work, out, after, next, previous } = twoOutputs();

    // In the window: the old folder moved aside, the new one written but not yet in place.
    const during = await killBetweenRenames(after, work);
    expect(during).toHaveLength(2);
    expect(during.find((e) => e.startsWith(".ingest-old-content-"))).toBeDefined();
    expect(during.find((e) => e.startsWith(".ingest-tmp-content-"))).toBeDefined();
    expect(existsSync(out)).toBe(false);
    expect(
      snapshot(
        join(
          work,
          during.find((e) => e.startsWith(".ingest-old-"))!,
        ),
      ),
    ).toEqual(previous);

    // What the next run does first: the previous output is back whole, the half-done one gone.
    recoverInterruptedRun(out);
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(work)).toEqual(["content"]);

    // Killed in the window again, the next run itself recovers and then replaces the folder whole.
    await killBetweenRenames(after, work);
    expect(spawnSync(TSX, [...CLI, ...after], { stdio: "ignore" }).status).toBe(0);
    expect(snapshot(out)).toEqual(next);
    expect(readdirSync(work)).toEqual(["content"]);
  }, 120_000);

  it("leaves the previous output or the complete new one, at every moment", async () => {
    // The two outputs, each from an uninterrupted run.
    const { work, out, before, after, next, previous } = twoOutputs();
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
