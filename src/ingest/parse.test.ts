import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse.ts";
import { errors, footer, parse } from "./parse/testing.ts";

const EN_FILE = "seeds/en/000_dcfa8fc83ba75180.txt";
const FR_FILE = "seeds/fr/plan-action-32-points.txt";
const enText = readFileSync(EN_FILE, "utf8");
const frText = readFileSync(FR_FILE, "utf8");

const supplied = (title: string) => [{ beforeItem: 1, title, file: "plan.yaml", line: 9 }];
const en = parsePlan(enText, { file: EN_FILE, lang: "en", suppliedPillars: supplied("The Secure Flow of People") });
const fr = parsePlan(frText, {
  file: FR_FILE,
  lang: "fr",
  suppliedPillars: supplied("La circulation sécuritaire des personnes"),
});

/** The 32 headings as they appear in the English source (copied by hand from the file). */
const EN_TITLES = [
  "Biometric Identifiers",
  "Permanent Resident Cards",
  "Single Alternative Inspection System",
  "Refugee/Asylum Processing",
  "Managing of Refugee/Asylum Claims",
  "Visa Policy Coordination",
  "Air Preclearance",
  "Advance Passenger Information / Passenger Name Record",
  "Joint Passenger Analysis Units",
  "Ferry Terminals",
  "Compatible Immigration Databases",
  "Immigration Officers Overseas",
  "International Cooperation",
  "Harmonized Commercial Processing",
  "Clearance Away from the Border",
  "Joint Facilities",
  "Customs Data",
  "Intransit Container Targeting at Seaports",
  "Infrastructure Improvements",
  "Intelligent Transportation Systems",
  "Critical Infrastructure Protection",
  "Aviation Security",
  "Integrated Border and Marine Enforcement Teams",
  "Joint Enforcement Coordination",
  "Integrated Intelligence",
  "Fingerprints",
  "Removal of Deportees",
  "Counter-Terrorism Legislation",
  "Freezing of Terrorist Assets",
  "Joint Training and Exercises",
  "Biosecurity",
  "Science and Technology Cooperation",
];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("parsePlan on the English seed", () => {
  const plan = en.plan!;

  it("parses without errors or warnings", () => {
    expect(en.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("finds the title and the Last Updated date", () => {
    expect(plan.title).toBe("32-point Action Plan");
    expect(plan.lastUpdated).toBe("2005-01-13");
    expect(plan.lang).toBe("en");
    expect(plan.source).toBe(EN_FILE);
  });

  it("finds the 32 items, numbered 1-32, with the source's titles", () => {
    expect(plan.items.map((i) => i.number)).toEqual(range(1, 32));
    expect(plan.items.map((i) => i.title)).toEqual(EN_TITLES);
    expect(plan.items[7]).toMatchObject({ number: 8, title: "Advance Passenger Information / Passenger Name Record" });
    expect(plan.items[14]).toMatchObject({ number: 15, title: "Clearance Away from the Border" });
    expect(plan.items[14]!.slug).toBe("clearance-away-from-the-border");
  });

  it("records each heading's source line", () => {
    const lines = enText.split("\n");
    for (const item of plan.items) {
      const line = lines.findIndex((l) => l.startsWith(`${item.number}) `)) + 1;
      expect(item.line, `item ${item.number}`).toBe(line);
    }
    expect(plan.items[0]!.line).toBe(26); // checked in an editor
  });

  it("takes each body from the paragraph after its heading", () => {
    // An independent reading of the source: paragraphs are separated by blank lines.
    const paragraphs = enText.split(/\n[ \t]*\n/).map((p) => p.trim());
    for (const item of plan.items) {
      const at = paragraphs.indexOf(`${item.number}) ${item.title}`);
      expect(at, `heading of item ${item.number}`).toBeGreaterThan(-1);
      expect(item.body, `body of item ${item.number}`).toEqual([paragraphs[at + 1]]);
    }
    expect(plan.items[12]!.body).toEqual(["Undertake technical assistance to source and transit countries."]);
    expect(plan.items[31]!.body[0]).toMatch(/^Canada and the United States have reached .* border security\.$/);
  });

  it("groups the items in four pillars, the first supplied by the sidecar", () => {
    expect(plan.pillars.map((p) => [p.number, p.title, p.items, p.supplied])).toEqual([
      [1, "The Secure Flow of People", range(1, 13), true],
      [2, "The Secure Flow of Goods", range(14, 18), false],
      [3, "Secure Infrastructure", range(19, 22), false],
      [4, "Coordination and Information Sharing in the Enforcement of These Objectives", range(23, 32), false],
    ]);
    expect(plan.pillars.map((p) => p.id)).toEqual([
      "the-secure-flow-of-people",
      "the-secure-flow-of-goods",
      "secure-infrastructure",
      "coordination-and-information-sharing-in-the-enforcement-of-these-objectives",
    ]);
    expect(plan.pillars[0]!.line).toBe(9); // the sidecar entry
    expect(plan.pillars[1]!.line).toBe(78); // "THE SECURE FLOW OF GOODS"
    for (const item of plan.items) {
      const pillar = item.number <= 13 ? 1 : item.number <= 18 ? 2 : item.number <= 22 ? 3 : 4;
      expect(item.pillar, `item ${item.number}`).toBe(pillar);
    }
  });

  it("keeps no page chrome in the title, pillar titles or item titles and bodies", () => {
    const texts = [plan.title, ...plan.pillars.map((p) => p.title), ...plan.items.flatMap((i) => [i.title, ...i.body])];
    const chrome = [
      "Printable Version",
      "Skip all menus",
      "Our Services",
      "Top of Page",
      "Important Notices",
      "Last Updated",
      "Border Cooperation",
      "2005-01-13",
      "Français",
      " | ",
    ];
    for (const text of texts) for (const c of chrome) expect(text).not.toContain(c);
  });

  it("reports every dropped chrome line as info, at its own line", () => {
    const info = en.diagnostics.filter((d) => d.severity === "info");
    expect(info.map((d) => d.line)).toEqual([...range(1, 20), 22, 160, ...range(162, 166)]);
    const at = (line: number) => info.find((d) => d.line === line)!.message;
    expect(at(2)).toContain("Skip all menus (access key: 2)");
    expect(at(20)).toContain('"Printable VersionPrintable Version Email This PageEmail This Page"');
    expect(at(22)).toContain('"Home Border Cooperation 32-point Action Plan"');
    expect(at(160)).toMatch(/^dropped page chrome after the last item: "Our Services \| Passport/);
    expect(at(162)).toContain('"Last Updated:"');
    expect(at(166)).toContain('"Important Notices"');
    for (const d of info) expect(d.file).toBe(EN_FILE);
  });
});

describe("parsePlan on the French seed", () => {
  const plan = fr.plan!;

  it("parses the French page the same way", () => {
    expect(fr.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(plan.title).toBe("Plan d’action en 32 points");
    expect(plan.lastUpdated).toBe("2005-01-13"); // "Date de modification :" with a no-break space
    expect(plan.items.map((i) => i.number)).toEqual(range(1, 32));
    expect(plan.items[0]!.title).toBe("Identification biométrique");
    expect(plan.items[7]!.title).toBe("Information préalable sur les voyageurs/Dossier du passager");
    expect(plan.items[14]!.title).toBe("Dédouanement loin de la frontière");
  });

  it("sentence-cases the capitals headings", () => {
    expect(plan.pillars.map((p) => [p.title, p.items[0]])).toEqual([
      ["La circulation sécuritaire des personnes", 1],
      ["La circulation sécuritaire des biens", 14],
      ["Une infrastructure sécuritaire", 19],
      ["La coordination et l’échange d’information aux fins de l’atteinte de ces objectifs", 23],
    ]);
    expect(plan.pillars[1]!.id).toBe("la-circulation-securitaire-des-biens");
  });

  it("keeps no French page chrome", () => {
    const texts = plan.items.flatMap((i) => [i.title, ...i.body]);
    for (const c of [
      "Version imprimable",
      "Passer tous les menus",
      "Nos services",
      "Haut de la page",
      "Avis importants",
      "Date de modification",
    ]) {
      for (const text of texts) expect(text).not.toContain(c);
    }
  });
});

/** What parse.ts itself decides: the footer, no plan, no title (other small sources: parse/*.test.ts). */
describe("parsePlan on small sources", () => {
  it("drops a hard-wrapped menu bar after the last item", () => {
    const text = `Plan\n\nPILLAR\n\n1) One\n\nBody.\n\nOur Services | Passport and Consular\n| Visas and Immigration | Trade\nand Investment${footer}`;
    const { plan, diagnostics } = parse(text);
    expect(plan!.items[0]!.body).toEqual(["Body."]);
    expect(diagnostics.filter((d) => d.severity === "info").map((d) => d.line)).toEqual([9, 10, 11, 13, 14]);
  });

  it("stops the last body at a line that repeats the header chrome", () => {
    const text = `Menu\nTop of Page\n\nPlan\n\nPILLAR\n\n1) One\n\nBody.\n\nTop of Page\nCopyright${footer}`;
    const { plan } = parse(text);
    expect(plan!.items[0]!.body).toEqual(["Body."]);
  });

  it("reports an empty file", () => {
    for (const text of ["", "  \n\n\t\n"]) {
      const { plan, diagnostics } = parse(text);
      expect(plan).toBeNull();
      expect(diagnostics).toEqual([{ file: "t.txt", line: 1, severity: "error", message: "the file is empty" }]);
    }
  });

  it("reports a file without item headings", () => {
    const { plan, diagnostics } = parse("Plan\n\nSome text.\n\n1)No space is not a heading.\n");
    expect(plan).toBeNull();
    expect(errors(diagnostics)).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/^no items found/);
  });

  it("reports a missing title as an error, and a missing date as a warning", () => {
    const { plan, diagnostics } = parse("PILLAR\n\n1) One\n\nBody.\n");
    expect(diagnostics.filter((d) => d.severity !== "info").map((d) => [d.line, d.severity])).toEqual([
      [3, "error"],
      [5, "warning"],
    ]);
    expect(errors(diagnostics)[0]!.message).toBe("no title line before the first item");
    expect(diagnostics.find((d) => d.severity === "warning")!.message).toMatch(/^no date found/);
    expect(plan!.lastUpdated).toBeUndefined();
  });
});
