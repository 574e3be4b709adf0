/**
 * The kinds of cross-reference and their one ranking, strongest first. Used by the ingest
 * (one reference per pair and direction: the strongest wins), by the site ("Referenced by"
 * order, the map's edge per pair) and by the content schema.
 *
 * - explicit: the body cites the other item by number;
 * - mention: the body names the other item's subject;
 * - editorial: the sidecar (plan.yaml) links the two items, with a note;
 * - related: the two texts share terms that are rare in the plan.
 */
export const REFERENCE_KINDS = ["explicit", "mention", "editorial", "related"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

const RANK = new Map<ReferenceKind, number>(REFERENCE_KINDS.map((k, i) => [k, i]));

/** 0 for the strongest kind. */
export function kindRank(kind: ReferenceKind): number {
  return RANK.get(kind) ?? REFERENCE_KINDS.length;
}

/** Kinds that hold both ways (the same link from each side): shown under "Related items" only. */
export function isSymmetric(kind: ReferenceKind): boolean {
  return kind === "editorial" || kind === "related";
}

/** Kinds whose evidence is quoted from the item's own body. */
export function isQuoted(kind: ReferenceKind): boolean {
  return kind === "explicit" || kind === "mention";
}
