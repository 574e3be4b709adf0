/** The source's non-blank lines, each with its number, paragraph and whether it is in capitals. */
import { isCapitalsLine } from "../text/case.ts";

/** A non-blank line of the source. */
export interface Line {
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

/** The non-blank lines, each with its number and paragraph. */
export function nonBlankLines(text: string): Line[] {
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

/** Trim and collapse runs of white space (hard wraps, indentation, tabs). */
export function squash(s: string): string {
  return s.replace(/\s+/gu, " ").trim();
}
