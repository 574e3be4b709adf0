/**
 * Building sites for the benchmark, never into the project's content/ or dist/: every site is
 * a folder of its own under the bench's work folder (content/, dist/, cache/), built
 * as `npm run build` builds (the ingest CLI, then `astro build`, whose integrations run
 * Pagefind and the CSP pass), with CONTENT_DIR, OUT_DIR and CACHE_DIR pointing into it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { measure } from "./proc.mjs";

export const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const bin = (name) => join(ROOT, "node_modules/.bin", name);
const QUIET = { ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" };

/**
 * A plan to benchmark: the project's seeds, a generated plan of `items` items in both languages
 * ("3000"), or one written from a 50-word vocabulary in English ("small-3000", see
 * scripts/generate-plan.mjs), which only the ingest section measures.
 */
export function planSpec(name) {
  if (name === "seed") return { name, label: "seed (32 items, en+fr)", items: 32 };
  const small = /^small-(\d+)$/.exec(name);
  if (small) {
    const items = Number(small[1]);
    return {
      name,
      label: `generated ${items.toLocaleString("en")} items, 50-word vocabulary (en)`,
      items,
      vocabulary: "small",
      ingestOnly: true,
    };
  }
  const items = Number(name);
  return { name, label: `generated ${items.toLocaleString("en")} items (en+fr)`, items };
}

/** seeds/ folder for a plan: the project's own, or generated once into the work folder. */
export async function seedsFor(spec, work) {
  if (spec.name === "seed") return join(ROOT, "seeds");
  const dir = join(work, `seeds-${spec.name}`);
  if (!existsSync(join(dir, "en", "plan.yaml"))) {
    // The small vocabulary's plans are English only; the others have a French translation.
    const options = spec.vocabulary ? ["--vocabulary", spec.vocabulary, "--langs", "en"] : ["--langs", "en,fr"];
    await measure(
      process.execPath,
      [join(ROOT, "scripts/generate-plan.mjs"), "--items", String(spec.items), "--out", dir, ...options],
      { cwd: ROOT },
    );
  }
  return dir;
}

/**
 * The command of `npm run ingest` (package.json), as [command, args]: a local bin resolves to
 * node_modules/.bin, `node` to this Node; a script with shell syntax runs through sh.
 */
export function ingestCommand(extra) {
  const script = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.ingest;
  if (/[&|;<>$`'"\\]/.test(script)) return ["sh", ["-c", `${script} "$@"`, "ingest", ...extra]];
  const [command, ...args] = script.trim().split(/\s+/);
  const resolved = command === "node" ? process.execPath : existsSync(bin(command)) ? bin(command) : command;
  return [resolved, [...args, ...extra]];
}

/** Run the ingest as `npm run ingest` does (without npm itself), once, into a fresh folder. */
export async function ingest(seeds, out) {
  rmSync(out, { recursive: true, force: true });
  const [command, args] = ingestCommand(["--seeds", seeds, "--out", out]);
  return measure(command, args, { cwd: ROOT });
}

/** The ingest's stages timed inside one process (bench/lib/ingest-stages.ts): { loadMs, xrefMs, emitMs, writeMs }. */
export async function ingestStages(seeds, out) {
  rmSync(out, { recursive: true, force: true });
  const m = await measure(bin("tsx"), ["bench/lib/ingest-stages.ts", seeds, out], { cwd: ROOT });
  return JSON.parse(m.stdout.trim().split("\n").at(-1));
}

/**
 * Ingest then `astro build` into `dir` (removed first, so the build is cold: no Astro cache).
 * Returns times, peak memory of each step's process tree, phase timings from Astro's log,
 * and sizes of the output.
 */
export async function buildSite(seeds, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = join(dir, "content");
  const dist = join(dir, "dist");
  const ing = await ingest(seeds, content);
  // Run from the site's folder with --root: Astro puts its prerender chunks in OUT_DIR only when
  // OUT_DIR is inside the working directory, and otherwise in <cwd>/.astro/, which concurrent
  // builds would share (and each deletes when done).
  const astro = await measure(bin("astro"), ["build", "--root", ROOT], {
    cwd: dir,
    env: { ...QUIET, CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: join(dir, "cache") },
  });
  return {
    dist,
    ingestMs: ing.ms,
    astroMs: astro.ms,
    totalMs: ing.ms + astro.ms,
    cpuMs: ing.cpuMs == null || astro.cpuMs == null ? null : ing.cpuMs + astro.cpuMs,
    peakRss: Math.max(ing.peakRss, astro.peakRss),
    phases: astroPhases(astro.stdout + astro.stderr),
    pages: countFiles(dist, (f) => f.endsWith(".html")).count,
    pagefind: countFiles(join(dist, "pagefind")),
    // The whole site as one ZIP for reading offline (src/integrations/download.ts).
    download: countFiles(join(dist, "download"), (f) => f.endsWith(".zip")),
    distBytes: countFiles(dist).bytes,
  };
}

/** Build the site once if `dir` has none yet (for the page benchmarks). */
export async function ensureSite(seeds, dir) {
  if (existsSync(join(dir, "dist", "en", "index.html"))) return join(dir, "dist");
  return (await buildSite(seeds, dir)).dist;
}

export function countFiles(dir, keep = () => true) {
  let count = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { count, bytes };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !keep(entry.name)) continue;
    count++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { count, bytes };
}

/**
 * Phases of `astro build`, from its log (seconds as Astro prints them; the post-build hooks,
 * search and CSP, from the log's HH:MM:SS stamps, so to the second).
 */
export function astroPhases(log) {
  const lines = log.split("\n");
  const seconds = (re) => {
    const m = lines.map((l) => re.exec(l)).find(Boolean);
    return m ? Number(m[1]) * (m[2] === "ms" ? 0.001 : 1) : null;
  };
  const stamp = (l) => {
    const m = /^(\d\d):(\d\d):(\d\d)/.exec(l);
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
  };
  // The "✓ Completed in" that follows a heading.
  const after = (heading) => {
    const i = lines.findIndex((l) => l.includes(heading));
    if (i < 0) return { s: null, line: -1 };
    for (let j = i + 1; j < lines.length; j++) {
      const m = /✓ Completed in ([\d.]+)(ms|s)/.exec(lines[j]);
      if (m) return { s: Number(m[1]) * (m[2] === "ms" ? 0.001 : 1), line: j };
    }
    return { s: null, line: -1 };
  };
  const vite = after("Building static entrypoints");
  const render = after("generating static routes");
  const done = lines.findIndex((l) => l.includes("[build] Complete!"));
  const postBuild = render.line >= 0 && done >= 0 ? stamp(lines[done]) - stamp(lines[render.line]) : null;
  return {
    syncS: seconds(/\[types\] Generated ([\d.]+)(ms|s)/),
    viteS: vite.s,
    renderS: render.s,
    postBuildS: postBuild,
  };
}
