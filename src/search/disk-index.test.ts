import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { planJsonSchema } from "../lib/content-schemas.ts";
import { createDiskEngine } from "./disk-engine.ts";
import { buildDiskIndex, diskDocs, diskIndexScript, type DiskIndex, type IndexedPlan } from "./disk-index.ts";

const en: IndexedPlan = {
  lang: "en",
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
  it("has one document per pillar and item, at the site's paths", () => {
    const docs = diskDocs("en", en, en);
    expect(docs.map((d) => d.path)).toEqual([
      "en/pillars/1-people.html",
      "en/pillars/2-goods.html",
      "en/items/1-biometric-identifiers.html",
      "en/items/2-air-preclearance.html",
      "en/items/3-clearance-away.html",
    ]);
    const item2 = docs.find((d) => d.id === "i2")!;
    expect(item2).toMatchObject({ title: "2. Air Preclearance", pillarTitle: "The Secure Flow of People", pillar: 1 });
    // Paragraphs joined into one text.
    expect(item2.text).toBe("Resume intransit preclearance at Vancouver. Expand to other airports.");
    // A pillar is found by its items' titles, and has no pillar title of its own.
    expect(docs.find((d) => d.id === "p1")).toMatchObject({
      title: "The Secure Flow of People",
      text: "1. Biometric Identifiers · 2. Air Preclearance",
    });
    expect(docs.find((d) => d.id === "p1")!.pillarTitle).toBeUndefined();
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

  it("finds words in bodies and titles, titles first", async () => {
    expect(await paths(index, "NEXUS")).toEqual(["en/items/1-biometric-identifiers.html"]);
    const preclearance = await paths(index, "preclearance");
    // Item 2 has the word in its title; the pillar page lists that title.
    expect(preclearance[0]).toBe("en/items/2-air-preclearance.html");
    expect(new Set(preclearance)).toEqual(
      new Set(["en/items/2-air-preclearance.html", "en/items/3-clearance-away.html", "en/pillars/1-people.html"]),
    );
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
    expect(await paths(fi, "BIOMETRIQUES")).toEqual([
      "fr/mesures/1-identificateurs-biometriques.html",
      "fr/piliers/1-personnes.html",
    ]);
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
    });
    // Prefix matches mark the whole word.
    const [cargo] = await engine(index).search("carg", null);
    expect(cargo!.excerpt.filter((s) => s.mark).map((s) => s.text)).toEqual(["cargo"]);
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

  it("indexes the 32 items and 4 pillars of each language", () => {
    for (const lang of ["en", "fr"] as const) expect(diskDocs(lang, plan(lang), original)).toHaveLength(36);
  });

  it("finds NEXUS in items 1 and 3 only, and preclearance in 7 and 15", async () => {
    const index = buildDiskIndex("en", original, original);
    expect((await paths(index, "NEXUS")).sort()).toEqual([
      "en/items/1-biometric-identifiers.html",
      "en/items/3-single-alternative-inspection-system.html",
    ]);
    const items = (await paths(index, "preclearance")).filter((p) => p.includes("/items/"));
    expect(items).toEqual(["en/items/7-air-preclearance.html", "en/items/15-clearance-away-from-the-border.html"]);
  });
});
