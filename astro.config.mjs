// @ts-check
import { defineConfig } from "astro/config";
import remarkGfm from "remark-gfm";
import search from "./src/integrations/search.ts";
import csp from "./src/integrations/csp.ts";
import memory from "./src/integrations/memory.ts";
import download from "./src/integrations/download.ts";
import devServer from "./src/integrations/dev-server.ts";

/**
 * SITE is the public origin used for canonical links and the sitemap; BASE the sub-path the
 * site is served under ("/plan/"). Pages link to each other relatively, so the same dist/
 * also works from disk and under any other path.
 */
const site = process.env.SITE ?? "https://example.org";
const base = process.env.BASE ?? "/";
// Tests build fixture sites side by side: their own content (see src/content.config.ts), output and cache.
const outDir = process.env.OUT_DIR ?? "./dist";
const cacheDir = process.env.CACHE_DIR ?? "./node_modules/.astro";

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: "ignore",
  // "file" writes en/items/1-x.html rather than en/items/1-x/index.html: from disk a folder URL is a directory listing.
  build: { format: "file", inlineStylesheets: "always", assets: "assets" },
  markdown: { remarkPlugins: [remarkGfm], gfm: true, smartypants: false },
  // memory first: it collects the garbage of the earlier phases before the others run.
  integrations: [memory(), search(), csp(), download(), devServer()],
  devToolbar: { enabled: false },
  prefetch: false,
  server: { host: "127.0.0.1" },
  vite: { build: { assetsInlineLimit: 0 } },
});
