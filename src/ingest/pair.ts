/**
 * Pairing: a translation's items and pillars are paired with the original's by number.
 * Every translated item and pillar needs a counterpart with the same number, and an item
 * must sit in the same pillar in both languages. A complete translation has every item.
 */
import type { Diagnostic, Plan } from "./model.ts";

export function checkPairing(original: Plan, translation: Plan): Diagnostic[] {
  const file = translation.source;
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string) => diagnostics.push({ file, line, severity: "error", message });
  const originalItems = new Map(original.items.map((i) => [i.number, i]));
  const originalPillars = new Map(original.pillars.map((p) => [p.number, p]));

  // A supplied pillar's line is in the sidecar, not in this file: point at its first item instead.
  const translatedItemLine = new Map(translation.items.map((i) => [i.number, i.line]));
  const where = (pillar: Plan["pillars"][number]) =>
    pillar.supplied
      ? { line: translatedItemLine.get(pillar.items[0]!) ?? 1, note: " (its title is supplied by the sidecar)" }
      : { line: pillar.line, note: "" };
  for (const pillar of translation.pillars) {
    const { line, note } = where(pillar);
    const counterpart = originalPillars.get(pillar.number);
    if (!counterpart) {
      error(
        line,
        `pillar ${pillar.number} '${pillar.title}'${note} has no counterpart in ${original.source} (which has ${original.pillars.length} pillars)`,
      );
      continue;
    }
    const first = pillar.items[0];
    if (first !== undefined && originalItems.get(first)?.pillar !== pillar.number) {
      error(
        line,
        `pillar ${pillar.number} '${pillar.title}'${note} starts at item ${first}, but in ${original.source} item ${first} belongs to pillar ${originalItems.get(first)?.pillar ?? "(none)"}`,
      );
    }
  }
  for (const item of translation.items) {
    const counterpart = originalItems.get(item.number);
    if (!counterpart) {
      error(item.line, `item ${item.number} '${item.title}' has no counterpart in ${original.source}`);
    } else if (counterpart.pillar !== item.pillar) {
      error(
        item.line,
        `item ${item.number} is in pillar ${item.pillar} here but in pillar ${counterpart.pillar} in ${original.source}:${counterpart.line}`,
      );
    }
  }
  if (!translation.translation?.partial) {
    const present = new Set(translation.items.map((i) => i.number));
    const missing = original.items.filter((i) => !present.has(i.number)).map((i) => i.number);
    if (missing.length) {
      const line = translation.items.at(-1)?.line ?? 1;
      error(
        line,
        `the translation lacks item${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${original.source}; mark it 'translation: { partial: true }' in its sidecar if that is intended`,
      );
    }
  }
  return diagnostics;
}
