/** The page's date, from its header and footer lines. */
import { ISO_DATE } from "../chrome.ts";
import { findWrittenDate } from "../text/dates.ts";
import type { Line } from "./source-lines.ts";

/**
 * The page's date: a labelled ISO date ("Last Updated: 2005-01-13", or the label above the
 * date) in the footer, then in the header; else the first date written out in the header,
 * then in the footer.
 */
export function pageDate(footer: readonly Line[], header: readonly Line[]): string | null {
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
