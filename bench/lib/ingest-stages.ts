/**
 * The ingest's stages timed in one process, for the benchmark's breakdown (run with tsx):
 *   tsx bench/lib/ingest-stages.ts SEEDS_DIR OUT_DIR
 * prints JSON { loadMs, xrefMs, emitMs, writeMs }: read + parse + validate of every source,
 * cross-referencing (and carrying references to translations), emitting the files, writing them.
 * Module loading and startup are not in these figures; the CLI's wall time has them.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { contentFiles, ingest, loadPlan, type SourceInput } from "../../src/ingest/pipeline.ts";
import { parseSidecar } from "../../src/ingest/sidecar.ts";
import { replaceDirectory } from "../../src/ingest/write.ts";

const [seeds, out] = process.argv.slice(2);
if (!seeds || !out) throw new Error("usage: tsx bench/lib/ingest-stages.ts SEEDS_DIR OUT_DIR");

const inputs: SourceInput[] = readdirSync(seeds, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()
  .map((lang) => {
    const sidecarFile = join(seeds, lang, "plan.yaml");
    const text = readFileSync(sidecarFile, "utf8");
    const source = parseSidecar(text, sidecarFile).sidecar?.source;
    if (!source) throw new Error(`${sidecarFile}: no source`);
    const file = join(seeds, lang, source);
    return { file, bytes: readFileSync(file), sidecar: { file: sidecarFile, text } };
  });

const time = <T>(f: () => T): [T, number] => {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
};
// Twice: the second load is as warm as the one inside ingest(), which loads, then cross-references.
time(() => inputs.map((i) => loadPlan(i)));
const [, loadMs] = time(() => inputs.map((i) => loadPlan(i)));
const [result, ingestMs] = time(() => ingest(inputs));
const [files, emitMs] = time(() => contentFiles(result.plans, true));
const [, writeMs] = time(() => replaceDirectory(out, files));
process.stdout.write(`${JSON.stringify({ loadMs, xrefMs: Math.max(0, ingestMs - loadMs), emitMs, writeMs })}\n`);
