/**
 * Shared pieces of the ingest's property tests (properties.test.ts, emit.properties.test.ts and xref/): run counts,
 * hostile text fragments, a body paragraph as the parser makes them, the seed as an ingest
 * input, and the shape every parsed item has.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { isQuoted } from "../../../src/ingest/kinds.ts";
import type { PlanItem } from "../../../src/ingest/model.ts";
import type { SourceInput } from "../../../src/ingest/pipeline.ts";
import { SEED_FILE, SIDECAR_FILE, sidecarText } from "./fuzz.ts";

/** INGEST_PROPERTY_SCALE=20 for a long hunt; the default keeps the file to seconds. */
export const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.INGEST_PROPERTY_SCALE ?? 1)));
export const sidecar = { file: SIDECAR_FILE, text: sidecarText };
export const encode = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
export const squash = (s: string) => s.replace(/\s+/gu, " ").trim();

/** Text that MDX, Markdown, GFM, HTML or YAML would read as syntax, and characters that are easy to lose. */
export const MARKUP = [
  ..."{}<>&*_#`\\[]|:!()~-=+.\"'/$^@%".split(""),
  "\u0001",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u200b",
  "\u2028",
  "\ufeff",
  "\ufffd",
  "😀",
  "é",
  "import ",
  "export ",
  "import{x}from'y'",
  "{props.x}",
  "{1 + 1}",
  "<script>alert(1)</script>",
  "<Component prop={x} />",
  "</p>",
  "<!-- c -->",
  "&amp;",
  "&#0;",
  "&copy;",
  "[link](https://example.com)",
  "![img](x.png)",
  "[^1]",
  "[x]: https://example.com",
  "https://example.com",
  "www.example.com",
  "user@example.com",
  "1) ",
  "1. ",
  "- ",
  "+ ",
  "> ",
  "# ",
  "---",
  "***",
  "===",
  "~~x~~",
  "| a | b |",
  "\\",
  "$$x$$",
  ":::",
  "item 4",
];
export const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(" ", "  ", "\t") },
);
/** A body paragraph as the parser makes them: hard wraps joined, white space squashed, never empty; no NUL (the reader removes it). */
export const paragraphArb = fc
  .array(fragment, { minLength: 1, maxLength: 12 })
  .map((parts) => squash(parts.join("").replaceAll("\0", "")))
  .filter((s) => s !== "");

/** Every item: one line per paragraph, squashed non-empty text, body evidence for the kinds that quote it. */
export function expectItemShape(item: PlanItem): void {
  expect(item.bodyLines).toHaveLength(item.body.length);
  for (const p of item.body) expect(p === squash(p) && p !== "", JSON.stringify(p)).toBe(true);
  expect(item.title === squash(item.title) && item.title !== "").toBe(true);
  for (const r of item.references) {
    if (isQuoted(r.kind))
      expect(
        item.body.some((p) => p.includes(r.evidence)),
        `${item.number} → ${r.to}: ${JSON.stringify(r.evidence)}`,
      ).toBe(true);
  }
}

/** The seed (optionally without its sidecar) as an ingest input. */
export const seedInput = (bytes: Uint8Array, withSidecar = true): SourceInput => ({
  file: SEED_FILE,
  bytes,
  ...(withSidecar ? { sidecar } : {}),
});
