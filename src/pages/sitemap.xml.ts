/** sitemap.xml: every page of the site's languages, with its twin (if any) as an hreflang alternate. */
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
  const lastmod = (date: string | undefined) => (date ? `    <lastmod>${date}</lastmod>\n` : "");
  const alternates = (lang: string, path: string, other: string, alternate: string | null) =>
    alternate
      ? `    <xhtml:link rel="alternate" hreflang="${lang}" href="${url(path)}"/>
    <xhtml:link rel="alternate" hreflang="${other}" href="${url(alternate)}"/>\n`
      : "";
  const entries = pages.map((p) => {
    const other = otherLang(p.lang);
    return `  <url>
    <loc>${url(p.path)}</loc>
${lastmod(loaded[p.lang]?.lastUpdated)}${alternates(p.lang, p.path, other, p.alternate)}  </url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url><loc>${url("index.html")}</loc></url>
${entries.join("\n")}
</urlset>
`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
