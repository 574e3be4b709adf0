/**
 * Editorial links (`links:` in plan.yaml) through the real CLI: a link added with a note and
 * a detected one removed, inherited by the translation with its own wording of the note;
 * bad entries stop the run with FILE:LINE errors, exit status 1, and nothing written.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  spawnSync("node_modules/.bin/tsx", ["src/ingest/cli.ts", ...args], { encoding: "utf8" });
type Ref = { to: number; kind: string; evidence: string };
const refs = (out: string, lang: string) =>
  (JSON.parse(readFileSync(join(out, lang, "plan.json"), "utf8")) as { items: { references: Ref[] }[] }).items.map(
    (i) => i.references,
  );
const FIXTURE = "tests/fixtures/editorial-links";

describe("editorial links in the sidecar", () => {
  it("add a link both ways with the note as evidence, remove a detected one, and carry over to the translation", () => {
    const out = mkdtempSync(join(tmpdir(), "links-"));
    const result = run("--seeds", FIXTURE, "--out", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const note = "Observers trained under item 4 sail on the joint patrols.";
    const noteFr = "Les observateurs formés au point 4 embarquent sur les patrouilles conjointes.";
    // Item 2 cites item 1 ("see item 1"), but the sidecar removes the pair.
    expect(refs(out, "en")).toEqual([
      [],
      [],
      [{ to: 4, kind: "editorial", evidence: note }],
      [{ to: 3, kind: "editorial", evidence: note }],
    ]);
    expect(refs(out, "fr")).toEqual([
      [],
      [],
      [{ to: 4, kind: "editorial", evidence: noteFr }],
      [{ to: 3, kind: "editorial", evidence: noteFr }],
    ]);
  });

  it("without the removal, item 2's citation of item 1 is found (so the removal is what drops it)", () => {
    const seeds = mkdtempSync(join(tmpdir(), "links-seeds-"));
    cpSync(FIXTURE, seeds, { recursive: true });
    const sidecar = join(seeds, "en", "plan.yaml");
    writeFileSync(
      sidecar,
      readFileSync(sidecar, "utf8").replace(/^ {2}- \{ between: \[1, 2\], remove: true \}\n/m, ""),
    );
    const out = join(seeds, "out");
    expect(run("--seeds", seeds, "--out", out).status).toBe(0);
    expect(refs(out, "en")[1]).toEqual([{ to: 1, kind: "explicit", evidence: "see item 1" }]);
    expect(refs(out, "fr")[1]).toEqual([{ to: 1, kind: "explicit", evidence: "voir le point 1" }]);
  });

  const bad: { name: string; errors: string[] }[] = [
    {
      name: "bad-links",
      errors: [
        "plan.yaml:4: error: links.0.between: links item 2 to itself; give two different items",
        "plan.yaml:6: error: links.2.between: the pair 1 and 3 is already given (links.1)",
        'plan.yaml:7: error: links.3: give either `note: "…"` (add a link) or `remove: true` (suppress one), not both or neither',
      ],
    },
    { name: "unknown-link", errors: ["plan.yaml:8: error: links.1.between: the plan has no item 9"] },
  ];
  for (const { name, errors } of bad) {
    it(`${name}: FILE:LINE errors, exit 1, no stack trace, nothing written`, () => {
      const out = mkdtempSync(join(tmpdir(), "links-bad-"));
      writeFileSync(join(out, "sentinel.txt"), "earlier output");
      const result = run("--source", `tests/fixtures/${name}/source.txt`, "--out", out);
      expect(result.status).toBe(1);
      const lines = result.stderr.split("\n").filter((l) => l.includes(": error: "));
      expect(lines.sort()).toEqual(errors.map((e) => `tests/fixtures/${name}/${e}`).sort());
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(readFileSync(join(out, "sentinel.txt"), "utf8")).toBe("earlier output");
    });
  }

  it("refuses a translation's entry for a pair its original does not link", () => {
    const seeds = mkdtempSync(join(tmpdir(), "links-fr-"));
    cpSync(FIXTURE, seeds, { recursive: true });
    const sidecar = join(seeds, "fr", "plan.yaml");
    writeFileSync(sidecar, readFileSync(sidecar, "utf8").replace("between: [4, 3]", "between: [1, 3]"));
    const result = run("--seeds", seeds, "--out", join(seeds, "out"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /fr\/plan\.yaml:11: error: links\.0: a translation takes its links from .*en\/plan\.yaml/,
    );
  });
});
