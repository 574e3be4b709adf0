/**
 * The page types of a built site and the first page of each kind, found through the site's
 * own routes (src/lib/routes.ts), so French route words need no copy here.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { tsImport } from "tsx/esm/api";

const routes = await tsImport("../../src/lib/routes.ts", import.meta.url);

export const PAGE_TYPES = ["splash", "home", "pillar", "item", "plan", "map", "about", "search"];

/** Site path of the first page of a numbered kind ("en/items/1-….html"). */
function firstOf(dist, samplePath) {
  const dir = dirname(samplePath);
  const files = readdirSync(join(dist, dir)).filter((f) => /^1-.*\.html$/.test(f));
  if (files.length === 0) throw new Error(`no ${dir}/1-*.html in ${dist}`);
  return `${dir}/${files[0]}`;
}

/** { type → site path } for one language. */
export function pagesOf(dist, lang = "en") {
  return {
    splash: routes.splashPath(),
    home: routes.homePath(lang),
    pillar: firstOf(dist, routes.pillarPath(lang, { number: 1, id: "x" })),
    item: firstOf(dist, routes.itemPath(lang, { number: 1, slug: "x" })),
    plan: routes.pagePath(lang, "plan"),
    map: routes.pagePath(lang, "map"),
    about: routes.pagePath(lang, "about"),
    search: routes.pagePath(lang, "search"),
  };
}
