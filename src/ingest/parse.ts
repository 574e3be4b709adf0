/**
 * Parser: source text → plan model.
 * Driven by the page's structure, not its words:
 *   chrome … TITLE … items and CAPITALS headings … footer chrome
 * Blank lines help but are never needed: every line is judged by its neighbourhood.
 *   - `N) Title` / `N. Title` is an item heading at the start of a paragraph, or at the start
 *     of any line when it looks like one: a short title line after a line that does not run
 *     on, followed by text. A numbered list after a line ending in ":" stays in the body.
 *     A title that runs on ("… Information /") takes the next line too.
 *   - A line in capitals is a pillar heading when it stands alone as a paragraph or comes just
 *     before an item heading. Capitals lines with no blank line between are one heading (so are
 *     lines where one runs on, "… IN THE", or the next continues, "OF GOODS"), except directly
 *     above the first item with no text above them: there, the title and the first pillar.
 *   - The title is the last line of text before the first item (pillar headings may sit
 *     between). When chrome or nothing is there instead, a line in capitals directly above the
 *     first pillar heading is the title.
 *   - The footer starts at the first chrome line after the last item (see chrome.ts, and a
 *     line already seen in the header chrome). Each dropped line is reported as `info`.
 *   - The page's date: a `Label: YYYY-MM-DD` in the footer or header, else a date written out
 *     in the header or footer ("January 7, 2002", "le 7 janvier 2002"); none is a warning.
 * Numbering is not checked here (see validate.ts): the parser keeps what it finds.
 */
import { chromeLines, ISO_DATE } from "./chrome.ts";
import type { Diagnostic, Lang, Plan, PlanItem, Pillar, Translation } from "./model.ts";
import { displayCase, isCapitalsLine, properNounForms } from "./text/case.ts";
import { findWrittenDate } from "./text/dates.ts";
import { continues, endsSentence, isTitleShaped, runsOn } from "./text/lines.ts";
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
/**
 * Inside running text, a heading's number is at most this far beyond the last item's:
 * a year at the start of a wrapped line ("2001. Resume …") is not a heading.
 */
const NUMBER_REACH = 20;

/** A non-blank line of the source. */
interface Line {
  /** 1-based line number. */
  no: number;
  raw: string;
  /** Trimmed, white space collapsed. */
  text: string;
  /** Index of its paragraph (a run of non-blank lines). */
  paragraph: number;
  /** Written in capitals (see isCapitalsLine). */
  capitals: boolean;
}

/**
 * What a line is: an item heading, the rest of a heading's title wrapped onto the next line,
 * a numbered entry of a list inside a body, a capitals heading, or text.
 */
type Kind = "item" | "more" | "entry" | "capitals" | "text";

type Block =
  | { kind: "item"; line: number; number: number; title: string }
  | { kind: "pillar"; line: number; heading: string; raw: string[] }
  | { kind: "text"; line: number; text: string; raw: string[] };

export function parsePlan(text: string, options: ParseOptions): ParseResult {
  const { file, lang } = options;
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string) => diagnostics.push({ file, line, severity: "error", message });
  const warning = (line: number, message: string) => diagnostics.push({ file, line, severity: "warning", message });
  const info = (line: number, message: string) => diagnostics.push({ file, line, severity: "info", message });
  const drop = (from: number, to: number, where: string) => {
    for (const l of lines.slice(from, to)) info(l.no, `dropped page chrome ${where}: ${JSON.stringify(l.text)}`);
  };

  if (text.trim() === "") {
    error(1, "the file is empty");
    return { plan: null, diagnostics };
  }
  const lines = nonBlankLines(text);
  const kinds = classify(lines);
  const firstItem = kinds.indexOf("item");
  if (firstItem === -1) {
    error(1, "no items found: expected headings such as '1) Title' or '1. Title' at the start of a line");
    return { plan: null, diagnostics };
  }
  // Chrome is looked for around the items, never between them.
  const lastItem = kinds.lastIndexOf("item");
  const afterLastHeading = kinds[lastItem + 1] === "more" ? lastItem + 2 : lastItem + 1;
  const texts = lines.map((l) => l.text);
  const chrome = [
    ...chromeLines(texts.slice(0, firstItem)),
    ...texts.slice(firstItem, afterLastHeading).map(() => false),
    ...chromeLines(texts.slice(afterLastHeading)),
  ];

  // The title, and the header above it.
  const joins = capitalsJoins(lines, kinds, chrome, firstItem);
  const firstNumber = Number(ITEM_HEADING.exec(lines[firstItem]!.raw)![1]);
  const suppliedFirst = (options.suppliedPillars ?? []).some((p) => p.beforeItem === firstNumber);
  const title = findTitle(lines, kinds, chrome, joins, firstItem, suppliedFirst);
  if (!title) error(lines[firstItem]!.no, "no title line before the first item");
  const titleStart = title?.start ?? 0;
  const titleEnd = title?.end ?? 0;
  drop(0, titleStart, "before the title");
  const headerTexts = new Set(lines.slice(0, titleStart).map((l) => l.text));

  // The footer: the first chrome line after the last item heading.
  let footerStart = lines.length;
  for (let k = afterLastHeading; k < lines.length; k++) {
    if (kinds[k] === "capitals" || chrome[k] || headerTexts.has(lines[k]!.text)) {
      footerStart = k;
      break;
    }
  }
  drop(footerStart, lines.length, "after the last item");

  const date = pageDate(lines.slice(footerStart), lines.slice(0, titleStart));
  if (!date) {
    warning(
      lines[footerStart]?.no ?? lines.at(-1)!.no,
      "no date found: expected 'Last Updated: YYYY-MM-DD' or a date such as 'January 7, 2002' in the page header or footer; the site will show no date modified",
    );
  }

  // Items and pillars between the title and the footer.
  const planBlocks = blocks(
    lines.slice(titleEnd, footerStart),
    kinds.slice(titleEnd, footerStart),
    joins.slice(titleEnd, footerStart),
  );
  const supplied = [...(options.suppliedPillars ?? [])];
  const pillars: Pillar[] = [];
  const items: PlanItem[] = [];
  let current: PlanItem | null = null;
  const openPillar = (title: string, line: number, isSupplied: boolean) => {
    pillars.push({ number: pillars.length + 1, id: slugOf(title), title, items: [], line, supplied: isSupplied });
  };
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

  const plan: Plan = {
    title: title ? (title.capitals ? displayCase(title.text, lang, properForms) : title.text) : "",
    lang,
    ...(date ? { lastUpdated: date } : {}),
    source: file,
    translation: options.translation ?? null,
    pillars,
    items,
  };
  return { plan, diagnostics };
}

/** The non-blank lines, each with its number and paragraph. */
function nonBlankLines(text: string): Line[] {
  const result: Line[] = [];
  let paragraph = 0;
  let blank = true;
  text.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") {
      blank = true;
      return;
    }
    if (blank) paragraph++;
    blank = false;
    const text = squash(raw);
    result.push({ no: i + 1, raw, text, paragraph, capitals: isCapitalsLine(text) });
  });
  return result;
}

/** The heading's title, with the next line when the title runs on into it ("… Information /" / "Passenger Name Record"). */
function headingTitle(lines: readonly Line[], k: number, m: RegExpExecArray): { title: string; more: boolean } {
  const title = squash(m[2]!);
  const next = lines[k + 1];
  const wrapped =
    runsOn(title) &&
    next !== undefined &&
    next.paragraph === lines[k]!.paragraph &&
    !ITEM_HEADING.test(next.raw) &&
    !next.capitals;
  return wrapped ? { title: `${title} ${next.text}`, more: true } : { title, more: false };
}

/** Judge each line by its neighbourhood (see the file comment). */
function classify(lines: readonly Line[]): Kind[] {
  const kinds: Kind[] = [];
  /** Number of the last item heading, and of the last entry of a numbered list inside its body. */
  let current: number | null = null;
  let entry: number | null = null;
  const notAllCapitals = new Set(lines.filter((l) => !l.capitals).map((l) => l.paragraph));
  const headingAhead = (k: number) => {
    const m = k < lines.length ? ITEM_HEADING.exec(lines[k]!.raw) : null;
    return m !== null && isTitleShaped(headingTitle(lines, k, m).title);
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const prev = lines[k - 1];
    const paragraphStart = prev === undefined || prev.paragraph !== line.paragraph;
    const m = ITEM_HEADING.exec(line.raw);
    if (m) {
      const n = Number(m[1]);
      const { title, more } = headingTitle(lines, k, m);
      const below = lines[k + (more ? 2 : 1)];
      const expected: number = (current ?? 0) + 1;
      // "… as follows:" then "1) …", "2) …": a list inside the body, unless the line is plainly the next item.
      const opensList = current !== null && n === 1 && prev !== undefined && /:$/.test(prev.text);
      const continuesList = current !== null && entry !== null && n === entry + 1;
      if (opensList || continuesList) {
        // "Plainly": the expected number, a title's shape, and text below it (not the list's next entry).
        const nextItem = n === expected && isTitleShaped(title) && below !== undefined && !ITEM_HEADING.test(below.raw);
        if (!nextItem) {
          kinds.push("entry");
          entry = n;
          continue;
        }
      }
      const inText =
        prev !== undefined &&
        below !== undefined &&
        isTitleShaped(title) &&
        n <= (current ?? 0) + NUMBER_REACH &&
        (kinds[k - 1] === "item" || kinds[k - 1] === "capitals" || !runsOn(prev.text)) &&
        // A number out of sequence needs a clearer break before it: an ended sentence or a heading.
        (n === expected || kinds[k - 1] !== "text" || endsSentence(prev.text));
      if (paragraphStart || inText) {
        kinds.push("item");
        if (more) kinds.push("more");
        if (more) k++;
        current = n;
        entry = null;
        continue;
      }
    } else if (line.capitals) {
      if (kinds[k - 1] === "capitals" && (runsOn(prev!.text) || continues(line.text))) {
        kinds.push("capitals"); // a heading hard-wrapped over two lines
        continue;
      }
      const ownParagraph = !notAllCapitals.has(line.paragraph);
      let j = k + 1;
      while (j < lines.length && lines[j]!.capitals && !ITEM_HEADING.test(lines[j]!.raw)) j++;
      const beforeItem = (paragraphStart || kinds[k - 1] === "item" || !runsOn(prev!.text)) && headingAhead(j);
      if (ownParagraph || beforeItem) {
        kinds.push("capitals");
        continue;
      }
    }
    kinds.push("text");
  }
  return kinds;
}

/**
 * For each line, true when it continues the capitals heading on the line above: that line
 * runs on ("… IN THE"), this one continues ("OF GOODS"), or there is no blank line between
 * them (a heading hard-wrapped anywhere) — except in the capitals lines directly above the
 * first item with no text above them, which may be the title and the first pillar heading.
 */
function capitalsJoins(lines: readonly Line[], kinds: readonly Kind[], chrome: readonly boolean[], firstItem: number) {
  let runStart = firstItem;
  while (runStart > 0 && kinds[runStart - 1] === "capitals") runStart--;
  const above = runStart - 1;
  const titleRun = runStart < firstItem && (above < 0 || chrome[above] || kinds[above] !== "text");
  return lines.map((line, k) => {
    const prev = lines[k - 1];
    if (kinds[k] !== "capitals" || kinds[k - 1] !== "capitals") return false;
    if (runsOn(prev!.text) || continues(line.text)) return true;
    return prev!.paragraph === line.paragraph && !(titleRun && k >= runStart && k < firstItem);
  });
}

interface Title {
  text: string;
  /** Written in capitals (shown in display case). */
  capitals: boolean;
  /** Lines [start, end) of the title. */
  start: number;
  end: number;
}

/**
 * The last line of text before the first item, with the lines above it that run on into it
 * (a hard-wrapped title). When the line above the first pillar headings is chrome (or there is
 * none), the capitals line directly above the first pillar heading is the title.
 */
function findTitle(
  lines: readonly Line[],
  kinds: readonly Kind[],
  chrome: readonly boolean[],
  joins: readonly boolean[],
  firstItem: number,
  supplied: boolean,
): Title | null {
  let j = firstItem - 1;
  const headings: { start: number; end: number }[] = []; // capitals headings, bottom up
  while (j >= 0 && kinds[j] === "capitals") {
    let start = j;
    while (joins[start]) start--;
    headings.push({ start, end: j + 1 });
    j = start - 1;
  }
  const textTitle = (end: number): Title => {
    let start = end;
    while (
      start > 0 &&
      kinds[start - 1] === "text" &&
      !chrome[start - 1] &&
      lines[start - 1]!.paragraph === lines[end]!.paragraph &&
      (runsOn(lines[start - 1]!.text) || continues(lines[start]!.text) || /^\p{Ll}/u.test(lines[start]!.text))
    )
      start--;
    const text = lines
      .slice(start, end + 1)
      .map((l) => l.text)
      .join(" ");
    return { text, capitals: false, start, end: end + 1 };
  };
  if (j >= 0 && kinds[j] === "text" && !chrome[j]) return textTitle(j);
  // The heading directly above the first pillar heading (the first item's own, or the sidecar's).
  const capitalsTitle = headings[1] ?? (supplied && headings.length === 1 ? headings[0] : undefined);
  if (capitalsTitle) {
    const text = lines
      .slice(capitalsTitle.start, capitalsTitle.end)
      .map((l) => l.text)
      .join(" ");
    return { text, capitals: true, ...capitalsTitle };
  }
  for (let k = j; k >= 0; k--) if (kinds[k] === "text" && !chrome[k]) return textTitle(k);
  return null;
}

/** Lines → blocks: item headings (a wrapped title joined), capitals headings, text paragraphs. */
function blocks(lines: readonly Line[], kinds: readonly Kind[], joins: readonly boolean[]): Block[] {
  const result: Block[] = [];
  lines.forEach((line, k) => {
    const kind = kinds[k]!;
    const prev = lines[k - 1];
    const last = result.at(-1);
    if (kind === "item") {
      const m = ITEM_HEADING.exec(line.raw)!;
      result.push({ kind: "item", line: line.no, number: Number(m[1]), title: squash(m[2]!) });
    } else if (kind === "more" && last?.kind === "item") {
      last.title = `${last.title} ${line.text}`;
    } else if (kind === "capitals") {
      if (last?.kind === "pillar" && joins[k]) {
        last.raw.push(line.raw);
        last.heading = squash(last.raw.join(" "));
      } else {
        result.push({ kind: "pillar", line: line.no, heading: line.text, raw: [line.raw] });
      }
    } else if (kind === "text" && last?.kind === "text" && prev!.paragraph === line.paragraph) {
      last.raw.push(line.raw);
      last.text = `${last.text} ${line.text}`;
    } else {
      // Text after a heading, a blank line or a capitals line starts a paragraph; so does each list entry.
      result.push({ kind: "text", line: line.no, text: line.text, raw: [line.raw] });
    }
  });
  return result;
}

/**
 * The page's date: a labelled ISO date ("Last Updated: 2005-01-13", or the label above the
 * date) in the footer, then in the header; else the first date written out in the header,
 * then in the footer.
 */
function pageDate(footer: readonly Line[], header: readonly Line[]): string | null {
  const labelled = (lines: readonly Line[]) => {
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i]!.text;
      const same = /:\s*(\d{4}-\d{2}-\d{2})(?!\d)/.exec(text);
      if (same) return same[1]!;
      const below = /:$/.test(text) && i + 1 < lines.length ? ISO_DATE.exec(lines[i + 1]!.text) : null;
      if (below) return below[1]!;
    }
    return null;
  };
  const written = (lines: readonly Line[]) => {
    for (const l of lines) {
      const date = findWrittenDate(l.text);
      if (date) return date.iso;
    }
    return null;
  };
  return labelled(footer) ?? labelled(header) ?? written(header) ?? written(footer);
}

/** Trim and collapse runs of white space (hard wraps, indentation, tabs). */
function squash(s: string): string {
  return s.replace(/\s+/gu, " ").trim();
}
