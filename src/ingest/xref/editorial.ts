/**
 * Editorial links from the sidecar (`links:` in plan.yaml), applied over the detected ones:
 * `{ between: [A, B], note }` links A and B both ways with kind `editorial` and the note as
 * evidence (a citation or a mention found in the text stays, as the stronger reason);
 * `{ between: [A, B], remove: true }` drops any link between A and B, both ways.
 * The links are checked against the plan beforehand (see sidecar-links.ts).
 */
import type { EditorialLink } from "../sidecar-links.ts";
import type { RefSet } from "./refset.ts";

export function applyEditorial(links: readonly EditorialLink[], refs: RefSet): void {
  for (const link of links) {
    const [a, b] = link.between;
    if (link.remove) {
      refs.remove(a, b);
      refs.remove(b, a);
    } else {
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const) {
        if (refs.get(from, to)?.kind === "related") refs.remove(from, to);
        refs.add(from, to, "editorial", link.note);
      }
    }
  }
}
