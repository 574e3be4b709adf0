#!/usr/bin/env node
/**
 * `npm run bench`: build and page benchmarks of the site, printed as a table and written to
 * bench/results/latest.json and bench/results/latest.md. See bench/README.md.
 *
 *   npm run bench -- [--only ingest,build,weights,lighthouse,search] [--runs N] [--plans seed,300,3000,small-3000,small-6000] [--keep]
 *
 * Sections:
 *   ingest      ingest CLI wall time for the seed and generated plans (scripts/generate-plan.mjs), also
 *               plans written from a 50-word vocabulary ("small-N": ingest only), and their time ratio
 *   build       ingest + astro build (+ Pagefind, CSP): wall time, peak memory, Pagefind index size
 *   weights     first view of each page type over HTTP: requests, bytes raw and gzip
 *   lighthouse  Lighthouse 12 scores of each page type (mobile defaults)
 *   search      search latency over HTTP and from disk (bench/search-latency.mjs)
 * Every figure is the median of several runs: --runs N, or ingest 5, build 3, weights 3, lighthouse 3,
 * search 3 rounds. Nothing is written to the project's content/ or dist/: sites are built under
 * node_modules/.cache/plan-bench-XXXX/, removed at the end unless --keep.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import { median } from "./lib/proc.mjs";
import { ROOT, buildSite, ensureSite, ingest, ingestStages, planSpec, seedsFor } from "./lib/site.mjs";
import { renderMarkdown } from "./lib/report.mjs";
import { TARGETS } from "./lib/targets.mjs";

const SECTIONS = ["ingest", "build", "weights", "lighthouse", "search"];
const DEFAULT_RUNS = { ingest: 5, build: 3, weights: 3, lighthouse: 3, search: 3 };

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    runs: { type: "string" },
    plans: { type: "string", default: "seed,300,3000,small-3000,small-6000" },
    lang: { type: "string", default: "en" },
    keep: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(
    readFileSync(new URL(import.meta.url), "utf8")
      .split("*/")[0]
      .replace(/^#!.*\n\/\*\*\n/, "")
      .replace(/^ \* ?/gm, ""),
  );
  process.exit(0);
}
const only = values.only ? values.only.split(",").map((s) => s.trim()) : SECTIONS;
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  console.error(`bench: unknown section ${unknown.join(", ")}; sections: ${SECTIONS.join(", ")}`);
  process.exit(1);
}
const runsFor = (section) => (values.runs ? Math.max(1, Number(values.runs)) : DEFAULT_RUNS[section]);
const plans = values.plans.split(",").map((s) => planSpec(s.trim()));
// The work folder is inside the project (node_modules/.cache, ignored by git) so that the
// prerender chunks Astro writes into each site's dist/ resolve the project's node_modules.
mkdirSync(join(ROOT, "node_modules/.cache"), { recursive: true });
const work = mkdtempSync(join(ROOT, "node_modules/.cache/plan-bench-"));
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);

// ---------------------------------------------------------------------------

function writeAtomic(file, text) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

function environment() {
  const version = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return "unknown";
    }
  };
  const dirty =
    version("git", ["-C", ROOT, "status", "--porcelain", "--", "src", "astro.config.mjs", "package.json"]) !== "";
  return {
    commit: `${version("git", ["-C", ROOT, "rev-parse", "--short", "HEAD"])}${dirty ? "+changes" : ""}`,
    node: process.version,
    chromium: version(process.env.CHROMIUM ?? "/usr/bin/chromium", ["--version"]).replace(/\s+built on.*/, ""),
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAtStart: Number(loadavg()[0].toFixed(1)),
  };
}

const sitesDir = (spec) => join(work, `site-${spec.name}`);

const RUN = {
  async ingest(runs) {
    const rows = [];
    for (const spec of plans) {
      const seeds = await seedsFor(spec, work);
      const samples = [];
      const stages = [];
      for (let i = 0; i < runs; i++) {
        samples.push(await ingest(seeds, join(work, `ingest-${spec.name}`)));
        stages.push(await ingestStages(seeds, join(work, `stages-${spec.name}`)));
      }
      const stage = (k) => round0(median(stages.map((s) => s[k])));
      rows.push({
        plan: spec.name,
        label: spec.label,
        items: spec.items,
        ms: Math.round(median(samples.map((s) => s.ms))),
        minMs: Math.round(Math.min(...samples.map((s) => s.ms))),
        cpuMs: round0(median(samples.map((s) => s.cpuMs))),
        peakRssMB: mb(median(samples.map((s) => s.peakRss))),
        stages: {
          loadMs: stage("loadMs"),
          xrefMs: stage("xrefMs"),
          emitMs: stage("emitMs"),
          writeMs: stage("writeMs"),
        },
      });
      log(`ingest ${spec.name}: ${rows.at(-1).ms} ms`);
    }
    return { rows };
  },

  async build(runs) {
    const rows = [];
    for (const spec of plans.filter((p) => !p.ingestOnly)) {
      const seeds = await seedsFor(spec, work);
      const samples = [];
      for (let i = 0; i < runs; i++) {
        samples.push(await buildSite(seeds, sitesDir(spec)));
        log(
          `build ${spec.name} run ${i + 1}/${runs}: ${(samples.at(-1).totalMs / 1000).toFixed(1)} s, ${mb(samples.at(-1).peakRss)} MB`,
        );
      }
      const med = (f) => median(samples.map(f));
      const last = samples.at(-1);
      rows.push({
        plan: spec.name,
        label: spec.label,
        items: spec.items,
        totalS: sec(med((s) => s.totalMs)),
        cpuS: sec(med((s) => s.cpuMs)),
        ingestS: sec(med((s) => s.ingestMs)),
        astroS: sec(med((s) => s.astroMs)),
        phases: {
          syncS: round1(med((s) => s.phases.syncS)),
          viteS: round1(med((s) => s.phases.viteS)),
          renderS: round1(med((s) => s.phases.renderS)),
          postBuildS: round1(med((s) => s.phases.postBuildS)),
        },
        peakRssMB: mb(med((s) => s.peakRss)),
        maxPeakRssMB: mb(Math.max(...samples.map((s) => s.peakRss))),
        pages: last.pages,
        pagefindFiles: last.pagefind.count,
        pagefindKB: kb(last.pagefind.bytes),
        zipKB: kb(last.download.bytes),
        distMB: mb(last.distBytes),
      });
    }
    return { rows };
  },

  async weights(runs) {
    const { firstView } = await import("./lib/first-view.mjs");
    const { pagesOf } = await import("./lib/pages.mjs");
    const harness = await harnessModule();
    const rows = [];
    const browser = await harness.launchBrowser();
    try {
      for (const spec of weightPlans()) {
        const dist = await ensureSite(await seedsFor(spec, work), sitesDir(spec));
        const server = await harness.serve(dist, "/");
        try {
          for (const [type, path] of Object.entries(pagesOf(dist, values.lang))) {
            const samples = [];
            for (let i = 0; i < runs; i++) samples.push(await firstView(browser, `${server.origin}/${path}`));
            const last = samples.at(-1);
            rows.push({
              plan: spec.name,
              page: type,
              path,
              requests: median(samples.map((s) => s.requests)),
              bytes: median(samples.map((s) => s.bytes)),
              gzip: median(samples.map((s) => s.gzip)),
              htmlBytes: last.resources[0]?.bytes ?? 0,
              htmlGzip: last.resources[0]?.gzip ?? 0,
              resources: last.resources.map((r) => ({
                path: r.url.replace(server.origin, ""),
                type: r.type,
                bytes: r.bytes,
                gzip: r.gzip,
              })),
              fonts: last.fonts.length,
              thirdParty: last.thirdParty.length,
              blockingScripts: last.blockingScripts.length,
              failed: last.failed,
            });
          }
        } finally {
          await server.close();
        }
        log(`weights ${spec.name}: ${rows.filter((r) => r.plan === spec.name).length} pages`);
      }
    } finally {
      await browser.close();
    }
    return { lang: values.lang, rows };
  },

  async lighthouse(runs) {
    const { startChrome, runLighthouse, CATEGORIES } = await import("./lib/lighthouse.mjs");
    const { pagesOf } = await import("./lib/pages.mjs");
    const harness = await harnessModule();
    const spec = planSpec("seed");
    const dist = await ensureSite(await seedsFor(spec, work), sitesDir(spec));
    const server = await harness.serve(dist, "/");
    const chrome = await startChrome();
    const rows = [];
    try {
      const pages = Object.entries(pagesOf(dist, values.lang));
      // The item page as a search result opens it: its URL names words to mark, which loads mark.js.
      const item = pagesOf(dist, values.lang).item;
      const word = /\/\d+-([a-z0-9]+)/.exec(item)?.[1] ?? "plan";
      pages.push(["item from a result", `${item}?mark=${word}`]);
      for (const [type, path] of pages) {
        const samples = [];
        for (let i = 0; i < runs; i++) samples.push(await runLighthouse(chrome, `${server.origin}/${path}`));
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(samples.map((s) => s.scores[c]))]));
        // Audits that fell short in any run, with how many runs, worst score first.
        const byId = new Map();
        for (const s of samples) {
          for (const f of s.failing) {
            const seen = byId.get(f.id);
            if (seen) {
              seen.runs++;
              seen.score = Math.min(seen.score, f.score);
            } else byId.set(f.id, { ...f, runs: 1 });
          }
        }
        const metric = (k) => median(samples.map((s) => s.metrics[k]));
        rows.push({
          page: type,
          path,
          scores,
          metrics: {
            fcpMs: Math.round(metric("fcpMs")),
            lcpMs: Math.round(metric("lcpMs")),
            tbtMs: Math.round(metric("tbtMs")),
            cls: round3(metric("cls")),
          },
          failing: [...byId.values()].sort((a, b) => a.score - b.score || a.id.localeCompare(b.id)),
        });
        log(`lighthouse ${type}: ${CATEGORIES.map((c) => scores[c]).join("/")}`);
      }
    } finally {
      await chrome.kill();
      await server.close();
    }
    return { lang: values.lang, server: "tests/e2e/harness.ts serve() (sirv, no compression)", rows };
  },

  async search(runs) {
    const script = join(ROOT, "bench/search-latency.mjs");
    if (!existsSync(script)) {
      log("search: bench/search-latency.mjs does not exist yet; skipped");
      return { skipped: "bench/search-latency.mjs does not exist yet" };
    }
    const { runSearchLatency } = await import("./lib/search.mjs");
    const spec = planSpec("seed");
    const dist = await ensureSite(await seedsFor(spec, work), sitesDir(spec));
    return runSearchLatency({ script, dist, runs });
  },
};

/** The sites whose pages are weighed: the seed, and any other plan built in this run. */
function weightPlans() {
  return plans.filter((p) => p.name === "seed" || existsSync(join(sitesDir(p), "dist", "en", "index.html")));
}

async function harnessModule() {
  const { tsImport } = await import("tsx/esm/api");
  return tsImport("../tests/e2e/harness.ts", import.meta.url);
}

function evaluateTargets(sections) {
  return TARGETS.map((t) => ({ id: t.id, label: t.label, ...t.check(sections) }));
}

function mb(bytes) {
  return bytes == null ? null : Math.round(bytes / 2 ** 20);
}
function kb(bytes) {
  return bytes == null ? null : Math.round(bytes / 1024);
}
function sec(ms) {
  return ms == null ? null : Math.round(ms / 100) / 10;
}
function round0(x) {
  return x == null ? null : Math.round(x);
}
function round1(x) {
  return x == null ? null : Math.round(x * 10) / 10;
}
function round3(x) {
  return x == null ? null : Math.round(x * 1000) / 1000;
}

async function main() {
  const results = {
    environment: environment(),
    sections: {},
  };

  try {
    for (const section of SECTIONS) {
      if (!only.includes(section)) continue;
      log(`${section}: ${runsFor(section)} run(s) per figure`);
      const started = Date.now();
      const data = await RUN[section](runsFor(section));
      if (data)
        results.sections[section] = {
          runs: runsFor(section),
          measuredAt: new Date().toISOString().slice(0, 16) + "Z",
          ...data,
        };
      log(`${section}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    if (values.keep) log(`work folder kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }

  // Sections not run this time keep their last figures (each says when it was measured).
  const outDir = join(ROOT, "bench/results");
  const previous = existsSync(join(outDir, "latest.json"))
    ? JSON.parse(readFileSync(join(outDir, "latest.json"), "utf8"))
    : null;
  const merged = {
    environment: results.environment,
    sections: Object.fromEntries(
      SECTIONS.filter((s) => results.sections[s] || previous?.sections?.[s]).map((s) => [
        s,
        results.sections[s] ?? previous.sections[s],
      ]),
    ),
  };
  merged.targets = evaluateTargets(merged.sections);
  const markdown = renderMarkdown(merged);
  process.stdout.write(`${markdown}\n`);
  if (!values["no-write"]) {
    mkdirSync(outDir, { recursive: true });
    writeAtomic(join(outDir, "latest.json"), `${JSON.stringify(merged, null, 2)}\n`);
    writeAtomic(join(outDir, "latest.md"), markdown);
    log("wrote bench/results/latest.json and bench/results/latest.md");
  }
  const failed = merged.targets.filter((t) => t.pass === false);
  if (failed.length) log(`${failed.length} target(s) missed: ${failed.map((t) => t.id).join(", ")}`);
}

await main();
