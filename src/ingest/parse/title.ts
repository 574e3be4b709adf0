/** The plan's title: where it is among the lines above the first item. */
import { continues, runsOn } from "../text/lines.ts";
import type { Kind } from "./classify.ts";
import type { Line } from "./source-lines.ts";

export interface Title {
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
export function findTitle(
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
