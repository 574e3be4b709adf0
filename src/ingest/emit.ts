/**
 * Emitter: plan model → the files of `content/<lang>/`, as a map from relative path to text.
 * Item and pillar files are Markdown (`.md`): frontmatter, and for items the body. Bodies are
 * built as an mdast tree and serialised by mdast-util-to-markdown with the MDX and GFM
 * extensions, so source text is always escaped into literal text, never markup or code, whether
 * the file is read as Markdown or as MDX. The site renders item bodies from the same paragraphs
 * (src/ingest/mentions.ts, src/components/ItemBody.astro), not from the file: a module per
 * item (MDX) or a Markdown render per item would cost the build time and memory for nothing.
 * Frontmatter is written by the `yaml` library. The output depends only on the plan: the same
 * plan gives byte-identical files.
 */
import type { Root } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { mdxToMarkdown } from "mdast-util-mdx";
import { toMarkdown, type Options as ToMarkdownOptions } from "mdast-util-to-markdown";
import { stringify } from "yaml";
import type { Plan, PlanItem, Pillar } from "./model.ts";
import { linkFirstMentions } from "./mentions.ts";

/**
 * MDX reads a paragraph that starts with `import`/`export` as code; escape the first letter.
 * GFM (the site's remark-gfm) reads `www.` as the start of a link to whatever follows; gfmToMarkdown
 * escapes the dot only when a domain letter follows, not when a cross-link does: `www.[x](item:2)`
 * would render as a link to "www.[x" and the text "](item:2)".
 */
const escapeMdxAndGfmTraps: ToMarkdownOptions = {
  unsafe: [
    { atBreak: true, character: "i", after: "mport\\b" },
    { atBreak: true, character: "e", after: "xport\\b" },
    { character: ".", before: "[Ww]{3}" },
  ],
};
const markdownOptions: ToMarkdownOptions = { extensions: [mdxToMarkdown(), gfmToMarkdown(), escapeMdxAndGfmTraps] };

export function itemFileName(item: Pick<PlanItem, "number" | "slug">): string {
  return `items/${item.number}-${item.slug}.md`;
}

export function pillarFileName(pillar: Pick<Pillar, "number" | "id">): string {
  return `pillars/${pillar.number}-${pillar.id}.md`;
}

/** All files for one language, sorted by path. */
export function emitPlan(plan: Plan): Map<string, string> {
  const files = new Map<string, string>();
  for (const pillar of plan.pillars) {
    files.set(
      pillarFileName(pillar),
      frontmatter({
        number: pillar.number,
        id: pillar.id,
        title: pillar.title,
        lang: plan.lang,
        items: pillar.items,
        supplied: pillar.supplied,
      }),
    );
  }
  for (const item of plan.items) {
    const data = {
      number: item.number,
      title: item.title,
      slug: item.slug,
      lang: plan.lang,
      pillar: item.pillar,
      references: item.references.map(({ to, kind, evidence }) => ({ to, kind, evidence })),
    };
    files.set(itemFileName(item), frontmatter(data) + "\n" + itemBodyMdx(item));
  }
  files.set("plan.json", planJson(plan));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Strings are always double-quoted: Astro reads frontmatter with js-yaml, whose default schema
 * turns a plain `2001-12-12` into a Date, while `yaml` (YAML 1.2) writes it unquoted.
 */
function frontmatter(data: Record<string, unknown>): string {
  return `---\n${stringify(data, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" })}---\n`;
}

/** The item body as Markdown (MDX-safe): one paragraph per source paragraph, the first mention of each reference linked. */
export function itemBodyMdx(item: PlanItem): string {
  const tree: Root = { type: "root", children: linkFirstMentions(item.body, item.references) };
  return toMarkdown(tree, markdownOptions);
}

export function planJson(plan: Plan): string {
  const pillarId = new Map(plan.pillars.map((p) => [p.number, p.id]));
  const json = {
    title: plan.title,
    lang: plan.lang,
    ...(plan.lastUpdated ? { lastUpdated: plan.lastUpdated } : {}),
    source: plan.source,
    translation: plan.translation,
    ...(plan.site ? { site: plan.site } : {}),
    pillars: plan.pillars.map((p) => ({
      id: p.id,
      number: p.number,
      title: p.title,
      items: p.items,
      supplied: p.supplied,
    })),
    items: plan.items.map((i) => ({
      number: i.number,
      title: i.title,
      slug: i.slug,
      pillar: pillarId.get(i.pillar)!,
      pillarNumber: i.pillar,
      line: i.line,
      body: i.body.join("\n\n"),
      references: i.references.map(({ to, kind, evidence }) => ({ to, kind, evidence })),
    })),
  };
  return JSON.stringify(json, null, 2) + "\n";
}
