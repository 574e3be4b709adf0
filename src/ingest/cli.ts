/**
 * Command line: `npm run ingest -- --source FILE --out DIR [--lang en] [--meta FILE] [--verbose]`
 * or, with no source, every `seeds/<lang>/` into `content/<lang>/`.
 * Problems are printed as `FILE:LINE: severity: message`; any error exits with status 1 and
 * leaves the output folder as it was. On success the output folder is replaced whole.
 * A mistake in the arguments (a folder named as a file, an --out below a file) is said in
 * words as `PATH: error: …`. Importing this module runs nothing; `main` runs only when
 * cli.ts is the program Node started.
 *
 * Internal, for tests only: INGEST_INTERNAL_PAUSE_MS=N makes a run stop for N ms between the
 * two renames that replace the output folder, after printing "ingest: internal: paused between
 * renames" to stderr, so a test can kill it inside that window.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { LANGS, type Diagnostic, type Lang } from "./model.ts";
import { contentFiles, hasErrors, ingest, type SourceInput } from "./pipeline.ts";
import { replaceDirectory } from "./write.ts";
import { parseSidecar, type SidecarResult } from "./sidecar.ts";

const USAGE = `usage: npm run ingest -- [--source FILE --out DIR] [--lang ${LANGS.join("|")}] [--meta FILE] [--verbose]
  With no --source, ingests every seeds/<lang>/ (its plan.yaml names the source) into content/.`;

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

/** True when `path` is `dir` or inside it. */
function isInside(path: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** What is wrong with reading `path` as a file, in words; null when nothing is. */
function notAFile(path: string): string | null {
  if (!existsSync(path)) return "no such file";
  return statSync(path).isDirectory() ? "is a folder, not a file" : null;
}

/** What is wrong with making `dir` a folder (an existing file at it or above it); null when nothing is. */
function notAFolder(dir: string): string | null {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(at)) {
      if (statSync(at).isDirectory()) return null;
      return at === resolve(dir) ? "is a file, not a folder" : `${display(at)} is a file, not a folder`;
    }
    if (dirname(at) === at) return null;
  }
}

function readSidecar(path: string): { file: string; text: string; parsed: SidecarResult } {
  const file = display(path);
  const text = readFileSync(path, "utf8");
  return { file, text, parsed: parseSidecar(text, file) };
}

/** Sources of the default run: each seeds/<lang>/plan.yaml and the text it names. */
export function seedInputs(seedsDir: string): { inputs: SourceInput[]; problems: Diagnostic[] } {
  const inputs: SourceInput[] = [];
  const problems: Diagnostic[] = [];
  if (existsSync(seedsDir) && !statSync(seedsDir).isDirectory()) {
    problems.push({ file: display(seedsDir), line: 1, severity: "error", message: "is a file, not a folder" });
    return { inputs, problems };
  }
  const langs = existsSync(seedsDir)
    ? readdirSync(seedsDir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  if (langs.length === 0)
    problems.push({
      file: display(seedsDir),
      line: 1,
      severity: "error",
      message: "no seeds/<lang>/ folders to ingest",
    });
  for (const lang of langs) {
    const sidecarPath = join(seedsDir, lang, "plan.yaml");
    const wrong = notAFile(sidecarPath);
    if (wrong !== null) {
      problems.push({
        file: display(sidecarPath),
        line: 1,
        severity: "error",
        message: existsSync(sidecarPath) ? wrong : "missing: each seeds/<lang>/ needs a plan.yaml naming its source",
      });
      continue;
    }
    const sidecar = readSidecar(sidecarPath);
    const name =
      sidecar.parsed.sidecar?.source ??
      readdirSync(join(seedsDir, lang))
        .filter((f) => f.endsWith(".txt"))
        .sort()[0];
    if (!name || !existsSync(join(seedsDir, lang, name))) {
      problems.push({
        file: sidecar.file,
        line: 1,
        severity: "error",
        message: `source text ${name ? `'${name}' ` : ""}not found beside it`,
      });
      continue;
    }
    const file = join(seedsDir, lang, name);
    const wrongText = notAFile(file);
    if (wrongText !== null) {
      problems.push({ file: display(file), line: 1, severity: "error", message: wrongText });
      continue;
    }
    inputs.push({ file: display(file), bytes: readFileSync(file), sidecar });
  }
  return problems.length ? { inputs: [], problems } : { inputs, problems };
}

export function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        source: { type: "string" },
        out: { type: "string" },
        lang: { type: "string" },
        meta: { type: "string" },
        seeds: { type: "string", default: "seeds" },
        verbose: { type: "boolean", short: "v", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }).values;
  } catch (e) {
    process.stderr.write(`ingest: ${(e as Error).message}\n${USAGE}\n`);
    return 1;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.lang !== undefined && !isLang(args.lang)) {
    const names = LANGS.map((l) => `'${l}'`);
    process.stderr.write(
      `ingest: --lang must be ${names.slice(0, -1).join(", ")} or ${names.at(-1)}, not '${args.lang}'\n`,
    );
    return 1;
  }
  if ((args.source === undefined) !== (args.out === undefined) && args.source !== undefined) {
    process.stderr.write(`ingest: --source needs --out DIR\n${USAGE}\n`);
    return 1;
  }
  // Without --source these would be ignored, and the run would replace content/ from the seeds.
  if (args.source === undefined && (args.meta !== undefined || args.lang !== undefined)) {
    process.stderr.write(`ingest: --meta and --lang need --source FILE\n${USAGE}\n`);
    return 1;
  }

  let inputs: SourceInput[];
  let outDir: string;
  if (args.source !== undefined) {
    if (!existsSync(args.source)) {
      process.stderr.write(`${args.source}:1: error: no such file\n`);
      return 1;
    }
    if (notAFile(args.source) !== null) {
      process.stderr.write(`${args.source}: error: ${notAFile(args.source)}; --source names the plan's text file\n`);
      return 1;
    }
    const metaPath = args.meta ?? join(dirname(args.source), "plan.yaml");
    if (args.meta !== undefined && !existsSync(metaPath)) {
      process.stderr.write(`${metaPath}:1: error: no such file\n`);
      return 1;
    }
    if (existsSync(metaPath) && notAFile(metaPath) !== null) {
      process.stderr.write(`${metaPath}: error: ${notAFile(metaPath)}; the sidecar is a plan.yaml file\n`);
      return 1;
    }
    inputs = [
      {
        file: display(args.source),
        bytes: readFileSync(args.source),
        sidecar: existsSync(metaPath) ? readSidecar(metaPath) : undefined,
        lang: args.lang as Lang | undefined,
      },
    ];
    outDir = args.out!;
  } else {
    const seeds = seedInputs(args.seeds!);
    if (seeds.problems.length) {
      for (const d of seeds.problems) process.stderr.write(`${formatDiagnostic(d)}\n`);
      return 1;
    }
    inputs = seeds.inputs;
    outDir = args.out ?? "content";
  }
  const wrongOut = notAFolder(outDir);
  if (wrongOut !== null) {
    process.stderr.write(`${display(outDir)}: error: ${wrongOut}; --out names the folder to write\n`);
    return 1;
  }

  // The output folder is replaced whole: never let that take the sources or the project with it.
  const unsafe = [process.cwd(), ...inputs.flatMap((i) => [i.file, ...(i.sidecar ? [i.sidecar.file] : [])])].find((p) =>
    isInside(p, outDir),
  );
  if (unsafe !== undefined) {
    process.stderr.write(`ingest: refusing to replace ${display(outDir)}: it contains ${display(unsafe) || "."}\n`);
    return 1;
  }

  const result = ingest(inputs);
  for (const d of result.diagnostics) {
    if (d.severity !== "info" || args.verbose) process.stderr.write(`${formatDiagnostic(d)}\n`);
  }
  if (hasErrors(result.diagnostics)) {
    const count = result.diagnostics.filter((d) => d.severity === "error").length;
    process.stderr.write(`ingest: ${count} error${count > 1 ? "s" : ""}; ${display(outDir)} left unchanged\n`);
    return 1;
  }
  replaceDirectory(outDir, contentFiles(result.plans, args.source === undefined), { betweenRenames: testPause() });
  for (const plan of result.plans) {
    process.stdout.write(
      `ingest: ${plan.lang}: ${plan.items.length} items in ${plan.pillars.length} pillars from ${plan.source} → ${display(outDir)}\n`,
    );
  }
  return 0;
}

/** The internal INGEST_INTERNAL_PAUSE_MS pause (see the top of this file), or none. */
function testPause(): (() => void) | undefined {
  const ms = Number(process.env.INGEST_INTERNAL_PAUSE_MS);
  if (!(ms > 0)) return undefined;
  return () => {
    process.stderr.write("ingest: internal: paused between renames\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  };
}

/** True when Node was started with this file as its program (`node --import tsx src/ingest/cli.ts`). */
function isEntryPoint(): boolean {
  const started = process.argv[1];
  if (started === undefined || !existsSync(started)) return false;
  return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
}

if (isEntryPoint()) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    // A bug, not a bad source: still no stack trace for the editor, but say what broke.
    process.stderr.write(`ingest: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 1;
  }
}
