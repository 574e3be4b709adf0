/** robots.txt: everything may be crawled; points to the sitemap. */
import type { APIRoute } from "astro";
import { absoluteUrl } from "../lib/urls.ts";

export const GET: APIRoute = ({ site }) => {
  const siteBase = new URL(import.meta.env.BASE_URL, site ?? "https://example.org").href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteBase, "sitemap.xml")}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
