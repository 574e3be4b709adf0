import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { planJsonSchema } from "../lib/content-schemas.ts";
import { createDiskEngine } from "./disk-engine.ts";
import { buildDiskIndex, diskDocs, diskIndexScript, type DiskIndex, type IndexedPlan } from "./disk-index.ts";

const en: IndexedPlan = {
  lang: "en",
  title: "A Two-Pillar Plan",
  pillars: [
    { number: 1, id: "people", title: "The Secure Flow of People", items: [1, 2] },
    { number: 2, id: "goods", title: "The Secure Flow of Goods", items: [3] },
  ],
  items: [
    {
      number: 1,
      title: "Biometric Identifiers",
      slug: "biometric-identifiers",
      pillarNumber: 1,
      body: "Develop common biometric identifiers for NEXUS cards.",
    },
    {
      number: 2,
      title: "Air Preclearance",
      slug: "air-preclearance",
      pillarNumber: 1,
      body: "Resume intransit preclearance at Vancouver.\n\nExpand to other airports.",
    },
    {
      number: 3,
      title: "Clearance Away from the Border",
      slug: "clearance-away",
      pillarNumber: 2,
      body: "Inland preclearance for truck cargo and better security.",
    },
  ],
};
// A partial translation: item 3 is missing and falls back to the English text.
const fr: IndexedPlan = {
  lang: "fr",
  title: "Un plan en deux piliers",
  pillars: [
    { number: 1, id: "personnes", title: "La circulation sécuritaire des personnes", items: [1, 2] },
    { number: 2, id: "biens", title: "La circulation sécuritaire des biens", items: [3] },
  ],
  items: [
    {
      number: 1,
      title: "Identificateurs biométriques",
      slug: "identificateurs-biometriques",
      pillarNumber: 1,
      body: "Élaborer des identificateurs biométriques communs.",
    },
    {
      number: 2,
      title: "Précontrôle aérien",
      slug: "precontrole-aerien",
      pillarNumber: 1,
      body: "Reprendre le précontrôle à Vancouver.",
    },
  ],
};

const engine = (index: DiskIndex) => createDiskEngine(JSON.parse(JSON.stringify(index)) as DiskIndex);
const paths = async (index: DiskIndex, query: string, pillar: number | null = null) =>
  (await engine(index).search(query, pillar)).map((h) => h.path);

describe("diskDocs", () => {
  it("has one document per page Pagefind indexes, at the site's paths", () => {
    const docs = diskDocs("en", en, en);
    expect(docs.map((d) => d.path)).toEqual([
      "en/index.html",
      "en/pillars/1-people.html",
      "en/pillars/2-goods.html",
      "en/items/1-biometric-identifiers.html",
      "en/items/2-air-preclearance.html",
      "en/items/3-clearance-away.html",
      "en/plan.html",
      "en/map.html",
    ]);
    const item2 = docs.find((d) => d.id === "i2")!;
    expect(item2).toMatchObject({ title: "2. Air Preclearance", pillarTitle: "The Secure Flow of People", pillar: 1 });
    // Paragraphs joined into one text.
    expect(item2.text).toBe("Resume intransit preclearance at Vancouver. Expand to other airports.");
    // A pillar page has its own words, not its items' titles or text, and no pillar title of its own.
    expect(docs.find((d) => d.id === "p1")).toMatchObject({
      title: "The Secure Flow of People",
      text: "Pillar 1 · 2 items",
    });
    expect(docs.find((d) => d.id === "p1")!.pillarTitle).toBeUndefined();
    // The home page: the plan's title, the introduction and the pillar titles, in no pillar.
    const home = docs.find((d) => d.id === "home")!;
    expect(home).toMatchObject({ title: "A Two-Pillar Plan", pillar: 0 });
    expect(home.text).toMatch(/The Secure Flow of People The Secure Flow of Goods$/);
    // No page but the item's own holds an item's text or title.
    for (const item of en.items)
      for (const doc of docs.filter((d) => d.id !== `i${item.number}`)) {
        expect(doc.text, doc.id).not.toContain(item.body.split("\n\n")[0]);
        expect(doc.text, doc.id).not.toContain(item.title);
      }
  });

  it("uses French route words, and the original's text for an untranslated item", () => {
    const docs = diskDocs("fr", fr, en);
    expect(docs.find((d) => d.id === "i2")!.path).toBe("fr/mesures/2-precontrole-aerien.html");
    expect(docs.find((d) => d.id === "p2")!.path).toBe("fr/piliers/2-biens.html");
    expect(docs.find((d) => d.id === "i3")).toMatchObject({
      path: "fr/mesures/3-clearance-away.html",
      title: "3. Clearance Away from the Border",
      pillarTitle: "La circulation sécuritaire des biens",
    });
  });

  it("falls back to the original plan when a language has none", () => {
    expect(diskDocs("fr", undefined, en).find((d) => d.id === "i1")!.path).toBe(
      "fr/mesures/1-biometric-identifiers.html",
    );
  });
});

describe("buildDiskIndex", () => {
  const index = buildDiskIndex("en", en, en);

  it("finds words in bodies and titles, each item once, titles first", async () => {
    expect(await paths(index, "NEXUS")).toEqual(["en/items/1-biometric-identifiers.html"]);
    // Item 2 has the word in its title, item 3 only in its text.
    expect(await paths(index, "preclearance")).toEqual([
      "en/items/2-air-preclearance.html",
      "en/items/3-clearance-away.html",
    ]);
    // A pillar by its title, first, before the home page that lists the pillars.
    expect(await paths(index, "secure flow of goods")).toEqual(["en/pillars/2-goods.html", "en/index.html"]);
  });

  it("matches prefixes as the reader types, and forgives one typo in longer words", async () => {
    expect(await paths(index, "vanc")).toEqual(["en/items/2-air-preclearance.html"]);
    expect(await paths(index, "vancuver")).toEqual(["en/items/2-air-preclearance.html"]);
    expect(await paths(index, "nexsu")).toEqual([]); // two edits
    expect(await paths(index, "zzzz")).toEqual([]);
  });

  it("needs every word of the query", async () => {
    expect(await paths(index, "preclearance truck")).toEqual(["en/items/3-clearance-away.html"]);
  });

  it("narrows to one pillar", async () => {
    expect(await paths(index, "preclearance", 2)).toEqual(["en/items/3-clearance-away.html"]);
    expect(await paths(index, "preclearance", 1)).not.toContain("en/items/3-clearance-away.html");
  });

  it("ignores accents and case", async () => {
    const fi = buildDiskIndex("fr", fr, en);
    expect(await paths(fi, "BIOMETRIQUES")).toEqual(["fr/mesures/1-identificateurs-biometriques.html"]);
    expect(await paths(fi, "précontrôle")).toContain("fr/mesures/2-precontrole-aerien.html");
  });

  it("gives hits a title, the pillar for items, and an excerpt with the matched words marked", async () => {
    const [hit] = await engine(index).search("vancouver", null);
    expect(hit).toEqual({
      path: "en/items/2-air-preclearance.html",
      title: "2. Air Preclearance",
      pillar: "The Secure Flow of People",
      excerpt: [
        { text: "Resume intransit preclearance at ", mark: false },
        { text: "Vancouver", mark: true },
        { text: ". Expand to other airports.", mark: false },
      ],
      words: ["vancouver"],
    });
    // Prefix matches mark the whole word.
    const [cargo] = await engine(index).search("carg", null);
    expect(cargo!.excerpt.filter((s) => s.mark).map((s) => s.text)).toEqual(["cargo"]);
    // The words to mark on the page: every word of its title and text that matched, folded.
    const [two] = await engine(index).search("preclear", null);
    expect(two!.words).toEqual(["preclearance"]);
    const [french] = await engine(buildDiskIndex("fr", fr, en)).search("précontrôle", null);
    expect(french!.words).toEqual(["precontrole"]);
  });
});

describe("diskIndexScript", () => {
  it("is a classic script that sets window.__planSearch", () => {
    const window: { __planSearch?: DiskIndex } = {};
    runInNewContext(diskIndexScript(buildDiskIndex("fr", fr, en)), { window });
    expect(window.__planSearch?.lang).toBe("fr");
    expect(typeof window.__planSearch?.index).toBe("object");
  });
});

describe("the real content", () => {
  const plan = (lang: string) => planJsonSchema.parse(JSON.parse(readFileSync(`content/${lang}/plan.json`, "utf8")));
  const original = plan("en");

  it("indexes the 32 items, 4 pillars, home, whole-plan and map pages of each language", () => {
    for (const lang of ["en", "fr"] as const) expect(diskDocs(lang, plan(lang), original)).toHaveLength(39);
  });

  it("finds NEXUS in items 1 and 3 only, and preclearance in 7, then 15, and nothing else", async () => {
    const index = buildDiskIndex("en", original, original);
    expect((await paths(index, "NEXUS")).sort()).toEqual([
      "en/items/1-biometric-identifiers.html",
      "en/items/3-single-alternative-inspection-system.html",
    ]);
    expect(await paths(index, "preclearance")).toEqual([
      "en/items/7-air-preclearance.html",
      "en/items/15-clearance-away-from-the-border.html",
    ]);
    expect((await paths(index, "secure flow of goods"))[0]).toBe("en/pillars/2-the-secure-flow-of-goods.html");
  });
});
