/**
 * The same sources give byte-identical output: two builds from clean, in different folders,
 * produce the same content/ and the same dist/, file for file (Pagefind and Astro assets too).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFixtureSite, removeFixtureSite } from "./fixture-site.ts";
import { listFiles } from "./harness.ts";

describe("deterministic builds", () => {
  it("builds the seeds twice from clean into identical content/ and dist/", () => {
    const first = buildFixtureSite("seeds");
    const second = buildFixtureSite("seeds");
    for (const part of ["content", "dist"] as const) {
      const a = listFiles(first[part]);
      const b = listFiles(second[part]);
      expect(b, part).toEqual(a);
      expect(a.length, part).toBeGreaterThan(part === "dist" ? 150 : 60);
      const differing = a.filter(
        (f) => !readFileSync(join(first[part], f)).equals(readFileSync(join(second[part], f))),
      );
      expect(differing, part).toEqual([]);
    }
    // And the committed content/ is what the seeds give.
    const committed = listFiles("content");
    expect(committed).toEqual(listFiles(first.content));
    expect(
      committed.filter((f) => !readFileSync(join("content", f)).equals(readFileSync(join(first.content, f)))),
    ).toEqual([]);
    removeFixtureSite(first);
    removeFixtureSite(second);
  });
});
