/** robots.txt: everything may be crawled; points to the sitemap. */
import type { APIRoute } from "astro";
import { siteUrl } from "../lib/site-url.ts";

export const GET: APIRoute = ({ site }) => {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl(site, "sitemap.xml")}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
