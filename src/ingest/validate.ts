/**
 * Validation: the checks a plan must pass before anything is written.
 * Every problem is reported (not only the first), each at its source line. Items that share a
 * title (the same words, or words that differ only in case or punctuation) are allowed, with a warning.
 */
import type { Diagnostic, Plan, PlanItem } from "./model.ts";

export interface ValidateOptions {
  /** A partial translation may skip numbers; complete sources may not. */
  allowGaps?: boolean;
}

export function validatePlan(plan: Plan, options: ValidateOptions = {}): Diagnostic[] {
  const file = plan.source;
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string) => diagnostics.push({ file, line, severity: "error", message });
  const warning = (line: number, message: string) => diagnostics.push({ file, line, severity: "warning", message });
  const titled = new Map<string, PlanItem>();

  const firstLine = new Map<number, number>();
  // A number that comes later (out of order) is not missing: report it once, where it is.
  const present = new Set(plan.items.map((i) => i.number));
  let expected = 1;
  for (const item of plan.items) {
    const seen = firstLine.get(item.number);
    if (seen !== undefined) {
      error(item.line, `item ${item.number} is repeated (first at line ${seen})`);
      continue;
    }
    firstLine.set(item.number, item.line);
    const same = titled.get(item.slug);
    if (same) {
      const as = same.title === item.title ? "" : ` ('${same.title}')`;
      warning(
        item.line,
        `item ${item.number} '${item.title}' has the same title as item ${same.number}${as} (line ${same.line})`,
      );
    } else {
      titled.set(item.slug, item);
    }
    if (item.number < 1) {
      error(item.line, `item ${item.number}: item numbers start at 1`);
    } else if (item.number < expected) {
      error(item.line, `item ${item.number} is out of order: it comes after item ${expected - 1}`);
    } else if (item.number > expected && !options.allowGaps) {
      const missing = numberRanges(expected, item.number - 1, present);
      const after = expected === 1 ? "is the first item" : `follows item ${expected - 1}`;
      if (missing)
        error(item.line, `item ${item.number} ${after}: ${missing} missing (numbering must run 1, 2, 3… without gaps)`);
    }
    expected = Math.max(expected, item.number + 1);
    if (item.body.length === 0) error(item.line, `item ${item.number} '${item.title}' has no body text`);
  }
  return diagnostics;
}

/** The numbers from..to that are absent from `present`, as "item 3 is" / "items 3–5, 7 are". */
function numberRanges(from: number, to: number, present: Set<number>): string {
  // Walk the present numbers, not the range: a stray "2001." heading must not mean 2000 steps.
  const inside = [...present].filter((n) => n >= from && n <= to).sort((a, b) => a - b);
  const ranges: string[] = [];
  let count = 0;
  let start = from;
  for (const next of [...inside, to + 1]) {
    if (next > start) {
      ranges.push(next - 1 === start ? `${start}` : `${start}–${next - 1}`);
      count += next - start;
    }
    start = next + 1;
  }
  if (count === 0) return "";
  return count === 1 ? `item ${ranges[0]} is` : `items ${ranges.join(", ")} are`;
}
