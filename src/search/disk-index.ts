/**
 * The search index for a copy opened from disk, where Pagefind cannot run (no module
 * import, fetch or WebAssembly on file://). One MiniSearch index per language, built from
 * content/<lang>/plan.json and shipped as a classic script that sets window.__planSearch.
 * Pure: plan data in, script text out.
 */
import MiniSearch from "minisearch";
import type { Lang } from "../ingest/model.ts";
import { t } from "../i18n/index.ts";
import type { PlanJson } from "../lib/content-schemas.ts";
import { homePath, itemPath, pagePath, pillarPath } from "../lib/routes.ts";
import { homeIntro, pillarKicker, resolveWords } from "../lib/words.ts";
import { DISK_OPTIONS, type DiskDoc, type DiskIndex } from "./disk-options.ts";

export type { DiskIndex };

/** The parts of content/<lang>/plan.json (lib/content-schemas.ts) the index reads. */
export interface IndexedPlan {
  lang: PlanJson["lang"];
  title: PlanJson["title"];
  site?: PlanJson["site"];
  translation?: PlanJson["translation"];
  pillars: Pick<PlanJson["pillars"][number], "number" | "id" | "title" | "items">[];
  items: Pick<PlanJson["items"][number], "number" | "title" | "slug" | "pillarNumber" | "body">[];
}

/**
 * Documents of one language's pages, each with the words Pagefind indexes on that page
 * (the parts of <main> not marked data-pagefind-ignore, see the views): an item's title and
 * text; a pillar's title and its "Pillar 2 · 5 items" line; the home page's introduction
 * and pillar titles; the whole-plan and map pages' titles and introductions. No page
 * repeats an item's text. Like the site (lib/site.ts), numbering follows the original, and
 * an item or pillar the translation lacks falls back to the original's text at this
 * language's path.
 */
export function diskDocs(lang: Lang, plan: IndexedPlan | undefined, original: IndexedPlan): DiskDoc[] {
  const own = plan ?? original;
  const items = new Map(own.items.map((i) => [i.number, i]));
  const pillars = new Map(own.pillars.map((p) => [p.number, p]));
  const itemOf = (n: number) => items.get(n) ?? original.items.find((i) => i.number === n)!;
  const pillarOf = (n: number) => pillars.get(n) ?? original.pillars.find((p) => p.number === n)!;

  // The home page's words, as HomeView renders them.
  const words = {
    lang,
    words: resolveWords(plan?.site, original.site, own.title),
    items: original.items,
    pillars: original.pillars,
    translation: own.translation ?? null,
    original: { lang: original.lang, title: original.title },
  };
  const docs: DiskDoc[] = [
    {
      id: "home",
      path: homePath(lang),
      title: own.title,
      pillar: 0,
      text: [...words.words.history, homeIntro(words), ...original.pillars.map((p) => pillarOf(p.number).title)].join(
        " ",
      ),
    },
  ];
  for (const { number, items: numbers } of original.pillars) {
    const pillar = pillarOf(number);
    docs.push({
      id: `p${number}`,
      path: pillarPath(lang, pillar),
      title: pillar.title,
      pillar: number,
      text: pillarKicker(lang, number, numbers.length),
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
  docs.push(
    { id: "plan", path: pagePath(lang, "plan"), title: t(lang, "plan.title"), pillar: 0, text: t(lang, "plan.print") },
    { id: "map", path: pagePath(lang, "map"), title: t(lang, "map.title"), pillar: 0, text: t(lang, "map.intro") },
  );
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
