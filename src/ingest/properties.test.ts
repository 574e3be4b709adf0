/**
 * Property-based tests of the ingest steps (fast-check): the reader, the parser and the whole
 * in-process pipeline on arbitrary text and bytes and on the seed with random lines deleted,
 * repeated, truncated, swapped or filled with hostile bytes. The cross-referencer's are in
 * xref/properties.test.ts, the emitter's in emit.properties.test.ts.
 *
 * The contract: a source either ingests to a valid plan (items 1..N, each with a body and in
 * exactly one pillar, references to other items of the plan) or is refused with diagnostics
 * that name a file and a line of it; nothing ever throws. Emitted MDX renders the source text
 * literally. Runs are few enough (and MDX compiles fewer still) for the file to take seconds;
 * fast-check shrinks any failure to a small counterexample (a short list of edits).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyMutant,
  astroFrontmatter,
  itemFrontmatterSchema,
  lineCount,
  mutantArb,
  pillarFrontmatterSchema,
  planJsonProblems,
  seedBytes,
} from "../../tests/ingest/helpers/fuzz.ts";
import { encode, expectItemShape, runs, seedInput, squash } from "../../tests/ingest/helpers/arbitraries.ts";
import { emitPlan, planJson } from "./emit.ts";
import type { Plan } from "./model.ts";
import { parsePlan } from "./parse.ts";
import { hasErrors, ingest, loadPlan, type IngestResult, type SourceInput } from "./pipeline.ts";
import { decodeWindows1252, normaliseLineEnds, readSource } from "./read.ts";

// ---------------------------------------------------------------------------
// The contract of `ingest`

/** Checks one run of `ingest`: diagnostics point at real lines; no errors means a valid plan whose files the site can read. */
function expectContract(input: SourceInput, result: IngestResult): void {
  const lines = new Map<string, number>([[input.file, lineCount(input.bytes)]]);
  if (input.sidecar) lines.set(input.sidecar.file, input.sidecar.text.split("\n").length);
  for (const d of result.diagnostics) {
    const where = `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
    expect(lines.has(d.file), where).toBe(true);
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines.get(d.file)!, where).toBe(true);
    expect(["error", "warning", "info"], where).toContain(d.severity);
    expect(d.message.trim(), where).not.toBe("");
  }
  if (hasErrors(result.diagnostics)) {
    expect(result.plans).toEqual([]);
    return;
  }
  expect(result.plans).toHaveLength(1);
  const plan = result.plans[0]!;
  expect(planJsonProblems(JSON.parse(planJson(plan)))).toEqual([]);
  for (const item of plan.items) expectItemShape(item);
  expectFiles(plan);
}

/** Every emitted file fits the site's content schemas, read the way Astro reads it; titles survive the YAML round trip. */
function expectFiles(plan: Plan): void {
  const files = emitPlan(plan);
  const items = [...files.keys()].filter((f) => f.startsWith("items/"));
  const pillars = [...files.keys()].filter((f) => f.startsWith("pillars/"));
  expect(items).toHaveLength(plan.items.length);
  expect(pillars).toHaveLength(plan.pillars.length);
  for (const [path, text] of files) {
    if (path === "plan.json") continue;
    const data = astroFrontmatter(text);
    if (path.startsWith("items/")) {
      const fm = itemFrontmatterSchema.parse(data);
      const item = plan.items.find((i) => i.number === fm.number)!;
      expect(fm.title, path).toBe(item.title);
      expect(fm.references, path).toEqual(item.references);
    } else {
      const fm = pillarFrontmatterSchema.parse(data);
      expect(fm.title, path).toBe(plan.pillars[fm.number - 1]!.title);
    }
  }
}

// ---------------------------------------------------------------------------

describe("reader", () => {
  it("never throws on arbitrary bytes; its text has no CR; a warning names a line of the file", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const read = readSource(bytes, "x.txt");
        expect(read.text).not.toContain("\r");
        expect(read.text).not.toContain("\0");
        for (const d of read.diagnostics) {
          expect(d.file).toBe("x.txt");
          expect(d.severity).toBe("warning");
          expect(d.line >= 1 && d.line <= lineCount(bytes)).toBe(true);
        }
        expect(read.diagnostics.some((d) => d.message.startsWith("not valid UTF-8"))).toBe(
          read.encoding === "windows-1252",
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it("round-trips valid UTF-8 (a leading BOM dropped, line ends made LF, NUL removed with a warning at its line)", () => {
    const text = fc
      .array(fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("\0", "\r", "\r\n", "\n")), {
        maxLength: 12,
      })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.boolean(), (s, bom) => {
        const read = readSource(encode((bom ? "\ufeff" : "") + s), "x.txt");
        expect(read.text).toBe(normaliseLineEnds(s).replaceAll("\0", ""));
        expect(read.encoding).toBe("utf-8");
        const nul = s.indexOf("\0");
        if (nul === -1) expect(read.diagnostics).toEqual([]);
        else
          expect(read.diagnostics.map((d) => [d.line, d.severity])).toEqual([
            [lineCount(encode(s.slice(0, nul) + "x")), "warning"],
          ]);
      }),
      // NUL used to come through the reader and render as U+FFFD (found by the emitter properties).
      { numRuns: runs(200), examples: [["a\0b\n\0", false]] },
    );
  });

  it("decodes a stray non-UTF-8 byte as Windows-1252 and leaves the UTF-8 around it alone, warning at its line", () => {
    const never = [...Array.from({ length: 0x40 }, (_, i) => 0x80 + i), 0xc0, 0xc1, 0xf5, 0xf6, 0xf7, 0xf8, 0xfe, 0xff];
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 80 }),
        fc.constantFrom(...never),
        fc.string({ unit: "binary", maxLength: 80 }),
        (before, bad, after) => {
          const bytes = new Uint8Array([...encode(before), bad, ...encode(after)]);
          const read = readSource(bytes, "x.txt");
          const start = before.startsWith("\ufeff") ? before.slice(1) : before;
          expect(read.text).toBe(
            normaliseLineEnds(start + decodeWindows1252(new Uint8Array([bad])) + after).replaceAll("\0", ""),
          );
          expect(read.encoding).toBe("windows-1252");
          expect(read.diagnostics).toHaveLength(before.includes("\0") || after.includes("\0") ? 2 : 1);
          // The line of the bad byte: the line ends before it, with a CR right before it counted too.
          expect(read.diagnostics[0]!.line).toBe(lineCount(encode(before + "x")));
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe("parser and pipeline on arbitrary text", () => {
  const word = fc.constantFrom(
    "Border",
    "security",
    "NEXUS",
    "Cards",
    "the",
    "of",
    "item",
    "{x}",
    "<b>",
    "*",
    "Ferry",
    "é",
    "2001",
  );
  const line = fc.oneof(
    fc.constant(""),
    fc.constant(""),
    fc
      .tuple(
        fc.constantFrom("", " ", "\t"),
        fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(32, 2001, 999999999)),
        fc.constantFrom(")", ".", ") ", "):"),
        fc.array(word, { maxLength: 4 }),
      )
      .map(([indent, n, sep, w]) => `${indent}${n}${sep} ${w.join(" ")}`),
    fc
      .array(fc.constantFrom("SECURITY", "THE", "FLOW", "OF", "GOODS", "U.S.", "É", "|"), {
        minLength: 1,
        maxLength: 5,
      })
      .map((w) => w.join(" ")),
    fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(" ")),
    fc.constantFrom(
      "Last Updated:",
      "2005-01-13",
      "Last Updated: 2005-01-13",
      "Date : 2005-01-13",
      "Home | Help | Contact",
      "Top of Page",
    ),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.string({ unit: "binary", maxLength: 10 }),
  );
  const textArb = fc.array(line, { maxLength: 40 }).map((lines) => lines.join("\n"));

  it("parsePlan never throws; items keep their heading's line and number, each in exactly one pillar", () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom("en" as const, "fr" as const), (text, lang) => {
        const { plan, diagnostics } = parsePlan(text, { file: "x.txt", lang });
        const lines = text.split("\n");
        for (const d of diagnostics)
          expect(d.line >= 1 && d.line <= lines.length, `${d.line}: ${d.message}`).toBe(true);
        if (!plan) {
          expect(hasErrors(diagnostics)).toBe(true);
          return;
        }
        for (const item of plan.items) {
          const heading = lines[item.line - 1]!;
          expect(Number(/^\s*(\d+)/.exec(heading)?.[1])).toBe(item.number);
          expect(plan.pillars.filter((p) => p.items.includes(item.number)).map((p) => p.number)).toContain(item.pillar);
          expectItemShape(item);
          for (const [i, at] of item.bodyLines.entries()) {
            expect(at > item.line && at <= lines.length).toBe(true);
            expect(item.body[i]!.startsWith(squash(lines[at - 1]!))).toBe(true);
          }
        }
        expect(plan.pillars.reduce((n, p) => n + p.items.length, 0)).toBe(plan.items.length);
      }),
      { numRuns: runs(300) },
    );
  });

  it("ingest never throws on arbitrary text or bytes: a valid plan, or errors at lines of the files", () => {
    const bytes = fc.oneof(textArb.map(encode), fc.uint8Array({ maxLength: 400 }));
    fc.assert(
      fc.property(bytes, fc.boolean(), (b, withSidecar) => {
        const input = seedInput(b, withSidecar);
        expectContract(input, ingest([input]));
      }),
      { numRuns: runs(200) },
    );
  });
});

describe("pipeline on the mutated seed", () => {
  it("ingests to a valid plan numbered 1..N, or refuses with errors at lines of the files; never throws", () => {
    fc.assert(
      // Without the sidecar the seed lacks its first pillar's title: a run in five is enough for that path.
      fc.property(mutantArb(), fc.nat(4), (mutant, die) => {
        const input = seedInput(applyMutant(mutant), die > 0);
        expectContract(input, ingest([input]));
      }),
      { numRuns: runs(120) },
    );
  });

  it("still ingests the seed after edits that keep its structure (hostile bytes spliced into body lines)", () => {
    // Lines of item bodies: not headings, not blank, not chrome. Splicing text into them must not lose an item.
    const plain = loadPlan(seedInput(seedBytes)).plan!;
    const bodyLines = plain.items.flatMap((i) => i.bodyLines);
    const splice = fc.record({
      at: fc.constantFrom(...bodyLines),
      offset: fc.nat(300),
      text: fc.array(
        fc.constantFrom("{", "}", "<b>", "&", "*", "_", "`", "#", "\\", "[x](y)", "é", "\u00a0", "import", "😀"),
        { minLength: 1, maxLength: 5 },
      ),
    });
    fc.assert(
      fc.property(fc.array(splice, { minLength: 1, maxLength: 6 }), (splices) => {
        const lines = new TextDecoder().decode(seedBytes).split("\n");
        for (const s of splices) {
          const l = lines[s.at - 1]!;
          const o = s.offset % (l.length + 1);
          lines[s.at - 1] = l.slice(0, o) + s.text.join("") + l.slice(o);
        }
        const input = seedInput(encode(lines.join("\n")));
        const result = ingest([input]);
        expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
        expectContract(input, result);
        expect(result.plans[0]!.items.map((i) => i.title)).toEqual(plain.items.map((i) => i.title));
      }),
      { numRuns: runs(40) },
    );
  });
});
