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
import { checkLinkItems, checkTranslatedLinks, notesByPair, type EditorialLink } from "./sidecar-links.ts";
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

/** read → parse → validate one source; `links` are the sidecar's editorial links, checked against the plan. */
export function loadPlan(input: SourceInput): {
  plan: Plan | null;
  links: EditorialLink[];
  linkLines: number[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const sidecar = input.sidecar ? (input.sidecar.parsed ?? parseSidecar(input.sidecar.text, input.sidecar.file)) : null;
  if (sidecar) diagnostics.push(...sidecar.diagnostics);
  if (sidecar && !sidecar.sidecar) return { plan: null, links: [], linkLines: [], diagnostics };
  const meta = sidecar?.sidecar;

  // An explicit --lang that contradicts the sidecar is a mistake in one of them; don't guess which.
  if (meta && input.lang && input.lang !== meta.lang) {
    diagnostics.push({
      file: input.sidecar!.file,
      line: sidecar!.langLine,
      severity: "error",
      message: `lang: ${meta.lang} here, but --lang ${input.lang} was given`,
    });
    return { plan: null, links: [], linkLines: [], diagnostics };
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
  if (!parsed.plan) return { plan: null, links: [], linkLines: [], diagnostics };
  const plan = meta?.site ? { ...parsed.plan, site: meta.site } : parsed.plan;
  diagnostics.push(...validatePlan(plan, { allowGaps: plan.translation?.partial ?? false }));
  const links = meta?.links ?? [];
  if (links.length > 0) {
    const numbers = new Set(plan.items.map((i) => i.number));
    diagnostics.push(...checkLinkItems(links, sidecar!.linkLines, numbers, input.sidecar!.file));
  }
  return { plan, links, linkLines: sidecar?.linkLines ?? [], diagnostics };
}

/**
 * Ingest a set of sources (one per language). Originals are cross-referenced on their own
 * text; a translation takes its original's graph by item number, so both languages agree.
 */
export function ingest(inputs: SourceInput[]): IngestResult {
  const diagnostics: Diagnostic[] = [];
  const results = inputs.map((input) => {
    const result = loadPlan(input);
    diagnostics.push(...result.diagnostics);
    return result;
  });
  if (hasErrors(diagnostics) || results.some((r) => r.plan === null)) return { plans: [], diagnostics };
  const loaded = results.map((r) => r.plan as Plan);
  const linksOf = new Map(loaded.map((plan, i) => [plan, results[i]!.links]));
  const linkLinesOf = new Map(loaded.map((plan, i) => [plan, results[i]!.linkLines]));
  const sidecarFile = (plan: Plan) => inputs.find((input) => input.file === plan.source)?.sidecar?.file ?? plan.source;
  const originalLinks = new Map<Plan, EditorialLink[]>();

  const plans: Plan[] = [];
  const originals = new Map<string, Plan>();
  for (const plan of loaded) {
    if (plan.translation) continue;
    const linked = crossReference(plan, linksOf.get(plan));
    diagnostics.push(...linked.diagnostics);
    originals.set(plan.lang, linked.plan);
    originalLinks.set(linked.plan, linksOf.get(plan) ?? []);
    plans.push(linked.plan);
  }
  for (const plan of loaded) {
    if (!plan.translation) continue;
    const original = originals.get(plan.translation.of);
    if (original) {
      // The translation links what its original links; its own `links:` only word the notes.
      diagnostics.push(...checkPairing(original, plan));
      diagnostics.push(
        ...checkTranslatedLinks(
          linksOf.get(plan) ?? [],
          linkLinesOf.get(plan) ?? [],
          originalLinks.get(original) ?? [],
          {
            file: sidecarFile(plan),
            original: sidecarFile(original),
          },
        ),
      );
      if (hasErrors(diagnostics)) continue;
      plans.push(transferReferences(original, plan, notesByPair(linksOf.get(plan) ?? [])));
    } else {
      const linked = crossReference(plan, linksOf.get(plan));
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
