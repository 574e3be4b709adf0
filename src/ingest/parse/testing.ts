/** Helpers for the parser's tests: small sources through the real parser. */
import type { Diagnostic } from "../model.ts";
import { parsePlan, type ParseOptions } from "../parse.ts";

export const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === "error");

/** A small source, parsed as file "t.txt" in English unless `options` say otherwise. */
export function parse(text: string, options: Partial<ParseOptions> = {}) {
  return parsePlan(text, { file: "t.txt", lang: "en", ...options });
}

/** The footer a small source with blank lines ends with. */
export const footer = "\n\nLast Updated:\n2005-01-13\n";

/** The lines of a source with no blank line anywhere. */
export const tight = (...lines: string[]) => lines.join("\n") + "\n";
