/**
 * The ingest pipeline as its steps: read → parse → validate → (pair) → cross-reference → emit.
 * Pure: it takes the sources' bytes and returns the files to write and what went wrong;
 * cli.ts does the file system work.
 */
import type { Diagnostic, Plan } from "./model.ts";
import { emitPlan } from "./emit.ts";
import { checkPairing } from "./pair.ts";
import { parsePlan } from "./parse.ts";
import { readSource } from "./read.ts";
import { parseSidecar, type SidecarResult } from "./sidecar.ts";
import { validatePlan } from "./validate.ts";
import { crossReference, transferReferences } from "./xref.ts";

export interface SourceInput {
  /** Path of the source text, as shown in messages. */
  file: string;
  bytes: Uint8Array;
  /** The sidecar (plan.yaml) beside the source, if any; `parsed` when the caller has already parsed it. */
  sidecar?: { file: string; text: string; parsed?: SidecarResult };
  /** Language to use when there is no sidecar. */
  lang?: Plan["lang"];
}

export interface IngestResult {
  plans: Plan[];
  diagnostics: Diagnostic[];
}

export const hasErrors = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.severity === "error");

/** read → parse → validate one source. */
export function loadPlan(input: SourceInput): { plan: Plan | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const sidecar = input.sidecar ? (input.sidecar.parsed ?? parseSidecar(input.sidecar.text, input.sidecar.file)) : null;
  if (sidecar) diagnostics.push(...sidecar.diagnostics);
  if (sidecar && !sidecar.sidecar) return { plan: null, diagnostics };
  const meta = sidecar?.sidecar;

  // An explicit --lang that contradicts the sidecar is a mistake in one of them; don't guess which.
  if (meta && input.lang && input.lang !== meta.lang) {
    diagnostics.push({
      file: input.sidecar!.file,
      line: sidecar!.langLine,
      severity: "error",
      message: `lang: ${meta.lang} here, but --lang ${input.lang} was given`,
    });
    return { plan: null, diagnostics };
  }
  const read = readSource(input.bytes, input.file);
  diagnostics.push(...read.diagnostics);
  const lang = meta?.lang ?? input.lang ?? "en";
  const parsed = parsePlan(read.text, {
    file: input.file,
    lang,
    translation: meta?.translation
      ? { of: meta.translation.of, official: meta.translation.official, partial: meta.translation.partial }
      : null,
    suppliedPillars: (meta?.pillarTitles ?? []).map((p, i) => ({
      ...p,
      file: input.sidecar!.file,
      line: sidecar!.pillarTitleLines[i]!,
    })),
  });
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.plan) return { plan: null, diagnostics };
  const plan = meta?.site ? { ...parsed.plan, site: meta.site } : parsed.plan;
  diagnostics.push(...validatePlan(plan, { allowGaps: plan.translation?.partial ?? false }));
  return { plan, diagnostics };
}

/**
 * Ingest a set of sources (one per language). Originals are cross-referenced on their own
 * text; a translation takes its original's graph by item number, so both languages agree.
 */
export function ingest(inputs: SourceInput[]): IngestResult {
  const diagnostics: Diagnostic[] = [];
  const loaded = inputs.map((input) => {
    const result = loadPlan(input);
    diagnostics.push(...result.diagnostics);
    return result.plan;
  });
  if (hasErrors(diagnostics) || loaded.some((p) => p === null)) return { plans: [], diagnostics };

  const plans: Plan[] = [];
  const originals = new Map<string, Plan>();
  for (const plan of loaded as Plan[]) {
    if (plan.translation) continue;
    const linked = crossReference(plan);
    diagnostics.push(...linked.diagnostics);
    originals.set(plan.lang, linked.plan);
    plans.push(linked.plan);
  }
  for (const plan of loaded as Plan[]) {
    if (!plan.translation) continue;
    const original = originals.get(plan.translation.of);
    if (original) {
      diagnostics.push(...checkPairing(original, plan));
      plans.push(transferReferences(original, plan));
    } else {
      const linked = crossReference(plan);
      diagnostics.push(...linked.diagnostics);
      plans.push(linked.plan);
    }
  }
  const seen = new Set<string>();
  for (const plan of plans) {
    if (seen.has(plan.lang))
      diagnostics.push({
        file: plan.source,
        line: 1,
        severity: "error",
        message: `a second source for language '${plan.lang}'`,
      });
    seen.add(plan.lang);
  }
  return { plans: hasErrors(diagnostics) ? [] : plans, diagnostics };
}

/** The files of content/: `<lang>/…` for each plan when `byLanguage`, else one plan's files at the top. */
export function contentFiles(plans: Plan[], byLanguage: boolean): Map<string, string> {
  const files = new Map<string, string>();
  for (const plan of [...plans].sort((a, b) => (a.lang < b.lang ? -1 : 1))) {
    for (const [path, text] of emitPlan(plan)) files.set(byLanguage ? `${plan.lang}/${path}` : path, text);
  }
  return files;
}
