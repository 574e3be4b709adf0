/**
 * Every link on the site goes through relativeUrl(): a URL relative to the page it appears on.
 * Relative links make one dist/ work from disk (file://), at a server's root and under any
 * sub-path. Site paths never start with "/" and always name a file ("en/index.html"), because
 * a folder URL opened from disk shows a directory listing instead of the page. A query or
 * hash on `to` ("en/items/7-x.html?mark=nexus") is kept.
 */
export function relativeUrl(from: string, to: string): string {
  const [toPath, hash = ""] = splitSuffix(to);
  const fromDir = from.split("/").slice(0, -1);
  const target = toPath.split("/");
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  const up = fromDir.length - common;
  const rest = target.slice(common).join("/");
  const url = (up > 0 ? "../".repeat(up) : "") + rest;
  if (toPath === from && hash.startsWith("#")) return hash;
  return (url || target.at(-1)!) + hash;
}

/** Absolute URL of a site path, for canonical links and the sitemap (site ends with "/"). */
export function absoluteUrl(siteBase: string, path: string): string {
  return new URL(path, siteBase.endsWith("/") ? siteBase : `${siteBase}/`).href;
}

/** A path and its "?query#hash" suffix. */
function splitSuffix(url: string): [string, string?] {
  const at = url.search(/[?#]/);
  return at === -1 ? [url] : [url.slice(0, at), url.slice(at)];
}
