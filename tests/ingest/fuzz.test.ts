/**
 * CLI fuzz test: mutated copies of the English seed (lines deleted, repeated, truncated, swapped,
 * filled with hostile bytes, stray `N)` headings and capitals lines; see helpers/fuzz.ts) go
 * through the real command line, `tsx src/ingest/cli.ts --source FILE --out DIR`.
 *
 * Each run either exits 0 with a valid plan.json (items 1..N, each in one pillar, references to
 * other items) or exits 1 with nothing on stderr but `FILE:LINE: severity: message` lines and the
 * `ingest: N errors; DIR left unchanged` summary, no stack trace, and the --out folder exactly as
 * it was. The same bytes ingested in-process must give the same verdict, messages and plan.json.
 *
 * The mutants come from a fixed seed, so a failure names a case that reproduces (a failed run's
 * cases are left on disk). Starting `tsx` costs about a second of CPU (the loader and module
 * loading), so one run in TSX_EVERY goes through `tsx src/ingest/cli.ts` exactly as
 * `npm run ingest` does, and the others through the same cli.ts bundled once by esbuild (a fifth
 * of the cost); the runs go through a small pool. INGEST_FUZZ_FILES=400 runs more.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { build } from "esbuild";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/ingest/cli.ts";
import { contentFiles, hasErrors, ingest, type SourceInput } from "../../src/ingest/pipeline.ts";
import {
  applyMutant,
  lineCount,
  mutantArb,
  planJsonProblems,
  ROOT,
  SIDECAR_FILE,
  sidecarText,
  type Mutant,
} from "./helpers/fuzz.ts";

const FILES = Number(process.env.INGEST_FUZZ_FILES ?? 100);
const POOL = 5;
const TSX_EVERY = 20;
const SEED = 20011212;
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CLI = join(ROOT, "src", "ingest", "cli.ts");

const DIAGNOSTIC = /^(.+):(\d+): (error|warning|info): (.+)$/;
const STACK_LINE = /^\s+at /m;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from the project root: `tsx src/ingest/cli.ts ARGS`, or the bundle of it with plain node. */
function cli(args: string[], bundle: string | null): Promise<Run> {
  const [command, argv] = bundle ? [process.execPath, [bundle, ...args]] : [TSX, [CLI, ...args]];
  return new Promise((resolve) => {
    execFile(command, argv, { cwd: ROOT, encoding: "utf8", timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** src/ingest/cli.ts and everything it imports, in one file that plain node runs. */
async function bundleCli(outfile: string): Promise<string> {
  await build({
    entryPoints: [CLI],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    // For the CommonJS dependencies bundled into an ES module.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  return outfile;
}

/** Each file's bytes and mtime, and the parent folder's entries. */
function snapshot(dir: string) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(dir, path), bytes: readFileSync(path).toString("base64"), mtime: statSync(path).mtimeMs };
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, siblings: readdirSync(join(dir, "..")).sort() };
}

/** Runs `task` over `inputs`, at most `size` at a time. */
async function pool<T, R>(inputs: T[], size: number, task: (input: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const i = next++;
      results[i] = await task(inputs[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, inputs.length) }, worker));
  return results;
}

/** How the case is run: the sidecar beside the source (the usual way), given by --meta, or missing; --verbose on some. */
function setUp(dir: string, index: number, bytes: Uint8Array) {
  const source = join(dir, "source.txt");
  writeFileSync(source, bytes);
  const sidecarMode = index % 8 === 7 ? "none" : index % 8 === 3 ? "meta" : "beside";
  let sidecar: SourceInput["sidecar"];
  if (sidecarMode === "beside") {
    writeFileSync(join(dir, "plan.yaml"), sidecarText);
    sidecar = { file: join(dir, "plan.yaml"), text: sidecarText };
  } else if (sidecarMode === "meta") {
    sidecar = { file: SIDECAR_FILE, text: sidecarText };
  }
  const out = join(dir, "out");
  mkdirSync(join(out, "items"), { recursive: true });
  writeFileSync(join(out, "sentinel.txt"), "written before the run\n");
  writeFileSync(join(out, "items", "99-stale.md"), "stale\n");
  const args = ["--source", source, "--out", out];
  if (sidecarMode === "meta") args.push("--meta", SIDECAR_FILE);
  if (index % 4 === 1) args.push("--verbose");
  return { source, out, args, sidecar, verbose: index % 4 === 1 };
}

/** Runs one mutant through the CLI: its exit status, and everything wrong with the run ([] when it kept the contract). */
async function fuzzCase(
  root: string,
  mutant: Mutant,
  index: number,
  bundle: string | null,
): Promise<{ status: number | null; problems: string[] }> {
  const dir = join(root, String(index).padStart(3, "0"));
  mkdirSync(dir);
  const bytes = applyMutant(mutant);
  const { source, out, args, sidecar, verbose } = setUp(dir, index, bytes);
  const before = snapshot(out);
  const run = await cli(args, bundle);
  const problems: string[] = [];
  const problem = (p: string) => problems.push(p);

  if (run.status !== 0 && run.status !== 1) problem(`exit status ${run.status}`);
  if (STACK_LINE.test(run.stderr) || run.stderr.includes("internal error"))
    problem(`stack trace or internal error:\n${run.stderr.slice(0, 2000)}`);
  const lines = run.stderr.split("\n");
  if (lines.at(-1) !== "") problem("stderr does not end with a line end");
  lines.pop();
  const files = new Map([[source, lineCount(bytes)]]);
  if (sidecar) files.set(sidecar.file, sidecar.text.split("\n").length);
  const errors = lines.filter((l) => DIAGNOSTIC.exec(l)?.[3] === "error").length;
  const summary = `ingest: ${errors} error${errors > 1 ? "s" : ""}; ${out} left unchanged`;
  for (const [i, line] of lines.entries()) {
    if (run.status === 1 && i === lines.length - 1) {
      if (line !== summary) problem(`last stderr line is not '${summary}': ${JSON.stringify(line)}`);
      continue;
    }
    const m = DIAGNOSTIC.exec(line);
    if (!m) {
      problem(`stderr line not FILE:LINE: severity: message: ${JSON.stringify(line)}`);
      continue;
    }
    const [, file, at] = m;
    if (!files.has(file!)) problem(`diagnostic names a file that is neither source nor sidecar: ${line}`);
    else if (Number(at) < 1 || Number(at) > files.get(file!)!)
      problem(`diagnostic line out of the file (${files.get(file!)} lines): ${line}`);
  }

  // The same bytes, in-process: the same verdict, messages and plan.
  const expected = ingest([{ file: source, bytes, ...(sidecar ? { sidecar } : {}) }]);
  const shown = expected.diagnostics.filter((d) => d.severity !== "info" || verbose).map(formatDiagnostic);
  const stderrLines = run.status === 1 ? lines.slice(0, -1) : lines;
  if (JSON.stringify(stderrLines) !== JSON.stringify(shown))
    problem(`stderr differs from the in-process diagnostics:\n${run.stderr}\nexpected:\n${shown.join("\n")}`);

  if (run.status === 1) {
    if (!hasErrors(expected.diagnostics)) problem("exit 1, but the in-process ingest has no errors");
    if (errors === 0) problem("exit 1 without an error line");
    if (run.stdout !== "") problem(`stdout on failure: ${JSON.stringify(run.stdout)}`);
    if (JSON.stringify(snapshot(out)) !== JSON.stringify(before)) problem("--out changed on failure");
  } else if (run.status === 0) {
    if (errors > 0) problem("exit 0 with error lines");
    let json: unknown = null;
    try {
      json = JSON.parse(readFileSync(join(out, "plan.json"), "utf8"));
    } catch (e) {
      problem(`no readable plan.json: ${(e as Error).message}`);
    }
    if (json) {
      for (const p of planJsonProblems(json)) problem(`plan.json: ${p}`);
      const written = readdirSync(out, { recursive: true }).map(String).sort();
      const want = [...contentFiles(expected.plans, false).keys(), "items", "pillars"].sort();
      if (JSON.stringify(written) !== JSON.stringify(want))
        problem(`--out holds ${written.join(", ")}; expected ${want.join(", ")}`);
      for (const [path, text] of contentFiles(expected.plans, false)) {
        if (readFileSync(join(out, path), "utf8") !== text) problem(`${path} differs from the in-process emit`);
      }
      const plan = json as { items: unknown[]; pillars: unknown[] };
      const done = `ingest: en: ${plan.items.length} items in ${plan.pillars.length} pillars from ${source} → ${out}\n`;
      if (run.stdout !== done) problem(`stdout ${JSON.stringify(run.stdout)}, expected ${JSON.stringify(done)}`);
    }
  }
  return { status: run.status, problems };
}

describe("ingest CLI fuzz", () => {
  const root = mkdtempSync(join(tmpdir(), "ingest-fuzz-"));
  let failed = false;
  afterAll(() => {
    // A failure leaves the cases on disk to look at.
    if (!failed) rmSync(root, { recursive: true, force: true });
  });

  it(
    `${FILES} mutated seeds: exit 0 with a valid plan, or exit 1 with FILE:LINE messages and --out untouched`,
    { timeout: 600_000 },
    async () => {
      const mutants = fc.sample(mutantArb(), { seed: SEED, numRuns: FILES });
      const started = performance.now();
      const bundle = await bundleCli(join(root, "cli.mjs"));
      const results = await pool(mutants, POOL, (mutant, i) =>
        fuzzCase(root, mutant, i, i % TSX_EVERY === 0 ? null : bundle),
      );
      const failures = results.flatMap(({ problems }, i) =>
        problems.length
          ? [{ case: join(root, String(i).padStart(3, "0")), mutant: JSON.stringify(mutants[i]), problems }]
          : [],
      );
      failed = failures.length > 0;
      expect(failures).toEqual([]);
      // Both outcomes must occur, or the mutations are too mild (or too harsh) to test anything.
      if (FILES >= 40) expect([...new Set(results.map((r) => r.status))].sort()).toEqual([0, 1]);
      console.log(
        `ingest CLI fuzz: ${FILES} runs (${Math.ceil(FILES / TSX_EVERY)} through tsx), ${results.filter((r) => r.status === 0).length} ingested, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    },
  );
});
