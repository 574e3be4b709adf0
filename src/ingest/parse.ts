/**
 * Parser: source text → plan model.
 * Driven by the page's structure, not its words:
 *   chrome … TITLE (last line before the first item) … items and CAPITALS headings … footer chrome
 * Item headings are `N) Title` or `N. Title` at the start of a paragraph. A paragraph in
 * capitals (one line, or hard-wrapped over several) is a pillar heading. The footer starts at
 * the first paragraph after the last item that looks like page chrome (a `|` menu, a line already
 * seen in the header chrome, a `Label:` line followed by a date). Each dropped line is reported as `info`.
 * Numbering is not checked here (see validate.ts): the parser keeps what it finds.
 */
import type { Diagnostic, Lang, Plan, PlanItem, Pillar, Translation } from "./model.ts";
import { displayCase, isCapitalsLine, properNounForms } from "./text/case.ts";
import { slugOf } from "./text/slug.ts";

export interface SuppliedPillar {
  beforeItem: number;
  title: string;
  /** Where the editor wrote it (sidecar file and line), for messages. */
  file: string;
  line: number;
}

export interface ParseOptions {
  file: string;
  lang: Lang;
  translation?: Translation | null;
  suppliedPillars?: SuppliedPillar[];
}

export interface ParseResult {
  plan: Plan | null;
  diagnostics: Diagnostic[];
}

const ITEM_HEADING = /^\s*(\d{1,9})\s*[).]\s+(\S.*?)\s*$/;
const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/;
/** A short label and a date, alone on a line: "Last Updated: 2005-01-13". */
const LABELLED_DATE = /^[^:]{1,40}:\s*\d{4}-\d{2}-\d{2}$/;

/** A run of non-blank lines. */
interface Paragraph {
  line: number;
  lines: string[];
}

type Block =
  | { kind: "item"; line: number; number: number; title: string }
  | { kind: "pillar"; line: number; heading: string; raw: string[] }
  | { kind: "text"; line: number; text: string; raw: string[] };

export function parsePlan(text: string, options: ParseOptions): ParseResult {
  const { file, lang } = options;
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string) => diagnostics.push({ file, line, severity: "error", message });
  const info = (line: number, message: string) => diagnostics.push({ file, line, severity: "info", message });

  if (text.trim() === "") {
    error(1, "the file is empty");
    return { plan: null, diagnostics };
  }
  const blocks = paragraphs(text).flatMap(toBlocks);
  const firstItem = blocks.findIndex((b) => b.kind === "item");
  if (firstItem === -1) {
    error(1, "no items found: expected headings such as '1) Title' or '1. Title' at the start of a paragraph");
    return { plan: null, diagnostics };
  }

  // The title is the last text line before the first item (pillar headings may sit between).
  let titleIndex = -1;
  for (let i = firstItem - 1; i >= 0; i--) {
    if (blocks[i]!.kind === "text") {
      titleIndex = i;
      break;
    }
  }
  const titleBlock = titleIndex >= 0 ? (blocks[titleIndex] as Extract<Block, { kind: "text" }>) : null;
  if (!titleBlock) error(blocks[firstItem]!.line, "no title line before the first item");
  const header = blocks.slice(0, Math.max(titleIndex, 0));
  for (const b of header) dropped(b, "before the title", info);
  const headerLines = new Set(header.flatMap((b) => (b.kind === "text" ? b.raw.map(squash) : [])));

  // The footer: first chrome-like text block after the last item heading.
  const lastItem = blocks.findLastIndex((b) => b.kind === "item");
  let footerStart = blocks.length;
  for (let i = lastItem + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "pillar" || (b.kind === "text" && isChrome(b, blocks[i + 1], headerLines))) {
      footerStart = i;
      break;
    }
  }
  const footer = blocks.slice(footerStart);
  for (const b of footer) dropped(b, "after the last item", info);
  const lastUpdated = findLastUpdated(footer);
  if (!lastUpdated) {
    error(
      footer[0]?.line ?? blocks[blocks.length - 1]!.line,
      "no 'Last Updated' date (YYYY-MM-DD) found in the footer after the last item",
    );
  }

  // Items and pillars between the title and the footer.
  const supplied = [...(options.suppliedPillars ?? [])];
  const pillars: Pillar[] = [];
  const items: PlanItem[] = [];
  let current: PlanItem | null = null;
  const openPillar = (title: string, line: number, isSupplied: boolean) => {
    pillars.push({ number: pillars.length + 1, id: slugOf(title), title, items: [], line, supplied: isSupplied });
  };
  const planBlocks = blocks.slice(titleIndex + 1, footerStart);
  // Headings in capitals lose the case of acronyms and names; the body text tells them.
  const properForms = properNounForms(
    planBlocks.flatMap((b) => (b.kind === "text" ? [b.text] : [])),
    lang,
  );
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

  const plan: Plan = {
    title: titleBlock?.text ?? "",
    lang,
    lastUpdated: lastUpdated ?? "",
    source: file,
    translation: options.translation ?? null,
    pillars,
    items,
  };
  return { plan, diagnostics };
}

/** Split text into paragraphs (runs of non-blank lines), remembering where each starts. */
function paragraphs(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  let current: Paragraph | null = null;
  text.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") {
      current = null;
    } else if (current) {
      current.lines.push(raw);
    } else {
      current = { line: i + 1, lines: [raw] };
      result.push(current);
    }
  });
  return result;
}

/**
 * Classify a paragraph. An item heading is its first line; the lines after it
 * (when the source has no blank line after the heading) start the body.
 */
function toBlocks(p: Paragraph): Block[] {
  const first = p.lines[0]!;
  const heading = ITEM_HEADING.exec(first);
  if (heading) {
    const item: Block = { kind: "item", line: p.line, number: Number(heading[1]), title: squash(heading[2]!) };
    const rest = p.lines.slice(1);
    return rest.length ? [item, textBlock(p.line + 1, rest)] : [item];
  }
  // Judged on the whole paragraph: a long heading may be hard-wrapped over several lines.
  if (isCapitalsLine(p.lines.join(" ")))
    return [{ kind: "pillar", line: p.line, heading: squash(p.lines.join(" ")), raw: p.lines }];
  return [textBlock(p.line, p.lines)];
}

function textBlock(line: number, lines: string[]): Block {
  return { kind: "text", line, text: lines.map(squash).join(" "), raw: lines };
}

/** Trim and collapse runs of white space (hard wraps, indentation, tabs). */
function squash(s: string): string {
  return s.replace(/\s+/gu, " ").trim();
}

function isChrome(b: Extract<Block, { kind: "text" }>, next: Block | undefined, headerLines: Set<string>): boolean {
  const first = squash(b.raw[0]!);
  if (b.text.split(" | ").length >= 3) return true; // a menu bar (whole paragraph: it may be hard-wrapped)
  if (headerLines.has(first)) return true; // repeats the header chrome
  if (LABELLED_DATE.test(first)) return true; // "Last Updated: 2005-01-13" on one line
  if (/:$/.test(first) && b.raw.length > 1 && ISO_DATE.test(b.raw[1]!)) return true; // "Last Updated:" / date
  if (/:$/.test(first) && b.raw.length === 1 && next?.kind === "text" && ISO_DATE.test(next.raw[0]!)) return true;
  return false;
}

/** The first ISO date in the footer that follows a "Label:" line (or shares its line). */
function findLastUpdated(footer: Block[]): string | null {
  // Pillar blocks too: a footer in capitals ("LAST UPDATED:" / date) reads as a heading.
  const lines = footer.flatMap((b) => (b.kind === "item" ? [] : b.raw.map(squash)));
  for (let i = 0; i < lines.length; i++) {
    const labelled = /:\s*(\d{4}-\d{2}-\d{2})\b/.exec(lines[i]!);
    if (labelled) return labelled[1]!;
    if (/:$/.test(lines[i]!) && i + 1 < lines.length) {
      const date = ISO_DATE.exec(lines[i + 1]!);
      if (date) return date[1]!;
    }
  }
  return null;
}

/** Report each dropped line at its own line number, so --verbose shows exactly what was left out. */
function dropped(b: Block, where: string, info: (line: number, message: string) => void): void {
  const lines = b.kind === "item" ? [`${b.number}) ${b.title}`] : b.raw;
  lines.forEach((raw, i) => {
    if (raw.trim() !== "") info(b.line + i, `dropped page chrome ${where}: ${JSON.stringify(squash(raw))}`);
  });
}
