/**
 * The site's own address, from Astro's `site` and `base` (astro.config.mjs): absolute URLs
 * for canonical links, hreflang alternates, the sitemap and robots.txt, and the
 * root-absolute base path for the 404 page, which a server shows at any depth.
 */
import { absoluteUrl } from "./urls.ts";

/** Absolute URL of a site path ("https://example.org/plan/en/index.html"); of the root without one. */
export function siteUrl(site: URL | undefined, path = ""): string {
  return absoluteUrl(new URL(import.meta.env.BASE_URL, site ?? "https://example.org").href, path);
}

/** The base path, always ending in "/" ("/plan/"). */
export function basePath(): string {
  const base = import.meta.env.BASE_URL;
  return base.endsWith("/") ? base : `${base}/`;
}
