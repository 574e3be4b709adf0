/**
 * Editorial links in the sidecar (`links:` in plan.yaml): what a reader would link that the
 * cross-referencer misses, or a detected link an editor rejects.
 *
 *   links:
 *     - { between: [4, 9], note: "Both train the same officers." }
 *     - { between: [2, 6], remove: true }
 *
 * The schema checks each entry's shape, that it links two different items, and that no pair
 * comes twice; `checkLinkItems` checks the numbers against the plan once it is parsed.
 */
import { z } from "zod";
import type { Diagnostic } from "./model.ts";

const itemNumber = z.number().int().positive();

const linkEntry = z
  .object({
    between: z.tuple([itemNumber, itemNumber]),
    note: z.string().trim().min(1).optional(),
    remove: z.literal(true).optional(),
  })
  .strict()
  .superRefine((link, ctx) => {
    if (link.between[0] === link.between[1])
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["between"],
        message: `links item ${link.between[0]} to itself; give two different items`,
      });
    if ((link.note === undefined) === (link.remove === undefined))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: 'give either `note: "…"` (add a link) or `remove: true` (suppress one), not both or neither',
      });
  });

export const linksSchema = z
  .array(linkEntry)
  .default([])
  .superRefine((links, ctx) => {
    const first = new Map<string, number>();
    links.forEach((link, i) => {
      const key = pairKey(link.between[0], link.between[1]);
      const seen = first.get(key);
      if (seen === undefined) first.set(key, i);
      else
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [i, "between"],
          message: `the pair ${key.replace("-", " and ")} is already given (links.${seen})`,
        });
    });
  })
  .transform((links): EditorialLink[] =>
    links.map((l) => ({ between: l.between, note: l.note ?? "", remove: l.remove === true })),
  );

export interface EditorialLink {
  between: [number, number];
  /** The reason shown as the link's evidence ("" for a removal). */
  note: string;
  remove: boolean;
}

export const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** An error at the entry's line for each number the plan has no item for. */
export function checkLinkItems(
  links: readonly EditorialLink[],
  lines: readonly number[],
  numbers: ReadonlySet<number>,
  file: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  links.forEach((link, i) => {
    for (const n of link.between) {
      if (!numbers.has(n))
        out.push({
          file,
          line: lines[i] ?? 1,
          severity: "error",
          message: `links.${i}.between: the plan has no item ${n}`,
        });
    }
  });
  return out;
}

/** The notes of a translation's links, by pair, for the translated graph (see xref/transfer.ts). */
export function notesByPair(links: readonly EditorialLink[]): Map<string, string> {
  return new Map(links.filter((l) => !l.remove).map((l) => [pairKey(l.between[0], l.between[1]), l.note]));
}

/**
 * A translation links what its original links: its own entries may only word, in its
 * language, the note of a link the original's sidecar adds.
 */
export function checkTranslatedLinks(
  links: readonly EditorialLink[],
  lines: readonly number[],
  originalLinks: readonly EditorialLink[],
  files: { file: string; original: string },
): Diagnostic[] {
  const added = new Set(originalLinks.filter((l) => !l.remove).map((l) => pairKey(l.between[0], l.between[1])));
  const out: Diagnostic[] = [];
  links.forEach((link, i) => {
    const key = pairKey(link.between[0], link.between[1]);
    if (link.remove || !added.has(key))
      out.push({
        file: files.file,
        line: lines[i] ?? 1,
        severity: "error",
        message: `links.${i}: a translation takes its links from ${files.original}; here give only the note, in this language, of a link it adds (${key.replace("-", " and ")} is not one)`,
      });
  });
  return out;
}
