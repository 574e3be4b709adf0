/**
 * Page chrome, line by line: what a captured page carries around the plan's text.
 *   - menus: a line of `a | b | c` (perhaps hard-wrapped), or words on lines of their own
 *     separated by lone `|` lines;
 *   - release headers: "For Immediate Release" / « Pour diffusion immédiate », the lines that
 *     follow it up to a date (the issuing office), a line that is only a date, and the end
 *     marks "- 30 -" and "###";
 *   - date footers: "Last Updated: 2005-01-13", or "Last Updated:" above the date.
 * Judged by shape and by those few fixed phrases, never by a particular site's words.
 */
import { isDateLine } from "./text/dates.ts";

export const ISO_DATE = /(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/;
/** A short label and a date, alone on a line: "Last Updated: 2005-01-13". */
const LABELLED_DATE = /^[^:]{1,40}:\s*\d{4}-\d{2}-\d{2}$/;
const RELEASE = /^(?:for immediate release|pour (?:diffusion|publication) imm[ée]diate)\.?$/iu;
/** The end marks of a press release: "- 30 -", "###". */
const END_MARK = /^(?:[-–—]\s*30\s*[-–—]|#{3})$/u;
/** How far below "For Immediate Release" its date may come (office lines between). */
const RELEASE_SPAN = 4;

/** True for each line (squashed text, blank lines left out) that is menu, release header or date chrome. */
export function chromeLines(lines: readonly string[]): boolean[] {
  const chrome = lines.map((_, k) => isChromeLine(lines, k));
  lines.forEach((line, k) => {
    if (!RELEASE.test(line)) return;
    const date = lines.slice(k + 1, k + 1 + RELEASE_SPAN).findIndex(isDateLine);
    for (let j = k + 1; j <= k + 1 + date && date !== -1; j++) chrome[j] = true;
  });
  return chrome;
}

function isChromeLine(lines: readonly string[], k: number): boolean {
  const line = lines[k]!;
  const next = lines[k + 1];
  if (isMenu(lines, k)) return true;
  if (RELEASE.test(line) || END_MARK.test(line) || isDateLine(line)) return true;
  if (LABELLED_DATE.test(line)) return true; // "Last Updated: 2005-01-13"
  if (/:$/.test(line) && next !== undefined && ISO_DATE.test(next)) return true; // "Last Updated:" / date
  return false;
}

/** A menu bar (`a | b | c`, perhaps hard-wrapped over the next lines), a lone `|`, or a word beside one. */
export function isMenu(lines: readonly string[], k: number): boolean {
  const line = lines[k]!;
  if (line === "|" || lines[k + 1] === "|" || lines[k - 1] === "|") return true;
  if (!line.includes("|")) return false;
  return (
    lines
      .slice(k, k + 3)
      .join(" ")
      .split(" | ").length >= 3
  );
}
