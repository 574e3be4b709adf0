/** The items as CSV, per language: number, title, pillar, body, and the page's path. */
import type { APIRoute, GetStaticPaths } from "astro";
import { LANGS, t } from "../../i18n/index.ts";
import { toCsv } from "../../lib/csv.ts";
import { loadSite } from "../../lib/site.ts";

export const getStaticPaths = (() =>
  LANGS.map((lang) => ({ params: { lang, csv: t(lang, "route.csv") } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const plan = (await loadSite())[params.lang as (typeof LANGS)[number]];
  const rows = plan.items.map((i) => [
    i.number,
    i.title,
    i.pillar,
    plan.pillar(i.pillar).title,
    i.paragraphs.join("\n\n"),
    i.path,
  ]);
  const header = ["number", "title", "pillar", "pillar_title", "body", "path"];
  return new Response(toCsv([header, ...rows]), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
