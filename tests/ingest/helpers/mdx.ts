/**
 * Compile MDX with @mdx-js/mdx and run it with a tiny JSX runtime that builds an HTML
 * string, so tests can see exactly what a page would render (no React needed).
 */
import { compile, run } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import { parse as parseYaml } from "yaml";

const Fragment = Symbol("Fragment");
interface Element {
  type: unknown;
  props: Record<string, unknown>;
}
const jsx = (type: unknown, props: Record<string, unknown>): Element => ({ type, props });

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Every element type the render produced, to check that no markup slipped through. */
export interface Rendered {
  html: string;
  elements: string[];
}

function render(node: unknown, elements: string[]): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map((n) => render(n, elements)).join("");
  const { type, props } = node as Element;
  const { children, ...attributes } = props;
  if (type === Fragment) return render(children, elements);
  if (typeof type === "function") return render((type as (p: unknown) => unknown)(props), elements);
  elements.push(String(type));
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join("");
  return `<${String(type)}${attrs}>${render(children, elements)}</${String(type)}>`;
}

/** Split an emitted file into its frontmatter (parsed) and MDX body. */
export function splitFrontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n/.exec(file);
  if (!match) throw new Error("no frontmatter");
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: file.slice(match[0].length) };
}

/** Compile and render MDX (frontmatter, if any, is removed first). */
/** `gfm`: compile with remark-gfm, as the site compiles content (astro.config.mjs). */
export async function renderMdx(mdx: string, { gfm = false } = {}): Promise<Rendered> {
  const body = mdx.startsWith("---\n") ? splitFrontmatter(mdx).body : mdx;
  const code = String(await compile(body, { outputFormat: "function-body", remarkPlugins: gfm ? [remarkGfm] : [] }));
  const { default: Content } = await run(code, { Fragment, jsx, jsxs: jsx, baseUrl: import.meta.url } as never);
  const elements: string[] = [];
  const html = render((Content as (p: unknown) => unknown)({}), elements);
  return { html, elements };
}

/** What a body of plain paragraphs must render to. */
export function paragraphsHtml(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
}
