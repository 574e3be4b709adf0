/**
 * Astro integration for `npm run dev`: what the dev server lacks next to a built dist/.
 *  - A language home's file URL ("/en/index.html", where every page links) is served as the
 *    route Astro's dev server knows ("/en/index").
 *  - The search page's and the marker's scripts and each language's disk index, which only the build writes,
 *    are built on each request from src/ and content/ (so a live re-ingest shows in search);
 *    dist/pagefind/ is served where a build has written it, and search falls back to the
 *    disk index where it has not.
 */
import type { AstroIntegration } from "astro";
import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { LANGS, type Lang } from "../ingest/model.ts";
import { CLIENT_SCRIPTS, clientBundle, diskIndexScripts, type ClientScript } from "./search.ts";

/** What the dev server does with a site path (no base, no query, no leading "/"). */
export type DevRoute =
  | { kind: "client"; name: ClientScript }
  | { kind: "disk-index"; lang: Lang }
  | { kind: "pagefind"; file: string }
  | { kind: "rewrite"; path: string }
  | { kind: "astro" };

export function devRoute(path: string): DevRoute {
  const script = /^search\/([^/]+)\.js$/.exec(path);
  if (script && (CLIENT_SCRIPTS as readonly string[]).includes(script[1]!))
    return { kind: "client", name: script[1] as ClientScript };
  const index = /^([^/]+)\/search-index\.js$/.exec(path);
  if (index && (LANGS as readonly string[]).includes(index[1]!)) return { kind: "disk-index", lang: index[1] as Lang };
  if (path.startsWith("pagefind/")) return { kind: "pagefind", file: path.slice("pagefind/".length) };
  const home = /^(.+)\/index\.html$/.exec(path);
  if (home) return { kind: "rewrite", path: `${home[1]}/index` };
  return { kind: "astro" };
}

const TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  wasm: "application/wasm",
  css: "text/css; charset=utf-8",
};

export default function devServer(): AstroIntegration {
  let root = "";
  let outDir = "";
  return {
    name: "plan-dev-server",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      "astro:server:setup": ({ server, logger }) => {
        const base = server.config.base.endsWith("/") ? server.config.base : `${server.config.base}/`;
        const send = (res: ServerResponse, type: string, body: string | Buffer) => {
          res.statusCode = 200;
          res.setHeader("Content-Type", type);
          res.setHeader("Cache-Control", "no-store");
          res.end(body);
        };
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (e?: unknown) => void) => {
          const [pathname = "", query] = (req.url ?? "/").split("?", 2);
          if (!pathname.startsWith(base)) return next();
          const reply = async () => {
            const route = devRoute(decodeURIComponent(pathname.slice(base.length)));
            if (route.kind === "client") return send(res, TYPES.js!, await clientBundle(root, route.name));
            if (route.kind === "disk-index")
              return send(res, TYPES.js!, (await diskIndexScripts(root)).get(route.lang)!);
            if (route.kind === "pagefind") {
              const dir = join(outDir, "pagefind");
              const file = resolve(dir, route.file);
              if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
                // Not built: the search page's import fails, and it searches the disk index instead.
                res.statusCode = 404;
                return res.end("no Pagefind index: `npm run build` writes one\n");
              }
              return send(res, TYPES[file.split(".").pop()!] ?? "application/octet-stream", readFileSync(file));
            }
            if (route.kind === "rewrite") req.url = `${base}${route.path}${query === undefined ? "" : `?${query}`}`;
            next();
          };
          reply().catch((e: unknown) => {
            logger.error(`${pathname}: ${(e as Error).message}`);
            next(e);
          });
        });
      },
    },
  };
}
