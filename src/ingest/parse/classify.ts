/**
 * Line classification: what each line is, judged by its neighbourhood (see parse.ts), and
 * which capitals lines continue the heading above them.
 */
import { continues, endsSentence, isTitleShaped, runsOn } from "../text/lines.ts";
import { squash, type Line } from "./source-lines.ts";

export const ITEM_HEADING = /^\s*(\d{1,9})\s*[).]\s+(\S.*?)\s*$/;
/**
 * Inside running text, a heading's number is at most this far beyond the last item's:
 * a year at the start of a wrapped line ("2001. Resume …") is not a heading.
 */
const NUMBER_REACH = 20;

/**
 * What a line is: an item heading, the rest of a heading's title wrapped onto the next line,
 * a numbered entry of a list inside a body, a capitals heading, or text.
 */
export type Kind = "item" | "more" | "entry" | "capitals" | "text";

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

/** Judge each line by its neighbourhood (see the file comment in parse.ts). */
export function classify(lines: readonly Line[]): Kind[] {
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
export function capitalsJoins(
  lines: readonly Line[],
  kinds: readonly Kind[],
  chrome: readonly boolean[],
  firstItem: number,
) {
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
