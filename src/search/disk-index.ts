/**
 * The search index for a copy opened from disk, where Pagefind cannot run (no module
 * import, fetch or WebAssembly on file://). One MiniSearch index per language, built from
 * content/<lang>/plan.json and shipped as a classic script that sets window.__planSearch.
 * Pure: plan data in, script text out.
 */
import MiniSearch from "minisearch";
import type { Lang } from "../ingest/model.ts";
import type { PlanJson } from "../lib/content-schemas.ts";
import { itemPath, pillarPath } from "../lib/routes.ts";
import { DISK_OPTIONS, type DiskDoc, type DiskIndex } from "./disk-options.ts";

export type { DiskIndex };

/** The parts of content/<lang>/plan.json (lib/content-schemas.ts) the index reads. */
export interface IndexedPlan {
  lang: PlanJson["lang"];
  pillars: Pick<PlanJson["pillars"][number], "number" | "id" | "title" | "items">[];
  items: Pick<PlanJson["items"][number], "number" | "title" | "slug" | "pillarNumber" | "body">[];
}

/**
 * Documents of one language's pages. Like the site (lib/site.ts), numbering follows the
 * original, and an item or pillar the translation lacks falls back to the original's text
 * at this language's path.
 */
export function diskDocs(lang: Lang, plan: IndexedPlan | undefined, original: IndexedPlan): DiskDoc[] {
  const own = plan ?? original;
  const items = new Map(own.items.map((i) => [i.number, i]));
  const pillars = new Map(own.pillars.map((p) => [p.number, p]));
  const itemOf = (n: number) => items.get(n) ?? original.items.find((i) => i.number === n)!;
  const pillarOf = (n: number) => pillars.get(n) ?? original.pillars.find((p) => p.number === n)!;

  const docs: DiskDoc[] = [];
  for (const { number } of original.pillars) {
    const pillar = pillarOf(number);
    // A pillar page lists its items, so their titles are what it is found by.
    const titles = original.pillars.find((p) => p.number === number)!.items.map((n) => `${n}. ${itemOf(n).title}`);
    docs.push({
      id: `p${number}`,
      path: pillarPath(lang, pillar),
      title: pillar.title,
      pillar: number,
      text: titles.join(" · "),
    });
  }
  for (const { number } of original.items) {
    const item = itemOf(number);
    docs.push({
      id: `i${number}`,
      path: itemPath(lang, item),
      title: `${number}. ${item.title}`,
      pillarTitle: pillarOf(item.pillarNumber).title,
      pillar: item.pillarNumber,
      text: item.body.split(/\n\n+/).join(" "),
    });
  }
  return docs;
}

export function buildDiskIndex(lang: Lang, plan: IndexedPlan | undefined, original: IndexedPlan): DiskIndex {
  const search = new MiniSearch<DiskDoc>(DISK_OPTIONS);
  search.addAll(diskDocs(lang, plan, original));
  return { lang, index: search.toJSON() };
}

/** The file dist/<lang>/search-index.js: a classic script, so it loads from disk with <script src>. */
export function diskIndexScript(index: DiskIndex): string {
  return `window.__planSearch=${JSON.stringify(index)};\n`;
}
