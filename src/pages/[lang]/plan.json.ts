/** The plan as JSON, per language: the ingest's plan.json, as the content collection validated it. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";

export const getStaticPaths = (async () => {
  const plans = await getCollection("plans");
  return plans.map((p) => ({ params: { lang: p.data.lang }, props: { data: p.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.data, null, 2) + "\n", {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
