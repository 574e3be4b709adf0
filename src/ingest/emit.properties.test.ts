/**
 * Property-based tests of the emitter (fast-check): items with hostile paragraphs and
 * references, compiled as MDX and rendered, come out as their literal text.
 */

import { compile, run } from "@mdx-js/mdx";
import fc from "fast-check";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { renderMdx, splitFrontmatter } from "../../tests/ingest/helpers/mdx.ts";
import { applyMutant, astroFrontmatter, mutantArb, seedBytes } from "../../tests/ingest/helpers/fuzz.ts";
import { paragraphArb, runs, seedInput } from "../../tests/ingest/helpers/arbitraries.ts";
import { emitPlan, itemBodyMdx } from "./emit.ts";
import type { Plan, PlanItem, Reference } from "./model.ts";
import { contentFiles, hasErrors, ingest, loadPlan } from "./pipeline.ts";

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
