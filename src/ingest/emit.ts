/**
 * Emitter: plan model → the files of `content/<lang>/`, as a map from relative path to text.
 * Bodies are built as an mdast tree and serialised by mdast-util-to-markdown with the MDX and
 * GFM extensions, so source text is always escaped into literal text, never markup or code.
 * Frontmatter is written by the `yaml` library. The output depends only on the plan: the same
 * plan gives byte-identical files.
 */
import type { Paragraph, PhrasingContent, Root } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { mdxToMarkdown } from "mdast-util-mdx";
import { toMarkdown, type Options as ToMarkdownOptions } from "mdast-util-to-markdown";
import { stringify } from "yaml";
import type { Plan, PlanItem, Pillar, Reference } from "./model.ts";
import { isQuoted } from "./kinds.ts";
import { itemLinkUrl } from "./links.ts";

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
  return `items/${item.number}-${item.slug}.mdx`;
}

export function pillarFileName(pillar: Pick<Pillar, "number" | "id">): string {
  return `pillars/${pillar.number}-${pillar.id}.mdx`;
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

/** The item body as MDX: one paragraph per source paragraph, the first mention of each reference linked. */
export function itemBodyMdx(item: PlanItem): string {
  const tree: Root = { type: "root", children: linkFirstMentions(item.body, item.references) };
  return toMarkdown(tree, markdownOptions);
}

/**
 * Turn the first occurrence of each explicit or mention reference's evidence into a link.
 * Earlier references win when evidence overlaps; text already linked is not linked again.
 */
export function linkFirstMentions(body: string[], references: Reference[]): Paragraph[] {
  type Span = { paragraph: number; start: number; end: number; to: number };
  const spans: Span[] = [];
  for (const ref of references) {
    if (!isQuoted(ref.kind) || ref.evidence === "") continue;
    for (let p = 0; p < body.length; p++) {
      const start = body[p]!.indexOf(ref.evidence);
      if (start === -1) continue;
      const end = start + ref.evidence.length;
      const overlaps = spans.some((s) => s.paragraph === p && start < s.end && s.start < end);
      if (!overlaps && !spans.some((s) => s.to === ref.to)) spans.push({ paragraph: p, start, end, to: ref.to });
      break;
    }
  }
  return body.map((text, p) => {
    const children: PhrasingContent[] = [];
    let at = 0;
    for (const s of spans.filter((s) => s.paragraph === p).sort((a, b) => a.start - b.start)) {
      if (s.start > at) children.push({ type: "text", value: text.slice(at, s.start) });
      children.push({
        type: "link",
        url: itemLinkUrl(s.to),
        children: [{ type: "text", value: text.slice(s.start, s.end) }],
      });
      at = s.end;
    }
    if (at < text.length) children.push({ type: "text", value: text.slice(at) });
    return { type: "paragraph", children };
  });
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
