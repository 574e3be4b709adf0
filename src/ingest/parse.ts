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
 * The parts live in parse/: source-lines, classify (line kinds, numbered lists in a body,
 * wrapped capitals headings), title, blocks, pillars (grouping and supplied pillars), date.
 */
import { chromeLines } from "./chrome.ts";
import type { Diagnostic, Lang, Plan, Translation } from "./model.ts";
import { blocks } from "./parse/blocks.ts";
import { capitalsJoins, classify, ITEM_HEADING } from "./parse/classify.ts";
import { pageDate } from "./parse/date.ts";
import { groupItems, type SuppliedPillar } from "./parse/pillars.ts";
import { nonBlankLines } from "./parse/source-lines.ts";
import { findTitle } from "./parse/title.ts";
import { displayCase, properNounForms } from "./text/case.ts";

export type { SuppliedPillar };

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
  // Headings in capitals lose the case of acronyms and names; the body text tells them.
  const properForms = properNounForms(
    planBlocks.flatMap((b) => (b.kind === "text" ? [b.text] : [])),
    lang,
  );
  const { pillars, items } = groupItems(
    planBlocks,
    { file, lang, suppliedPillars: options.suppliedPillars ?? [], properForms },
    diagnostics,
  );

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
