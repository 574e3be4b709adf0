/**
 * Mutated copies of the English seed, for the property tests (src/ingest/properties.test.ts)
 * and the CLI fuzz test (tests/ingest/fuzz.test.ts), and the checks both make of a result.
 *
 * A mutant is a list of line edits (delete, repeat, truncate, swap, fill with hostile bytes,
 * splice hostile bytes in, insert a stray `N)` heading or a stray line in capitals) plus a
 * line-end style and an optional BOM. Edits name lines by index modulo the current line count,
 * so any list applies to any file and fast-check can shrink a failing list edit by edit.
 */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { z } from "zod";
import { itemFrontmatterSchema, pillarFrontmatterSchema, planJsonSchema } from "../../../src/lib/content-schemas.ts";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
export const SEED_FILE = "seeds/en/000_dcfa8fc83ba75180.txt";
export const SIDECAR_FILE = "seeds/en/plan.yaml";
export const seedBytes = new Uint8Array(readFileSync(ROOT + SEED_FILE));
export const sidecarText = readFileSync(ROOT + SIDECAR_FILE, "utf8");

// ---------------------------------------------------------------------------
// Mutations

export type Mutation =
  | { kind: "delete"; at: number }
  | { kind: "repeat"; at: number; times: number }
  | { kind: "truncate"; at: number; keep: number }
  | { kind: "swap"; at: number; with: number }
  | { kind: "fill"; at: number; bytes: number[] }
  | { kind: "splice"; at: number; offset: number; bytes: number[] }
  | { kind: "heading"; at: number; text: string; blank: boolean }
  | { kind: "capitals"; at: number; text: string; blank: boolean };

export interface Mutant {
  edits: Mutation[];
  lineEnd: "\n" | "\r\n" | "\r";
  bom: boolean;
}

const utf8 = (s: string) => [...Buffer.from(s, "utf8")];

/** Byte runs that MDX, Markdown, HTML, YAML, the UTF-8 decoder or the parser might trip on. */
const HOSTILE_CHUNKS: number[][] = [
  ..."{}<>&*_#`\\[]|:!()~-=+.\"'/".split("").map(utf8),
  [0x00], // NUL
  [0x01],
  [0x1b],
  [0x7f],
  [0x09],
  [0x0b],
  [0x0c],
  [0x0d], // a lone CR: a line end
  [0x80], // a continuation byte with no lead
  [0xc3], // a lead byte with no continuation
  [0xe2, 0x80], // a truncated three-byte sequence
  [0xc0, 0xaf], // an overlong "/"
  [0xed, 0xa0, 0x80], // a UTF-16 surrogate
  [0xf5, 0x80, 0x80, 0x80], // beyond U+10FFFF
  [0xfe],
  [0xff],
  [0x92], // Windows-1252 right single quote
  [0xef, 0xbb, 0xbf], // a BOM in the middle
  ...[
    "{props.x}",
    "<script>alert(1)</script>",
    "<Component />",
    "import x from 'y'",
    "export const a = 1",
    "&amp;",
    "&#0;",
    "[link](https://example.com)",
    "www.example.com",
    "user@example.com",
    "1) ",
    "12. ",
    "2001-12-12",
    "Last Updated: 2005-01-13",
    " | ",
    "see item 4",
    "items 3-5",
    "(see 40)",
    "NEXUS",
    "\u00a0",
    "\u2028",
    "\u200b",
    "\ufeff",
    "é",
    "ÉCHANGE",
    "😀",
  ].map(utf8),
];

const bytesArb = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CHUNKS) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }).map((b) => [b]) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 6 }).map(utf8) },
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((chunks) => chunks.flat());

const WORDS = ["Border", "Security", "Joint", "Cards", "item", "NEXUS", "Cooperation", "{x}", "<b>", "*", "Ferry"];
const CAPITALS = [
  "THE SECURE FLOW OF GOODS",
  "SECURITY",
  "NEXUS",
  "LAST UPDATED:",
  "TOP OF PAGE",
  "ÉCHANGE D'INFORMATION",
  "COORDINATION AND INFORMATION SHARING IN THE ENFORCEMENT OF THESE OBJECTIVES",
  "A {B} <C> D",
  "OUR SERVICES | HOME | CONTACT",
];

const headingArb = fc
  .record({
    indent: fc.constantFrom("", " ", "\t"),
    number: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(2001, 99999, 123456789, 999999999)),
    sep: fc.constantFrom(")", "."),
    title: fc.oneof(
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(" ")),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
    ),
  })
  .map(({ indent, number, sep, title }) => `${indent}${number}${sep} ${title}`);

const capitalsArb = fc.oneof(
  fc.constantFrom(...CAPITALS),
  fc
    .array(fc.constantFrom("BORDER", "SMART", "OF", "THE", "FLOW", "AND", "INFRASTRUCTURE", "U.S."), {
      minLength: 1,
      maxLength: 6,
    })
    .map((w) => w.join(" ")),
);

/** Line indices are taken modulo the current line count, so small numbers cover the whole file. */
const at = fc.nat(400);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at }),
  fc.record({ kind: fc.constant("repeat" as const), at, times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at, keep: fc.nat(200) }),
  fc.record({ kind: fc.constant("swap" as const), at, with: at }),
  fc.record({ kind: fc.constant("fill" as const), at, bytes: bytesArb }),
  fc.record({ kind: fc.constant("splice" as const), at, offset: fc.nat(300), bytes: bytesArb }),
  fc.record({ kind: fc.constant("heading" as const), at, text: headingArb, blank: fc.boolean() }),
  fc.record({ kind: fc.constant("capitals" as const), at, text: capitalsArb, blank: fc.boolean() }),
);

export const mutantArb = (maxEdits = 8): fc.Arbitrary<Mutant> =>
  fc.record({
    edits: fc.array(mutationArb, { minLength: 1, maxLength: maxEdits }),
    lineEnd: fc.constantFrom("\n" as const, "\n" as const, "\n" as const, "\r\n" as const, "\r" as const),
    bom: fc.boolean(),
  });

function splitLines(bytes: Uint8Array): number[][] {
  const lines: number[][] = [[]];
  for (const b of bytes) {
    if (b === 0x0a) lines.push([]);
    else lines.at(-1)!.push(b);
  }
  return lines;
}

/** The seed (or `base`) with the mutant's edits applied. */
export function applyMutant(mutant: Mutant, base: Uint8Array = seedBytes): Uint8Array {
  const lines = splitLines(base);
  const index = (n: number) => n % Math.max(lines.length, 1);
  const insert = (n: number, text: string, blank: boolean) => {
    const add = blank ? [[], utf8(text), []] : [utf8(text)];
    lines.splice(lines.length === 0 ? 0 : index(n), 0, ...add);
  };
  for (const e of mutant.edits) {
    switch (e.kind) {
      case "delete":
        if (lines.length > 0) lines.splice(index(e.at), 1);
        break;
      case "repeat":
        if (lines.length > 0) {
          const i = index(e.at);
          lines.splice(i, 0, ...Array.from({ length: e.times }, () => [...lines[i]!]));
        }
        break;
      case "truncate":
        if (lines.length > 0) {
          const i = index(e.at);
          // Cutting at a byte offset may split a multi-byte character: that is part of the test.
          lines[i] = lines[i]!.slice(0, e.keep % (lines[i]!.length + 1));
        }
        break;
      case "swap":
        if (lines.length > 0) {
          const i = index(e.at);
          const j = index(e.with);
          [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        }
        break;
      case "fill":
        if (lines.length > 0) lines[index(e.at)] = [...e.bytes];
        else lines.push([...e.bytes]);
        break;
      case "splice":
        if (lines.length > 0) {
          const line = lines[index(e.at)]!;
          line.splice(e.offset % (line.length + 1), 0, ...e.bytes);
        } else lines.push([...e.bytes]);
        break;
      case "heading":
      case "capitals":
        insert(e.at, e.text, e.blank);
        break;
    }
  }
  const eol = utf8(mutant.lineEnd);
  const out: number[] = mutant.bom ? [0xef, 0xbb, 0xbf] : [];
  lines.forEach((line, i) => {
    if (i > 0) out.push(...eol);
    // Bytes pushed one by one: a spread of a long line could overflow the call stack.
    for (const b of line) out.push(b);
  });
  return Uint8Array.from(out);
}

/** Number of lines of a source as the reader counts them (LF, CRLF and lone CR end a line). */
export function lineCount(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) lines++;
  }
  return lines;
}

// ---------------------------------------------------------------------------
// What a published plan must be: the site's content schemas (src/lib/content-schemas.ts), plus the
// rules the site relies on but the schemas cannot say.

export { itemFrontmatterSchema, pillarFrontmatterSchema, planJsonSchema };
export type PlanJson = z.infer<typeof planJsonSchema>;

/**
 * Everything wrong with a plan.json, as messages ([] when it is a valid plan): it fits the schema;
 * items are numbered 1..N in order, each with a body; every item is in exactly one pillar (and
 * says which); pillars are numbered 1..P; every reference is to another item of the plan, once.
 */
export function planJsonProblems(json: unknown): string[] {
  const parsed = planJsonSchema.safeParse(json);
  if (!parsed.success) return parsed.error.issues.map((i) => `schema: ${i.path.join(".")}: ${i.message}`);
  const plan = parsed.data;
  const problems: string[] = [];
  const numbers = plan.items.map((i) => i.number);
  if (numbers.length === 0) problems.push("no items");
  if (numbers.some((n, i) => n !== i + 1)) problems.push(`items not numbered 1..N: ${numbers.join(",")}`);
  plan.pillars.forEach((p, i) => {
    if (p.number !== i + 1) problems.push(`pillar ${i + 1} is numbered ${p.number}`);
    if (p.items.length === 0) problems.push(`pillar ${p.number} has no items`);
    if (!/^[a-z0-9-]+$/.test(p.id) || p.title.trim() === "")
      problems.push(`pillar ${p.number}: id '${p.id}', title '${p.title}'`);
  });
  const home = new Map<number, number[]>();
  for (const p of plan.pillars) for (const n of p.items) home.set(n, [...(home.get(n) ?? []), p.number]);
  for (const item of plan.items) {
    const where = home.get(item.number) ?? [];
    if (where.length !== 1) problems.push(`item ${item.number} is in pillars [${where.join(",")}]`);
    else if (where[0] !== item.pillarNumber || plan.pillars[where[0]! - 1]!.id !== item.pillar)
      problems.push(
        `item ${item.number} says pillar ${item.pillarNumber}/${item.pillar}, but is in pillar ${where[0]}`,
      );
    if (item.body.trim() === "" || item.body.split("\n\n").some((p) => p.trim() === ""))
      problems.push(`item ${item.number} has an empty body paragraph`);
    if (item.title.trim() === "" || !/^[a-z0-9-]+$/.test(item.slug))
      problems.push(`item ${item.number}: title '${item.title}', slug '${item.slug}'`);
    if (item.line < 1) problems.push(`item ${item.number} at line ${item.line}`);
    const targets = item.references.map((r) => r.to);
    if (new Set(targets).size !== targets.length)
      problems.push(`item ${item.number} refers to an item twice: ${targets.join(",")}`);
    for (const to of targets) {
      if (to === item.number) problems.push(`item ${item.number} refers to itself`);
      else if (!home.has(to) || !numbers.includes(to))
        problems.push(`item ${item.number} refers to item ${to}, which the plan lacks`);
    }
  }
  for (const n of home.keys()) if (!numbers.includes(n)) problems.push(`pillar lists item ${n}, which the plan lacks`);
  return problems;
}

// ---------------------------------------------------------------------------
// Frontmatter as the site reads it: Astro's MDX integration finds it with this expression and
// loads it with js-yaml, whose schema turns plain dates into Dates as YAML 1.1 does. Read here
// with the declared `yaml` package in YAML 1.1 mode, which coerces at least as much (dates,
// yes/no, octal), so a string the emitter left unquoted cannot pass.
/** @astrojs/markdown-remark's frontmatterRE. */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export function astroFrontmatter(file: string): unknown {
  const raw = ASTRO_FRONTMATTER.exec(file)?.[1];
  if (raw === undefined) throw new Error("no frontmatter");
  return parseYaml(raw, { version: "1.1" });
}
