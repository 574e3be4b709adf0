/** Explicit references: a body cites an item by number ("see item 4", "mesures 8 à 10"). */
import type { Diagnostic } from "../model.ts";
import { findExplicit } from "../text/explicit.ts";
import type { RefSet } from "./refset.ts";
import type { TermStats } from "./stats.ts";

/** Adds each item's citations of other items; warns, at the paragraph's line, about numbers the plan lacks. */
export function addExplicit(stats: TermStats, source: string, refs: RefSet, diagnostics: Diagnostic[]): void {
  for (const doc of stats.docs) {
    const item = doc.item;
    item.body.forEach((para, i) => {
      for (const m of findExplicit(para, stats.lang)) {
        const missing: number[] = [];
        for (const n of m.numbers) {
          if (n === item.number) continue;
          if (stats.byNumber.has(n)) refs.add(item.number, n, "explicit", m.text);
          else missing.push(n);
        }
        if (missing.length > 0) {
          diagnostics.push({
            file: source,
            line: item.bodyLines[i] ?? item.line,
            severity: "warning",
            message: `item ${item.number} refers to ${missing.length > 1 ? "items" : "item"} ${missing.join(", ")} ("${m.text}"), which the plan does not have`,
          });
        }
      }
    });
  }
}
