/**
 * Property-based tests of the ingest steps (fast-check): the reader, the parser and the whole
 * in-process pipeline on arbitrary text and bytes and on the seed with random lines deleted,
 * repeated, truncated, swapped or filled with hostile bytes; the cross-referencer on plans
 * derived from the seed; the emitter on hostile text, compiled as MDX and rendered.
 *
 * The contract: a source either ingests to a valid plan (items 1..N, each with a body and in
 * exactly one pillar, references to other items of the plan) or is refused with diagnostics
 * that name a file and a line of it; nothing ever throws. Emitted MDX renders the source text
 * literally. Runs are few enough (and MDX compiles fewer still) for the file to take seconds;
 * fast-check shrinks any failure to a small counterexample (a short list of edits).
 */
import { compile, run } from "@mdx-js/mdx";
import fc from "fast-check";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { renderMdx, splitFrontmatter } from "../../tests/ingest/helpers/mdx.ts";
import {
  applyMutant,
  astroFrontmatter,
  itemFrontmatterSchema,
  lineCount,
  mutantArb,
  pillarFrontmatterSchema,
  planJsonProblems,
  seedBytes,
  SEED_FILE,
  SIDECAR_FILE,
  sidecarText,
} from "../../tests/ingest/helpers/fuzz.ts";
import { emitPlan, itemBodyMdx, planJson } from "./emit.ts";
import type { Plan, PlanItem, Reference } from "./model.ts";
import { parsePlan } from "./parse.ts";
import { contentFiles, hasErrors, ingest, loadPlan, type IngestResult, type SourceInput } from "./pipeline.ts";
import { decodeWindows1252, normaliseLineEnds, readSource } from "./read.ts";
import { crossReference } from "./xref.ts";

/** INGEST_PROPERTY_SCALE=20 for a long hunt; the default keeps the file to seconds. */
const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.INGEST_PROPERTY_SCALE ?? 1)));
const sidecar = { file: SIDECAR_FILE, text: sidecarText };
const encode = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const squash = (s: string) => s.replace(/\s+/gu, " ").trim();

/** Text that MDX, Markdown, GFM, HTML or YAML would read as syntax, and characters that are easy to lose. */
const MARKUP = [
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
const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(" ", "  ", "\t") },
);
/** A body paragraph as the parser makes them: hard wraps joined, white space squashed, never empty; no NUL (the reader removes it). */
const paragraphArb = fc
  .array(fragment, { minLength: 1, maxLength: 12 })
  .map((parts) => squash(parts.join("").replaceAll("\0", "")))
  .filter((s) => s !== "");

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

function expectItemShape(item: PlanItem): void {
  expect(item.bodyLines).toHaveLength(item.body.length);
  for (const p of item.body) expect(p === squash(p) && p !== "", JSON.stringify(p)).toBe(true);
  expect(item.title === squash(item.title) && item.title !== "").toBe(true);
  for (const r of item.references) {
    if (r.kind !== "related")
      expect(
        item.body.some((p) => p.includes(r.evidence)),
        `${item.number} → ${r.to}: ${JSON.stringify(r.evidence)}`,
      ).toBe(true);
  }
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

const seedInput = (bytes: Uint8Array, withSidecar = true): SourceInput => ({
  file: SEED_FILE,
  bytes,
  ...(withSidecar ? { sidecar } : {}),
});

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

// ---------------------------------------------------------------------------

describe("cross-referencer", () => {
  const seedPlan = loadPlan(seedInput(seedBytes)).plan!;
  const titles = seedPlan.items.map((i) => i.title);
  const citation = fc.oneof(
    fc.nat(40).map((n) => `see item ${n}`),
    fc.tuple(fc.nat(40), fc.nat(40)).map(([a, b]) => `items ${a}-${b}`),
    fc.tuple(fc.nat(40), fc.nat(40)).map(([a, b]) => `points ${a} and ${b}`),
    fc.nat(40).map((n) => `(see ${n})`),
    fc.nat(40).map((n) => `mesures ${n} à ${n + 2}`),
    fc.constantFrom(...titles),
    fc.constantFrom("NEXUS", "FAST", "IBETs", "U.S.", "Cross-Border Crime Forum", "Passenger Name Record"),
    paragraphArb,
  );
  /** Plans made of some of the seed's items (renumbered 1..N), with citations, titles and hostile text put in their bodies. */
  const planArb = fc
    .record({
      picks: fc.shuffledSubarray(seedPlan.items, { minLength: 1, maxLength: 12 }),
      inserts: fc.array(fc.record({ item: fc.nat(), para: fc.nat(), offset: fc.nat(400), text: citation }), {
        maxLength: 12,
      }),
      lang: fc.constantFrom("en" as const, "fr" as const),
    })
    .map(({ picks, inserts, lang }): Plan => {
      const items = picks.map((item, i) => ({
        ...item,
        number: i + 1,
        pillar: 1,
        body: [...item.body],
        references: [] as Reference[],
      }));
      for (const ins of inserts) {
        const item = items[ins.item % items.length]!;
        const p = ins.para % item.body.length;
        const text = item.body[p]!;
        const at = ins.offset % (text.length + 1);
        item.body[p] = squash(`${text.slice(0, at)} ${ins.text} ${text.slice(at)}`);
      }
      return { ...seedPlan, lang, pillars: [{ ...seedPlan.pillars[0]!, items: items.map((i) => i.number) }], items };
    });

  it("is deterministic, leaves its input alone, and links other items of the plan with verbatim evidence", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const before = JSON.stringify(plan);
        const first = crossReference(plan);
        expect(JSON.stringify(plan)).toBe(before);
        const second = crossReference(structuredClone(plan));
        expect(second).toEqual(first);
        const numbers = new Set(plan.items.map((i) => i.number));
        for (const item of first.plan.items) {
          const targets = item.references.map((r) => r.to);
          expect(new Set(targets).size).toBe(targets.length);
          for (const r of item.references) {
            expect(r.to).not.toBe(item.number);
            expect(numbers.has(r.to)).toBe(true);
          }
          expectItemShape(item);
        }
        for (const d of first.diagnostics) {
          expect(d.file).toBe(plan.source);
          expect(d.line >= 1).toBe(true);
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it("gives the same graph whatever the items' object identity or key order (a JSON round trip)", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const copy = JSON.parse(JSON.stringify(plan)) as Plan;
        expect(crossReference(copy).plan.items.map((i) => i.references)).toEqual(
          crossReference(plan).plan.items.map((i) => i.references),
        );
      }),
      { numRuns: runs(30) },
    );
  });
});

// ---------------------------------------------------------------------------

/** Compile and render with the site's Markdown options (remark-gfm): autolinks, tables, strikethrough, footnotes. */
async function renderSiteMdx(mdx: string): Promise<{ html: string; elements: string[] }> {
  const code = String(await compile(mdx, { outputFormat: "function-body", remarkPlugins: [remarkGfm] }));
  type El = { type: unknown; props: Record<string, unknown> };
  const Fragment = Symbol("Fragment");
  const jsx = (type: unknown, props: Record<string, unknown>): El => ({ type, props });
  const { default: Content } = await run(code, { Fragment, jsx, jsxs: jsx, baseUrl: import.meta.url } as never);
  const elements: string[] = [];
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const render = (node: unknown): string => {
    if (node === null || node === undefined || typeof node === "boolean") return "";
    if (typeof node === "string" || typeof node === "number") return esc(String(node));
    if (Array.isArray(node)) return node.map(render).join("");
    const { type, props } = node as El;
    const { children, ...attributes } = props;
    if (type === Fragment) return render(children);
    if (typeof type === "function") return render((type as (p: unknown) => unknown)(props));
    elements.push(String(type));
    const attrs = Object.entries(attributes)
      .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
      .join("");
    return `<${String(type)}${attrs}>${render(children)}</${String(type)}>`;
  };
  return { html: render((Content as (p: unknown) => unknown)({})), elements };
}

const decodeUriOr = (s: string) => {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
};
const unescapeHtml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/**
 * The rendered body is the item's paragraphs, each exactly its text, with only <p> and <a>
 * elements: links to `item:N` whose text is the evidence of a reference to N, and, with GFM
 * (`autolinks`), a URL, www. address or e-mail address of the text linked to itself.
 */
function expectLiteral(
  rendered: { html: string; elements: string[] },
  item: PlanItem,
  { autolinks = false } = {},
): void {
  const { html, elements } = rendered;
  expect([...new Set(elements)].filter((e) => e !== "p" && e !== "a")).toEqual([]);
  expect(elements.filter((e) => e === "p")).toHaveLength(item.body.length);
  const links = [...html.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)];
  expect(links).toHaveLength(elements.filter((e) => e === "a").length);
  for (const [, href, html] of links) {
    const text = unescapeHtml(html!);
    const to = /^item:(\d+)$/.exec(href!)?.[1];
    if (to !== undefined) {
      expect(
        item.references.some((r) => r.to === Number(to) && r.evidence === text),
        `${href} ${text}`,
      ).toBe(true);
    } else {
      const url = unescapeHtml(href!);
      const target = [url, decodeUriOr(url)];
      expect(
        autolinks && [text, `http://${text}`, `mailto:${text}`].some((t) => target.includes(t)),
        `a link from the text: ${href} ${text}`,
      ).toBe(true);
    }
  }
  const paragraphs = [...html.replace(/<a href="[^"]*">|<\/a>/g, "").matchAll(/<p>(.*?)<\/p>/gs)].map((m) =>
    unescapeHtml(m[1]!),
  );
  expect(paragraphs).toEqual(item.body);
}

describe("emitter", () => {
  /** An item with hostile paragraphs, and references whose evidence is a piece of them (whole characters). */
  const itemArb = fc
    .record({
      body: fc.array(paragraphArb, { minLength: 1, maxLength: 3 }),
      refs: fc.array(
        fc.record({
          to: fc.integer({ min: 2, max: 40 }),
          kind: fc.constantFrom("explicit" as const, "mention" as const, "related" as const),
          para: fc.nat(),
          from: fc.nat(),
          length: fc.integer({ min: 1, max: 12 }),
        }),
        { maxLength: 4 },
      ),
      title: paragraphArb,
    })
    .map(({ body, refs, title }): PlanItem => {
      const references: Reference[] = [];
      for (const r of refs) {
        if (references.some((x) => x.to === r.to)) continue;
        const chars = Array.from(body[r.para % body.length]!);
        const from = r.from % chars.length;
        references.push({ to: r.to, kind: r.kind, evidence: chars.slice(from, from + r.length).join("") });
      }
      return {
        number: 1,
        title,
        slug: "item",
        pillar: 1,
        body,
        bodyLines: body.map((_, i) => 3 + i),
        line: 2,
        references,
      };
    });

  it("renders hostile text literally: only <p> and item links, every paragraph's text exactly (MDX, and MDX with GFM as the site uses it)", async () => {
    await fc.assert(
      fc.asyncProperty(itemArb, async (item) => {
        const mdx = itemBodyMdx(item);
        expectLiteral(await renderMdx(mdx), item);
        expectLiteral(await renderSiteMdx(mdx), item, { autolinks: true });
      }),
      {
        numRuns: runs(60),
        examples: [
          // Found by this property: `www.` right before a cross-link made GFM read `www.[e` as an
          // address, and show "](item:2)" as text.
          [
            {
              number: 1,
              title: "{",
              slug: "item",
              pillar: 1,
              body: ["www.example.com{", "{"],
              bodyLines: [3, 4],
              line: 2,
              references: [{ to: 2, kind: "explicit", evidence: "e" }],
            },
          ],
        ],
      },
    );
  });

  it("writes frontmatter that Astro (js-yaml) reads back as the same title and references", () => {
    fc.assert(
      fc.property(itemArb, paragraphArb, (item, pillarTitle) => {
        const plan: Plan = {
          title: item.title,
          lang: "en",
          lastUpdated: "2001-12-12",
          source: item.title,
          translation: null,
          pillars: [{ number: 1, id: "p", title: pillarTitle, items: [1], line: 1, supplied: false }],
          items: [item],
        };
        const files = emitPlan(plan);
        const [itemFile] = [...files].find(([p]) => p.startsWith("items/"))!.slice(1) as [string];
        const data = astroFrontmatter(itemFile) as Record<string, unknown>;
        expect(data.title).toBe(item.title);
        expect(data.references).toEqual(item.references);
        expect(splitFrontmatter(itemFile).data.title).toBe(item.title);
        const [pillarFile] = [...files].find(([p]) => p.startsWith("pillars/"))!.slice(1) as [string];
        expect((astroFrontmatter(pillarFile) as Record<string, unknown>).title).toBe(pillarTitle);
        expect(JSON.parse(files.get("plan.json")!).items[0].body).toBe(item.body.join("\n\n"));
      }),
      { numRuns: runs(200) },
    );
  });

  it("emits MDX that compiles and renders each body literally, for the mutated seed's changed items", async () => {
    const seedBodies = new Set(loadPlan(seedInput(seedBytes)).plan!.items.map((i) => i.body.join("\n")));
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(mutantArb(), async (mutant) => {
        const result = ingest([seedInput(applyMutant(mutant))]);
        if (hasErrors(result.diagnostics)) return;
        const files = contentFiles(result.plans, false);
        const plan = result.plans[0]!;
        // Items the mutation changed, and always the first: a compile is the slow part.
        const changed = plan.items.filter((i, n) => n === 0 || !seedBodies.has(i.body.join("\n"))).slice(0, 6);
        for (const item of changed) {
          const file = [...files].find(([p]) => p.startsWith(`items/${item.number}-`))![1];
          expectLiteral(await renderMdx(file), item);
          expectLiteral(await renderSiteMdx(splitFrontmatter(file).body), item, { autolinks: true });
          rendered++;
        }
      }),
      {
        numRuns: runs(25),
        // Found by this property: a NUL spliced into item 3's body rendered as U+FFFD.
        examples: [[{ edits: [{ kind: "splice", at: 34, offset: 0, bytes: [0] }], lineEnd: "\n", bom: false }]],
      },
    );
    expect(rendered).toBeGreaterThan(0);
  });
});
