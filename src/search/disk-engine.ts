/** Search over the disk index with MiniSearch: the engine used when the site is opened from disk. */
import MiniSearch from "minisearch";
import { DISK_OPTIONS, DISK_SEARCH, normalizeTerm, type DiskDoc, type DiskIndex } from "./disk-options.ts";
import { excerpt } from "./excerpt.ts";
import { WORD } from "./marks.ts";
import type { Engine, Hit } from "./types.ts";

type Stored = Pick<DiskDoc, "path" | "title" | "pillarTitle" | "pillar" | "text">;

export function createDiskEngine(data: DiskIndex): Engine {
  const index = MiniSearch.loadJS<DiskDoc>(data.index as Parameters<typeof MiniSearch.loadJS>[0], DISK_OPTIONS);
  return {
    async search(query, pillar) {
      return searchDisk(index, query, pillar);
    },
  };
}

export function searchDisk(index: MiniSearch<DiskDoc>, query: string, pillar: number | null): Hit[] {
  if (!query.trim()) return [];
  const results = index.search(query, {
    ...DISK_SEARCH,
    filter: pillar === null ? undefined : (r) => (r as unknown as Stored).pillar === pillar,
  });
  return results.map((r) => {
    const doc = r as unknown as Stored;
    // r.terms are the index terms the query matched (after prefix and fuzzy expansion).
    const matched = new Set(r.terms);
    const words = new Set(
      [...`${doc.title} ${doc.text}`.matchAll(WORD)]
        .map((m) => normalizeTerm(m[0]))
        .filter((w): w is string => w !== null && matched.has(w)),
    );
    const hit: Hit = {
      path: doc.path,
      title: doc.title,
      excerpt: excerpt(doc.text, (w) => matched.has(normalizeTerm(w) ?? "")),
      words: [...words],
    };
    if (doc.pillarTitle) hit.pillar = doc.pillarTitle;
    return hit;
  });
}
