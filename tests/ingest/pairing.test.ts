/**
 * Translations are paired with the original by number, through the real CLI: a French item
 * in another pillar than its English twin, or with no English twin, stops the run with
 * FILE:LINE errors, exit status 1, and the output folder untouched.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  spawnSync("node_modules/.bin/tsx", ["src/ingest/cli.ts", ...args], { encoding: "utf8" });
const lineOf = (file: string, text: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .findIndex((l) => l.startsWith(text)) + 1;

describe("pairing a translation with its original", () => {
  it("reports an item in another pillar and an item with no counterpart, and writes nothing", () => {
    const out = mkdtempSync(join(tmpdir(), "pairing-"));
    writeFileSync(join(out, "sentinel.txt"), "earlier output");
    const fr = "tests/fixtures/pairing-bad/fr/plan-action-32-points.txt";
    const result = run("--seeds", "tests/fixtures/pairing-bad", "--out", out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${fr}:${lineOf(fr, "14) ")}: error: item 14 is in pillar 1 here but in pillar 2`);
    expect(result.stderr).toContain(
      `${fr}:${lineOf(fr, "33) ")}: error: item 33 'Mesure supplémentaire' has no counterpart`,
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(out, "sentinel.txt"), "utf8")).toBe("earlier output");
  });

  it("accepts a partial translation that says so, and refuses the same text marked complete", () => {
    const out = mkdtempSync(join(tmpdir(), "pairing-"));
    expect(run("--seeds", "tests/fixtures/partial-fr", "--out", out).status).toBe(0);
    const plan = JSON.parse(readFileSync(join(out, "fr", "plan.json"), "utf8")) as { items: { number: number }[] };
    expect(plan.items.map((i) => i.number)).not.toContain(5);
    expect(plan.items).toHaveLength(29);

    // The same French text with partial: false in its sidecar.
    const seeds = mkdtempSync(join(tmpdir(), "seeds-"));
    for (const lang of ["en", "fr"]) {
      const dir = join(seeds, lang);
      spawnSync("cp", ["-r", `tests/fixtures/partial-fr/${lang}`, dir]);
    }
    const sidecar = join(seeds, "fr", "plan.yaml");
    writeFileSync(sidecar, readFileSync(sidecar, "utf8").replace("partial: true", "partial: false"));
    const result = run("--seeds", seeds, "--out", join(seeds, "out"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/plan-action-32-points\.txt:\d+: error: item 6 follows item 4: item 5 is missing/);
  });
});
