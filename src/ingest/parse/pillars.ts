/**
 * Blocks → pillars and items: each item under the pillar heading above it, or under the one
 * the sidecar supplies before it; errors for an item with no pillar, a pillar with no items,
 * and a supplied heading the source already has or cannot use.
 */
import type { Diagnostic, Lang, PlanItem, Pillar } from "../model.ts";
import { displayCase } from "../text/case.ts";
import { slugOf } from "../text/slug.ts";
import type { Block } from "./blocks.ts";
import { squash } from "./source-lines.ts";

export interface SuppliedPillar {
  beforeItem: number;
  title: string;
  /** Where the editor wrote it (sidecar file and line), for messages. */
  file: string;
  line: number;
}

export interface GroupOptions {
  /** The source file, for messages. */
  file: string;
  lang: Lang;
  suppliedPillars: readonly SuppliedPillar[];
  /** Proper nouns as the body text writes them (see properNounForms), for headings in capitals. */
  properForms: ReadonlyMap<string, string>;
}

/** The pillars and items of the blocks between the title and the footer; problems go to `diagnostics`. */
export function groupItems(
  planBlocks: readonly Block[],
  options: GroupOptions,
  diagnostics: Diagnostic[],
): { pillars: Pillar[]; items: PlanItem[] } {
  const { file, lang, properForms } = options;
  const error = (line: number, message: string) => diagnostics.push({ file, line, severity: "error", message });
  const info = (line: number, message: string) => diagnostics.push({ file, line, severity: "info", message });
  const supplied = [...options.suppliedPillars];
  const pillars: Pillar[] = [];
  const items: PlanItem[] = [];
  let current: PlanItem | null = null;
  const openPillar = (title: string, line: number, isSupplied: boolean) => {
    pillars.push({ number: pillars.length + 1, id: slugOf(title), title, items: [], line, supplied: isSupplied });
  };
  for (const b of planBlocks) {
    if (b.kind === "pillar") {
      const pending = pillars.at(-1);
      if (pending && pending.items.length === 0) error(pending.line, `pillar heading '${pending.title}' has no items`);
      openPillar(displayCase(b.heading, lang, properForms), b.line, false);
      current = null;
    } else if (b.kind === "item") {
      const s = supplied.findIndex((p) => p.beforeItem === b.number);
      if (s !== -1) {
        const [p] = supplied.splice(s, 1);
        const previous = pillars.at(-1);
        if (previous && previous.items.length === 0 && !previous.supplied) {
          diagnostics.push({
            file: p!.file,
            line: p!.line,
            severity: "error",
            message: `a heading for item ${b.number} is supplied, but the source already has one (${file}:${previous.line})`,
          });
        } else {
          openPillar(p!.title, p!.line, true);
        }
      }
      if (pillars.length === 0) {
        error(
          b.line,
          `item ${b.number} comes before any pillar heading; name its pillar in the sidecar (pillarTitles: - beforeItem: ${b.number})`,
        );
        openPillar("", b.line, true);
      }
      current = {
        number: b.number,
        title: b.title,
        slug: slugOf(b.title),
        pillar: pillars.length,
        body: [],
        bodyLines: [],
        line: b.line,
        references: [],
      };
      items.push(current);
      pillars.at(-1)!.items.push(b.number);
    } else if (current) {
      current.body.push(b.text);
      current.bodyLines.push(b.line);
    } else {
      b.raw.forEach((raw, i) =>
        info(b.line + i, `dropped text between a heading and the first item: ${JSON.stringify(squash(raw))}`),
      );
    }
  }
  const emptyPillar = pillars.at(-1);
  if (emptyPillar && emptyPillar.items.length === 0)
    error(emptyPillar.line, `pillar heading '${emptyPillar.title}' has no items`);
  for (const p of supplied) {
    diagnostics.push({
      file: p.file,
      line: p.line,
      severity: "error",
      message: `pillar title '${p.title}' is supplied before item ${p.beforeItem}, which the source does not have`,
    });
  }
  return { pillars, items };
}
