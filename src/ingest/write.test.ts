import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recoverInterruptedRun, replaceDirectory } from "./write.ts";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "ingest-write-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Every file under dir, as relative path → text. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(dir.length + 1)] = readFileSync(path, "utf8");
    }
  }
  return out;
}

function fill(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

describe("replaceDirectory", () => {
  it("creates the folder (and its parents) with the given files", () => {
    const out = join(root, "a", "b", "content");
    replaceDirectory(
      out,
      new Map([
        ["en/items/1-x.md", "one"],
        ["en/plan.json", "{}"],
      ]),
    );
    expect(tree(out)).toEqual({ "en/items/1-x.md": "one", "en/plan.json": "{}" });
  });

  it("replaces the folder whole: stale files and folders are gone", () => {
    const out = join(root, "content");
    fill(out, { "stale.txt": "old", "en/items/99-gone.md": "old", "en/plan.json": "old" });
    replaceDirectory(out, new Map([["en/plan.json", "new"]]));
    expect(tree(out)).toEqual({ "en/plan.json": "new" });
    expect(existsSync(join(out, "en", "items"))).toBe(false);
  });

  it("leaves no temporary or moved-away folders beside it", () => {
    const out = join(root, "content");
    fill(out, { "a.txt": "old" });
    replaceDirectory(out, new Map([["b.txt", "new"]]));
    expect(readdirSync(root)).toEqual(["content"]);
  });

  it("writes an empty folder for no files", () => {
    const out = join(root, "content");
    replaceDirectory(out, new Map());
    expect(readdirSync(out)).toEqual([]);
  });
});

describe("recoverInterruptedRun", () => {
  it("restores a folder that a killed run moved away", () => {
    const out = join(root, "content");
    fill(join(root, ".ingest-old-content-4242"), { "plan.json": "previous" });
    fill(join(root, ".ingest-tmp-content-4242"), { "plan.json": "half-writ" });
    recoverInterruptedRun(out);
    expect(tree(out)).toEqual({ "plan.json": "previous" });
    expect(readdirSync(root)).toEqual(["content"]);
  });

  it("deletes the moved-away copy when the new folder was already in place", () => {
    const out = join(root, "content");
    fill(out, { "plan.json": "new" });
    fill(join(root, ".ingest-old-content-4242"), { "plan.json": "previous" });
    recoverInterruptedRun(out);
    expect(tree(out)).toEqual({ "plan.json": "new" });
    expect(readdirSync(root)).toEqual(["content"]);
  });

  it("does not touch a sibling folder's leftovers whose name starts the same", () => {
    const out = join(root, "content");
    fill(join(root, ".ingest-old-content-fr-4242"), { "plan.json": "fr previous" });
    fill(join(root, ".ingest-tmp-content-fr-4243"), { "plan.json": "fr in progress" });
    recoverInterruptedRun(out);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).sort()).toEqual([".ingest-old-content-fr-4242", ".ingest-tmp-content-fr-4243"]);
  });

  it("is what replaceDirectory does first, so the next run starts clean", () => {
    const out = join(root, "content");
    fill(join(root, ".ingest-old-content-4242"), { "plan.json": "previous", "stale.txt": "x" });
    replaceDirectory(out, new Map([["plan.json", "new"]]));
    expect(tree(out)).toEqual({ "plan.json": "new" });
    expect(readdirSync(root)).toEqual(["content"]);
  });

  it("does nothing when the parent folder does not exist", () => {
    expect(() => recoverInterruptedRun(join(root, "missing", "content"))).not.toThrow();
  });
});
