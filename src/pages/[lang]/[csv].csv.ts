/** The items as CSV, per language: number, title, pillar, body, and the page's path. */
import type { APIRoute, GetStaticPaths } from "astro";
import type { Lang } from "../../ingest/model.ts";
import { t } from "../../i18n/index.ts";
import { toCsv } from "../../lib/csv.ts";
import { loadSite, planOf, siteLangs } from "../../lib/site.ts";

export const getStaticPaths = (async () =>
  siteLangs(await loadSite()).map((lang) => ({
    params: { lang, csv: t(lang, "route.csv") },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const plan = planOf(await loadSite(), params.lang as Lang);
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
