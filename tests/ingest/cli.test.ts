/**
 * The ingest CLI, run for real as a child process on small fixture files (tests/fixtures/<case>/
 * source.txt + plan.yaml) and on variants of the English seed. The runs are independent, so the
 * tests run concurrently: each CLI start costs about a second of tsx start-up.
 */
import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { paragraphsHtml, renderMdx, splitFrontmatter } from "./helpers/mdx.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const SEED = "seeds/en/000_dcfa8fc83ba75180.txt";
const seedText = readFileSync(join(ROOT, SEED), "utf8");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `tsx src/ingest/cli.ts ARGS` from the project root (or `cwd`). */
function cli(args: string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [join(ROOT, "src", "ingest", "cli.ts"), ...args],
      { cwd, encoding: "utf8", timeout: 60_000 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ingest-cli-"));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** An output folder that already holds a sentinel file (and a stale item), inside its own temp folder. */
function prefilledOut(): string {
  const out = join(tempDir(), "out");
  mkdirSync(join(out, "items"), { recursive: true });
  writeFileSync(join(out, "sentinel.txt"), "written before the run\n");
  writeFileSync(join(out, "items", "99-stale.md"), "stale\n");
  return out;
}

/** Everything about a folder a run could change: each file's bytes and mtime, and the parent's entries. */
function snapshot(dir: string) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(dir, path), bytes: readFileSync(path).toString("base64"), mtime: statSync(path).mtimeMs };
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, siblings: readdirSync(join(dir, "..")).sort() };
}

/** All files of an output folder: relative path → text. */
function tree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return new Map(files.map((path) => [relative(dir, path), readFileSync(path, "utf8")]));
}

interface JsonItem {
  number: number;
  title: string;
  slug: string;
  pillar: string;
  pillarNumber: number;
  line: number;
  body: string;
  references: unknown[];
}
const planJson = (out: string) =>
  JSON.parse(readFileSync(join(out, "plan.json"), "utf8")) as {
    title: string;
    lastUpdated?: string;
    items: JsonItem[];
    pillars: { title: string }[];
  };
const withoutLines = (items: JsonItem[]) => items.map(({ line: _line, ...rest }) => rest);

const errorLines = (stderr: string) => stderr.split("\n").filter((l) => l.includes(": error: "));
const STACK_LINE = /^\s+at /m;

/** The plain seed's run, shared by the tests that compare against it. */
let plainSeed: Promise<{ run: Run; out: string }> | undefined;
function runPlainSeed() {
  plainSeed ??= (async () => {
    const out = prefilledOut();
    return { run: await cli(["--source", SEED, "--out", out]), out };
  })();
  return plainSeed;
}

describe.concurrent("ingest CLI: a bad source is reported and nothing is written", { timeout: 90_000 }, () => {
  /** `source`: the file in tests/fixtures/<name>/, source.txt unless named. */
  const cases: { name: string; source?: string; errors: string[] }[] = [
    { name: "duplicate", errors: ["source.txt:13: error: item 2 is repeated (first at line 9)"] },
    {
      name: "gap",
      errors: [
        "source.txt:13: error: item 4 follows item 2: item 3 is missing (numbering must run 1, 2, 3… without gaps)",
      ],
    },
    { name: "out-of-order", errors: ["source.txt:13: error: item 2 is out of order: it comes after item 3"] },
    { name: "no-body", errors: ["source.txt:9: error: item 2 'Second Item' has no body text"] },
    { name: "empty", errors: ["source.txt:1: error: the file is empty"] },
    {
      name: "no-items",
      errors: [
        "source.txt:1: error: no items found: expected headings such as '1) Title' or '1. Title' at the start of a line",
      ],
    },
    {
      name: "bad-sidecar",
      errors: [
        "plan.yaml:4: error: pillarTitles.0.title: Required",
        "plan.yaml:5: error: pillarTitles.0: Unrecognized key(s) in object: 'titel'",
      ],
    },
    // The same numbering mistakes in sources with no blank line anywhere.
    {
      name: "tight",
      source: "duplicate.txt",
      errors: ["duplicate.txt:7: error: item 2 is repeated (first at line 5)"],
    },
    {
      name: "tight",
      source: "gap.txt",
      errors: ["gap.txt:7: error: item 4 follows item 2: item 3 is missing (numbering must run 1, 2, 3… without gaps)"],
    },
    {
      name: "tight",
      source: "out-of-order.txt",
      errors: ["out-of-order.txt:7: error: item 2 is out of order: it comes after item 3"],
    },
    { name: "tight", source: "no-body.txt", errors: ["no-body.txt:5: error: item 2 'Second Item' has no body text"] },
  ];

  for (const { name, source, errors } of cases) {
    it(`${name}/${source ?? ""}: FILE:LINE: error, exit 1, no stack trace, --out untouched`, async ({ expect }) => {
      const out = prefilledOut();
      const before = snapshot(out);
      const run = await cli(["--source", `tests/fixtures/${name}/${source ?? "source.txt"}`, "--out", out]);
      expect(run.status).toBe(1);
      expect(errorLines(run.stderr).sort()).toEqual(errors.map((e) => `tests/fixtures/${name}/${e}`).sort());
      expect(run.stderr).toContain(
        `ingest: ${errors.length} error${errors.length > 1 ? "s" : ""}; ${out} left unchanged\n`,
      );
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.stderr).not.toContain("internal error");
      expect(run.stdout).toBe("");
      expect(snapshot(out)).toEqual(before);
    });
  }

  it("--meta without --source is refused instead of silently ingesting the seeds", async ({ expect }) => {
    const dir = tempDir();
    const run = await cli(["--meta", "seeds/en/plan.yaml", "--out", join(dir, "out")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ingest: --meta and --lang need --source FILE\n/);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("refuses an --out folder that holds the source, and leaves it alone", async ({ expect }) => {
    const dir = join(tempDir(), "gap");
    cpSync(join(ROOT, "tests/fixtures/gap"), dir, { recursive: true });
    writeFileSync(join(dir, "source.txt"), seedText);
    cpSync(join(ROOT, "seeds/en/plan.yaml"), join(dir, "plan.yaml"));
    const before = snapshot(dir);
    const run = await cli(["--source", join(dir, "source.txt"), "--out", dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`ingest: refusing to replace ${dir}: it contains ${join(dir, "source.txt")}\n`);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe.concurrent("ingest CLI: a mistake in the arguments is said in words", { timeout: 90_000 }, () => {
  const expectRefusal = (run: Run, line: string) => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${line}\n`);
    expect(run.stderr).not.toContain("internal error");
    expect(run.stdout).toBe("");
  };

  it("--source naming a folder", async () => {
    const out = join(tempDir(), "out");
    expectRefusal(
      await cli(["--source", "tests/fixtures/gap", "--out", out]),
      "tests/fixtures/gap: error: is a folder, not a file; --source names the plan's text file",
    );
    expect(existsSync(out)).toBe(false);
  });

  it("--out under a file, and --out naming a file, which is left as it was", async () => {
    const dir = tempDir();
    const file = join(dir, "notes.txt");
    writeFileSync(file, "not a folder\n");
    expectRefusal(
      await cli(["--source", SEED, "--out", join(file, "out")]),
      `${join(file, "out")}: error: ${file} is a file, not a folder; --out names the folder to write`,
    );
    expectRefusal(
      await cli(["--source", SEED, "--out", file]),
      `${file}: error: is a file, not a folder; --out names the folder to write`,
    );
    expect(readFileSync(file, "utf8")).toBe("not a folder\n");
  });

  it("--seeds naming a file, and a plan.yaml that is a folder", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "seeds.txt"), "");
    mkdirSync(join(dir, "seeds", "en", "plan.yaml"), { recursive: true });
    expectRefusal(
      await cli(["--seeds", join(dir, "seeds.txt"), "--out", join(dir, "out")]),
      `${join(dir, "seeds.txt")}:1: error: is a file, not a folder`,
    );
    expectRefusal(
      await cli(["--seeds", join(dir, "seeds"), "--out", join(dir, "out")]),
      `${join(dir, "seeds", "en", "plan.yaml")}:1: error: is a folder, not a file`,
    );
  });
});

describe("ingest CLI as a module", () => {
  it("runs nothing when imported, and lists the seeds' problems apart from its inputs", async ({ expect }) => {
    const exitCode = process.exitCode;
    const { seedInputs } = await import("../../src/ingest/cli.ts");
    expect(process.exitCode).toBe(exitCode);
    const good = seedInputs(join(ROOT, "seeds"));
    expect(good.problems).toEqual([]);
    expect(good.inputs.map((i) => i.sidecar?.parsed?.sidecar?.lang)).toEqual(["en", "fr"]);
    const dir = tempDir();
    mkdirSync(join(dir, "en"));
    const bad = seedInputs(dir);
    expect(bad.inputs).toEqual([]);
    expect(bad.problems.map((d) => d.message)).toEqual([
      "missing: each seeds/<lang>/ needs a plan.yaml naming its source",
    ]);
  });
});

describe.concurrent("ingest CLI: good sources", { timeout: 90_000 }, () => {
  it("ingests the seed: 32 items, stale files gone, nothing left beside --out", async ({ expect }) => {
    const { run, out } = await runPlainSeed();
    expect(run.stderr).not.toMatch(/: (error|warning|info): /);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`ingest: en: 32 items in 4 pillars from ${SEED} → ${out}\n`);
    const files = [...tree(out).keys()];
    expect(files.filter((f) => f.startsWith("items/"))).toHaveLength(32);
    expect(files.filter((f) => f.startsWith("pillars/"))).toHaveLength(4);
    expect(files).toContain("plan.json");
    expect(files).not.toContain("sentinel.txt");
    expect(files).not.toContain("items/99-stale.md");
    expect(readdirSync(join(out, ".."))).toEqual(["out"]);
    const plan = planJson(out);
    expect(plan.title).toBe("32-point Action Plan");
    expect(plan.lastUpdated).toBe("2005-01-13");
    expect(plan.items.map((i) => i.number)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(plan.items[7]!.title).toBe("Advance Passenger Information / Passenger Name Record");
    expect(plan.items[14]!.title).toBe("Clearance Away from the Border");
    expect(plan.items[12]!.body).toBe("Undertake technical assistance to source and transit countries.");
  });

  it("writes byte-identical files on a second run", async ({ expect }) => {
    const plain = await runPlainSeed();
    const out = join(tempDir(), "out");
    const second = await cli(["--source", SEED, "--out", out]);
    expect(second.status).toBe(0);
    const before = tree(plain.out);
    const after = tree(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [path, text] of before) expect(after.get(path), path).toBe(text);
  });

  it("reads the seed with a BOM and CRLF line ends the same; --verbose lists the dropped chrome at the right lines", async ({
    expect,
  }) => {
    const dir = tempDir();
    const source = join(dir, "source.txt");
    writeFileSync(source, "\ufeff" + seedText.replace(/\n/g, "\r\n"));
    const out = join(dir, "out");
    const [run, plain] = await Promise.all([
      cli(["--source", source, "--out", out, "--meta", "seeds/en/plan.yaml", "--verbose"]),
      runPlainSeed(),
    ]);
    expect(run.status).toBe(0);
    expect(planJson(out).items).toEqual(planJson(plain.out).items);
    const info = run.stderr.split("\n").filter((l) => l.includes(": info: "));
    // Lines 1-20 (header), 22 (breadcrumb), 160 (menu bar) and 162-166 (footer) of the seed.
    expect(info.map((l) => Number(l.slice(source.length + 1).split(":")[0]))).toEqual([
      ...Array.from({ length: 20 }, (_, i) => i + 1),
      22,
      160,
      162,
      163,
      164,
      165,
      166,
    ]);
    expect(info).toContain(
      `${source}:20: info: dropped page chrome before the title: "Printable VersionPrintable Version Email This PageEmail This Page"`,
    );
    expect(info).toContain(
      `${source}:2: info: dropped page chrome before the title: "Skip all menus (access key: 2) Skip first menu (access key: 1)"`,
    );
    expect(info).toContain(`${source}:162: info: dropped page chrome after the last item: "Last Updated:"`);
    expect(info).toContain(`${source}:166: info: dropped page chrome after the last item: "Important Notices"`);
    expect(info.find((l) => l.startsWith(`${source}:160: `))).toMatch(
      /after the last item: "Our Services \| Passport and Consular/,
    );
  });

  it("reads the seed hard-wrapped at 60 columns the same (but for line numbers)", async ({ expect }) => {
    const out = join(tempDir(), "out");
    const [run, plain] = await Promise.all([
      cli(["--source", "tests/fixtures/wrapped/source.txt", "--out", out]),
      runPlainSeed(),
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const wrapped = planJson(out);
    expect(wrapped.items).toHaveLength(32);
    expect(withoutLines(wrapped.items)).toEqual(withoutLines(planJson(plain.out).items));
    expect(wrapped.pillars.map((p) => p.title)).toEqual(planJson(plain.out).pillars.map((p) => p.title));
    expect(wrapped.items[0]!.line).toBe(28); // "1) Biometric Identifiers" in the wrapped file
  });

  it("decodes a Windows-1252 copy of the seed, with a warning at the first non-UTF-8 byte", async ({ expect }) => {
    const dir = tempDir();
    const source = join(dir, "source.txt");
    // Latin-1 covers the seed's ç and no-break spaces; 0x92 is Windows-1252's right single quote.
    const text = seedText.replace("What's New", "What\u0092s New");
    const offset = text.indexOf("ç");
    expect(text.slice(0, offset)).toMatch(/^[\x00-\x7f]*$/);
    const bytes = Buffer.from(text, "latin1");
    writeFileSync(source, bytes);
    const moreBytes = bytes.filter((b) => b >= 0x80).length - 1;
    const out = join(dir, "out");
    const [run, plain] = await Promise.all([
      cli(["--source", source, "--out", out, "--meta", "seeds/en/plan.yaml", "--verbose"]),
      runPlainSeed(),
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `${source}:3: warning: not valid UTF-8 at byte offset ${offset} (0xe7) and ${moreBytes} more bytes; decoded those bytes as Windows-1252\n`,
    );
    expect(run.stderr).toContain(
      `${source}:3: info: dropped page chrome before the title: "Français Contact Us Help Search Canada Site"`,
    );
    expect(run.stderr).toContain(
      `${source}:4: info: dropped page chrome before the title: "Home Media Room FAC Home Site Map What\u2019s New"`,
    );
    expect(planJson(out).items).toEqual(planJson(plain.out).items);
  });

  it("publishes MDX-hostile text literally", async ({ expect }) => {
    const out = join(tempDir(), "out");
    const run = await cli(["--source", "tests/fixtures/mdx-hostile/source.txt", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // The paragraphs of tests/fixtures/mdx-hostile/source.txt, hard wraps joined.
    const bodies = [
      [
        "Curly {braces}, {props.secret} and {1 + 1}; a lone { and a lone }.",
        '<script>alert("x")</script> and <Component prop={x} /> and 1 < 2 > 0.',
        "import fs from 'node:fs'",
        "export const leaked = 1; export default function Page() {}",
        "*not emphasis* _nor this_ **nor strong** # not a heading | not | a | table | [not a link](https://example.com) and ![no image](x.png) &amp; &copy; &#65;",
      ],
      [
        "# Hash at the start",
        "> not a quote",
        "- not a list",
        "`not code` ~~not struck~~ <!-- not a comment --> https://example.com \\backslash\\",
      ],
    ];
    const titles = ["Braces {props.x} and <em>tags</em>: yes", "Stars *and* _underscores_ # [brackets]"];
    const plan = planJson(out);
    expect(plan.title).toBe('Hostile Plan <b>{title}</b> & "quotes"');
    expect(plan.pillars.map((p) => p.title)).toEqual(["Pillar <One> {x}: - [y] # z", "Security & {Trade} <Now>"]);
    expect(plan.items.map((i) => [i.title, i.body])).toEqual(titles.map((t, i) => [t, bodies[i]!.join("\n\n")]));
    const files = tree(out);
    for (const [n, slug] of [
      [1, "braces-props-x-and-em-tags-em-yes"],
      [2, "stars-and-underscores-brackets"],
    ] as const) {
      const file = files.get(`items/${n}-${slug}.md`)!;
      expect(splitFrontmatter(file).data.title).toBe(titles[n - 1]);
      const { html, elements } = await renderMdx(file);
      expect(html).toBe(paragraphsHtml(bodies[n - 1]!));
      expect(new Set(elements)).toEqual(new Set(["p"]));
    }
    const pillar = files.get("pillars/1-pillar-one-x-y-z.md")!;
    expect(splitFrontmatter(pillar).data.title).toBe("Pillar <One> {x}: - [y] # z");
  });

  it("ingests a press release with no blank lines: items, pillars, title and written-out date; --verbose lists the chrome", async ({
    expect,
  }) => {
    const source = "tests/fixtures/press-release/source.txt";
    const out = join(tempDir(), "out");
    const run = await cli(["--source", source, "--out", out, "--verbose"]);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/: (error|warning): /);
    expect(run.stdout).toBe(`ingest: en: 6 items in 2 pillars from ${source} → ${out}\n`);
    const plan = planJson(out);
    // Read off the fixture by hand: the capitals title, the date of the release header, two pillars.
    expect(plan.title).toBe("Clean Rivers Action Plan");
    expect(plan.lastUpdated).toBe("2004-03-03");
    expect(plan.pillars.map((p) => p.title)).toEqual(["Monitoring the Water", "Reducing What Goes In"]);
    expect(plan.items.map((i) => [i.number, i.title, i.pillarNumber, i.line])).toEqual([
      [1, "Sampling Stations", 1, 15],
      [2, "Shared Laboratory Methods", 1, 17],
      [3, "Early Warning", 1, 19],
      [4, "Farm Runoff", 2, 25],
      [5, "Municipal Outfalls", 2, 27],
      [6, "Industrial Permits", 2, 29],
    ]);
    // The numbered list stays in item 3's body, one paragraph per entry.
    expect(plan.items[2]!.body.split("\n\n")).toEqual([
      "Set up a joint early-warning procedure for spills, under which the first office to learn of a spill will:",
      "1) call the duty officer of the other side within one hour;",
      "2) share the sampling results as soon as they are known;",
      "3) agree on who speaks to the public.",
    ]);
    expect(plan.items[5]!.body).toBe(
      "Review the discharge permits of plants on the rivers, so that both sides apply the same limits to the same substances.",
    );
    // Menu words and lone | lines, the release header (office, date) and the closing menu: dropped, each listed.
    const info = run.stderr.split("\n").filter((l) => l.includes(": info: "));
    expect(info.map((l) => Number(l.slice(source.length + 1).split(":")[0]))).toEqual([
      ...Array.from({ length: 12 }, (_, i) => i + 1),
      31,
      32,
      33,
      34,
      35,
      36,
    ]);
    expect(info).toContain(`${source}:10: info: dropped page chrome before the title: "For Immediate Release"`);
    expect(info).toContain(
      `${source}:11: info: dropped page chrome before the title: "Office of the Minister of Inland Waters"`,
    );
    expect(info).toContain(`${source}:2: info: dropped page chrome before the title: "|"`);
    expect(info).toContain(`${source}:31: info: dropped page chrome after the last item: "-30-"`);
  });

  it("ingests a page with no date, with a warning, and writes no date", async ({ expect }) => {
    const source = "tests/fixtures/no-date/source.txt";
    const out = join(tempDir(), "out");
    const run = await cli(["--source", source, "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `${source}:8: warning: no date found: expected 'Last Updated: YYYY-MM-DD' or a date such as 'January 7, 2002' in the page header or footer; the site will show no date modified\n`,
    );
    const plan = planJson(out);
    expect(plan.title).toBe("Small Plan");
    expect(plan).not.toHaveProperty("lastUpdated");
    expect(plan.items.map((i) => i.title)).toEqual(["First Item", "Second Item"]);
  });
});
