import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { paragraphsHtml, renderMdx, splitFrontmatter } from "../../tests/ingest/helpers/mdx.ts";
import { emitPlan, itemBodyMdx, itemFileName, pillarFileName } from "./emit.ts";
import { linkFirstMentions } from "./mentions.ts";
import { testItem, testPillar, testPlan } from "../../tests/ingest/helpers/plan.ts";
import type { Plan, PlanItem, Reference } from "./model.ts";
import { parsePlan } from "./parse.ts";

const EN_FILE = "seeds/en/000_dcfa8fc83ba75180.txt";
const seedPlan = (): Plan =>
  parsePlan(readFileSync(EN_FILE, "utf8"), {
    file: EN_FILE,
    lang: "en",
    suppliedPillars: [{ beforeItem: 1, title: "The Secure Flow of People", file: "plan.yaml", line: 9 }],
  }).plan!;

function item(number: number, title: string, body: string[], references: Reference[] = []): PlanItem {
  return testItem({ number, title, body, references });
}

function planWith(items: PlanItem[], title = "Plan"): Plan {
  const pillar = testPillar({ number: 1, id: "pillar-one", title: "Pillar: One {#1}", items: [], line: 3 });
  return testPlan({
    title,
    source: "tests/plan.txt",
    items,
    pillars: [{ ...pillar, items: items.map((i) => i.number) }],
  });
}

/** Source text that MDX, Markdown or HTML would read as syntax if it were not escaped. */
const HOSTILE = [
  "Curly {braces} and {props.secret} and {1 + 1} and a lone { or }.",
  "Angle brackets <b>bold</b>, <Component prop={x} />, a <script>alert('x')</script> tag and 1 < 2 > 0.",
  "import fs from 'node:fs'",
  "export const leaked = 1; export default function Page() {}",
  "# not a heading, ## nor this",
  "*not emphasis* and _not emphasis_ and **not strong** and __nor this__ and snake_case_name.",
  "| not | a | table | and [not a link](https://example.com) [nor a reference] [x]: https://example.com",
  "> not a quote, - not a list, + nor this, 1. nor this",
  "`not code` ~~not struck~~ https://not.autolinked.example www.example.com <https://example.com> \\backslash\\ &amp; &copy; &#65;",
  "<!-- not a comment --> and a trailing backslash \\",
  "--- *** ___ === not rules, ![not an image](x.png) and a footnote[^1]",
];

describe("itemBodyMdx", () => {
  it("lets a web or e-mail address in the text become a link that shows exactly that text", async () => {
    const text = "See https://www.canada.ca/en.html, www.example.com or info@example.org today.";
    const { html, elements } = await renderMdx(itemBodyMdx(item(1, "Addresses", [text])), { gfm: true });
    expect(html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&")).toBe(text);
    expect(elements.filter((e) => e === "a")).toHaveLength(3);
    expect(html).toContain('<a href="https://www.canada.ca/en.html">https://www.canada.ca/en.html</a>');
  });

  // Without GFM: what MDX itself would make of the text. Web addresses are the one thing GFM adds (above).
  it("renders MDX/HTML/Markdown syntax in source text literally", async () => {
    const mdx = itemBodyMdx(item(1, "Hostile", HOSTILE));
    const { html, elements } = await renderMdx(mdx);
    expect(html).toBe(paragraphsHtml(HOSTILE));
    expect(new Set(elements)).toEqual(new Set(["p"]));
  });

  it("keeps a paragraph that starts with import/export as text, not an ESM block", async () => {
    for (const text of ["import x from 'y'", "export { x }", "import{x}from'y'", "export default 1"]) {
      const { html } = await renderMdx(itemBodyMdx(item(1, "T", [text])));
      expect(html).toBe(paragraphsHtml([text]));
    }
  });

  it("renders the seed's bodies to exactly their text", async () => {
    const plan = seedPlan();
    for (const i of plan.items) {
      const { html } = await renderMdx(itemBodyMdx(i));
      expect(html, `item ${i.number}`).toBe(paragraphsHtml(i.body));
    }
  });

  it("links the first mention of each reference to item:N", async () => {
    const body = [
      "Coordinate with item 9 and the NEXUS program; see item 9 again.",
      "Later the NEXUS program and Ferry Terminals.",
    ];
    const references: Reference[] = [
      { to: 9, kind: "explicit", evidence: "item 9" },
      { to: 3, kind: "mention", evidence: "NEXUS program" },
      { to: 10, kind: "mention", evidence: "Ferry Terminals" },
      { to: 12, kind: "related", evidence: "program" },
    ];
    const { html, elements } = await renderMdx(itemBodyMdx(item(1, "T", body, references)));
    expect(html).toBe(
      '<p>Coordinate with <a href="item:9">item 9</a> and the <a href="item:3">NEXUS program</a>; see item 9 again.</p>\n' +
        '<p>Later the NEXUS program and <a href="item:10">Ferry Terminals</a>.</p>',
    );
    expect(elements.filter((e) => e === "a")).toHaveLength(3);
  });

  it("keeps hostile text inside a link literal", async () => {
    const body = ["See <b>{item}</b> *9* now."];
    const { html } = await renderMdx(
      itemBodyMdx(item(1, "T", body, [{ to: 9, kind: "explicit", evidence: "<b>{item}</b> *9*" }])),
    );
    expect(html).toBe('<p>See <a href="item:9">&lt;b&gt;{item}&lt;/b&gt; *9*</a> now.</p>');
  });
});

describe("linkFirstMentions", () => {
  const text = (p: ReturnType<typeof linkFirstMentions>[number]) =>
    p.children
      .map((c) =>
        c.type === "link"
          ? `[${(c.children[0] as { value: string }).value}](${c.url})`
          : (c as { value: string }).value,
      )
      .join("");

  it("links nothing for related references or evidence not in the body", () => {
    const out = linkFirstMentions(
      ["Body text."],
      [
        { to: 2, kind: "related", evidence: "Body" },
        { to: 3, kind: "mention", evidence: "absent" },
      ],
    );
    expect(out.map(text)).toEqual(["Body text."]);
  });

  it("gives an overlapping span to the earlier reference", () => {
    const out = linkFirstMentions(
      ["the Passenger Name Record rules"],
      [
        { to: 8, kind: "mention", evidence: "Passenger Name Record" },
        { to: 9, kind: "mention", evidence: "Name Record rules" },
      ],
    );
    expect(out.map(text)).toEqual(["the [Passenger Name Record](item:8) rules"]);
  });

  it("links each target once, even when two references point at it", () => {
    const out = linkFirstMentions(
      ["item 4 and Refugee Claims"],
      [
        { to: 4, kind: "explicit", evidence: "item 4" },
        { to: 4, kind: "mention", evidence: "Refugee Claims" },
      ],
    );
    expect(out.map(text)).toEqual(["[item 4](item:4) and Refugee Claims"]);
  });
});

describe("emitPlan", () => {
  it("writes one file per item and pillar, and plan.json, sorted by path", () => {
    const files = emitPlan(seedPlan());
    const paths = [...files.keys()];
    expect(paths).toHaveLength(32 + 4 + 1);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain("items/8-advance-passenger-information-passenger-name-record.md");
    expect(paths).toContain("items/15-clearance-away-from-the-border.md");
    expect(paths).toContain("pillars/2-the-secure-flow-of-goods.md");
    expect(paths).toContain("plan.json");
    expect(itemFileName({ number: 3, slug: "x" })).toBe("items/3-x.md");
    expect(pillarFileName({ number: 4, id: "y" })).toBe("pillars/4-y.md");
  });

  it("writes item frontmatter that parses back to the item's values", () => {
    const plan = seedPlan();
    plan.items[7]!.references = [{ to: 9, kind: "related", evidence: "passenger" }];
    const { data, body } = splitFrontmatter(
      emitPlan(plan).get("items/8-advance-passenger-information-passenger-name-record.md")!,
    );
    expect(data).toEqual({
      number: 8,
      title: "Advance Passenger Information / Passenger Name Record",
      slug: "advance-passenger-information-passenger-name-record",
      lang: "en",
      pillar: 1,
      references: [{ to: 9, kind: "related", evidence: "passenger" }],
    });
    expect(body).toBe(
      "\nShare Advance Passenger Information and agreed-to Passenger Name Records on flights between Canada and the United States, including in-transit flights. Explore means to identify risks posed by passengers on international flights arriving in each other's territory.\n",
    );
  });

  it("writes pillar frontmatter that parses back to the pillar's values", () => {
    const { data } = splitFrontmatter(
      emitPlan(seedPlan()).get(
        "pillars/4-coordination-and-information-sharing-in-the-enforcement-of-these-objectives.md",
      )!,
    );
    expect(data).toEqual({
      number: 4,
      id: "coordination-and-information-sharing-in-the-enforcement-of-these-objectives",
      title: "Coordination and Information Sharing in the Enforcement of These Objectives",
      lang: "en",
      items: [23, 24, 25, 26, 27, 28, 29, 30, 31, 32],
      supplied: false,
    });
  });

  it("keeps titles that look like YAML syntax or other types as strings", async () => {
    const titles = [
      "Title: with a colon # and hash",
      "- starts with a dash",
      "'single' and \"double\" quotes",
      "{not: a map}",
      "[not, a, list]",
      "yes",
      "No",
      "123",
      "1e3",
      "null",
      "~",
      "2001-12-12",
      "@at",
      "`tick`",
      "*alias",
      "&anchor",
      "!tag",
      "%directive",
      "> folded",
      "| literal",
      "<b>{x}</b>",
      "---",
      "...",
    ];
    const plan = planWith(titles.map((t, i) => item(i + 1, t, ["Body."])));
    const files = emitPlan(plan);
    for (const [i, title] of titles.entries()) {
      const { data } = splitFrontmatter(files.get(`items/${i + 1}-item-${i + 1}.md`)!);
      expect(data.title, JSON.stringify(title)).toBe(title);
    }
    expect(splitFrontmatter(files.get("pillars/1-pillar-one.md")!).data.title).toBe("Pillar: One {#1}");
    // Astro reads frontmatter with js-yaml, whose default schema turns plain dates into Dates:
    // every string value must be quoted.
    const frontmatter = /^---\n([\s\S]*?)---\n/.exec(files.get("items/12-item-12.md")!)![1]!;
    expect(frontmatter).toContain('title: "2001-12-12"');
    for (const line of frontmatter.split("\n").filter((l) => /^\s*(- )?\w+: /.test(l))) {
      expect(line, line).toMatch(/: ("|-?\d+$|true$|false$|\[\]$)/);
    }
  });

  it("writes plan.json with the plan's values", () => {
    const plan = seedPlan();
    const json = JSON.parse(emitPlan(plan).get("plan.json")!);
    expect(json).toMatchObject({
      title: "32-point Action Plan",
      lang: "en",
      lastUpdated: "2005-01-13",
      source: EN_FILE,
      translation: null,
    });
    expect(json.pillars.map((p: { id: string; items: number[] }) => [p.id, p.items.length])).toEqual([
      ["the-secure-flow-of-people", 13],
      ["the-secure-flow-of-goods", 5],
      ["secure-infrastructure", 4],
      ["coordination-and-information-sharing-in-the-enforcement-of-these-objectives", 10],
    ]);
    expect(json.items).toHaveLength(32);
    expect(json.items[14]).toMatchObject({
      number: 15,
      title: "Clearance Away from the Border",
      pillar: "the-secure-flow-of-goods",
      pillarNumber: 2,
    });
    const multi = planWith([item(1, "T", ["First.", "Second."])]);
    expect(JSON.parse(emitPlan(multi).get("plan.json")!).items[0].body).toBe("First.\n\nSecond.");
  });

  it("is deterministic: the same plan gives byte-identical files", () => {
    const plan = seedPlan();
    plan.items[0]!.references = [{ to: 2, kind: "mention", evidence: "permanent resident cards" }];
    const a = emitPlan(plan);
    const b = emitPlan(structuredClone(plan));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
    expect(a.get("items/1-biometric-identifiers.md")).toContain("[permanent resident cards](item:2)");
  });

  it("renders every emitted item file of a hostile plan literally", async () => {
    const plan = planWith([item(1, "Hostile <script>", HOSTILE), item(2, "{Braces}", ["{x}", "import y from 'z'"])]);
    for (const [path, file] of emitPlan(plan)) {
      if (!path.startsWith("items/")) continue;
      const number = Number(/items\/(\d+)-/.exec(path)![1]);
      const { html } = await renderMdx(file);
      expect(html, path).toBe(paragraphsHtml(plan.items[number - 1]!.body));
    }
  });
});
