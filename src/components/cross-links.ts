/**
 * The MDX components map of an item body on one page: its `a` is CrossLink, given the page
 * and the plan it resolves `item:N` links against. Built per page, so CrossLink reads no
 * global and loads nothing. A function component returning Astro JSX is rendered by MDX's
 * own renderer (astro:jsx).
 */
import { jsx } from "astro/jsx-runtime";
import type { PageContext } from "../lib/page.ts";
import type { SitePlan } from "../lib/site.ts";
import CrossLink from "./CrossLink.astro";

export function bodyComponents(page: PageContext, plan: Pick<SitePlan, "item">) {
  return { a: (props: Record<string, unknown>) => jsx(CrossLink, { ...props, page, plan }) };
}
