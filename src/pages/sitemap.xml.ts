/** sitemap.xml: every page of both languages, with its twin as an hreflang alternate. */
import type { APIRoute } from "astro";
import { otherLang } from "../i18n/index.ts";
import { loadSite } from "../lib/site.ts";
import { sitePages } from "../lib/pages.ts";
import { siteUrl } from "../lib/site-url.ts";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export const GET: APIRoute = async ({ site }) => {
  const loaded = await loadSite();
  const pages = sitePages(loaded);
  const url = (path: string) => escape(siteUrl(site, path));
  const entries = pages.map((p) => {
    const other = otherLang(p.lang);
    return `  <url>
    <loc>${url(p.path)}</loc>
    <lastmod>${loaded[p.lang].lastUpdated}</lastmod>
    <xhtml:link rel="alternate" hreflang="${p.lang}" href="${url(p.path)}"/>
    <xhtml:link rel="alternate" hreflang="${other}" href="${url(p.alternate)}"/>
  </url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url><loc>${url("index.html")}</loc></url>
${entries.join("\n")}
</urlset>
`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
