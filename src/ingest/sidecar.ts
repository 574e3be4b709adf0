/**
 * Sidecar: the editorial metadata file (`plan.yaml`) that sits beside a source text.
 * It says what the source cannot: its language, whether it is a translation, and
 * headings the source page lacks. Parsed with the `yaml` library, checked by zod,
 * and every problem reported at its line in the sidecar.
 */
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { LANGS, type Diagnostic } from "./model.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD");
const text = z.string().trim().min(1);
const isWebAddress = (value: string) => {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * `site:`: what the site says about the plan, beyond its text (all optional; see README,
 * "Publishing another plan"). Without it the site is named after the plan's own title.
 */
export const siteWordsSchema = z
  .object({
    /** The site's name, in the header and page titles. */
    name: text.optional(),
    /** A line under the name: the parties and the date, for example. */
    tagline: text.optional(),
    /** Who published the original text (dcterms.creator), as a label: no leading article. */
    publisher: text.optional(),
    /** The original page on the web. */
    url: z.string().refine(isWebAddress, "an http:// or https:// address").optional(),
    /** When the original was first issued (dcterms.issued); the page's own date otherwise. */
    issued: isoDate.optional(),
    /** Paragraphs on the home page before the site's own introduction: how the plan came to be. */
    history: z.array(text).min(1).optional(),
    /** Editorial notes added to the About page's list of changes. */
    notes: z.array(text).min(1).optional(),
  })
  .strict();
import { linksSchema } from "./sidecar-links.ts";

export const sidecarSchema = z
  .object({
    source: z.string().min(1).optional(),
    lang: z.enum(LANGS),
    translation: z
      .object({
        of: z.enum(LANGS),
        official: z.boolean(),
        partial: z.boolean().default(false),
      })
      .strict()
      .optional(),
    pillarTitles: z
      .array(z.object({ beforeItem: z.number().int().positive(), title: z.string().trim().min(1) }).strict())
      .default([])
      // Two titles before one item: the parser would use one and call the other "not in the source".
      .superRefine((titles, ctx) => {
        const first = new Map<number, number>();
        titles.forEach((t, i) => {
          const seen = first.get(t.beforeItem);
          if (seen === undefined) first.set(t.beforeItem, i);
          else
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: [i, "beforeItem"],
              message: `a title before item ${t.beforeItem} is already given (pillarTitles.${seen})`,
            });
        });
      }),
    site: siteWordsSchema.optional(),
    links: linksSchema,
  })
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;

/** Where each sidecar entry was written, for error messages. */
export interface SidecarResult {
  sidecar: Sidecar | null;
  /** Line of pillarTitles[i] in the sidecar file. */
  pillarTitleLines: number[];
  /** Line of links[i] in the sidecar file. */
  linkLines: number[];
  /** Line of the `lang` entry. */
  langLine: number;
  diagnostics: Diagnostic[];
}

export function parseSidecar(text: string, file: string): SidecarResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const diagnostics: Diagnostic[] = doc.errors.map((e) => ({
    file,
    line: lineOf(e.pos[0]),
    severity: "error",
    message: `invalid YAML: ${e.message.split("\n")[0]}`,
  }));
  if (diagnostics.length) return { sidecar: null, pillarTitleLines: [], linkLines: [], langLine: 1, diagnostics };

  const result = sidecarSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      // An unknown key's issue is on the map that holds it: point at the key itself.
      const node = (
        issue.code === "unrecognized_keys"
          ? keyNode(doc.getIn(issue.path, true), issue.keys[0])
          : doc.getIn(issue.path, true)
      ) as { range?: [number, number, number] } | undefined;
      const parent = doc.getIn(issue.path.slice(0, -1), true) as { range?: [number, number, number] } | undefined;
      const where = issue.path.length ? issue.path.join(".") : "(top level)";
      diagnostics.push({
        file,
        line: lineOf(node?.range?.[0] ?? parent?.range?.[0]),
        severity: "error",
        message: `${where}: ${issue.message}`,
      });
    }
    return { sidecar: null, pillarTitleLines: [], linkLines: [], langLine: 1, diagnostics };
  }
  const pillarTitleLines = result.data.pillarTitles.map((_, i) => {
    const node = doc.getIn(["pillarTitles", i], true) as { range?: [number, number, number] } | undefined;
    return lineOf(node?.range?.[0]);
  });
  const linkLines = result.data.links.map((_, i) => {
    const node = doc.getIn(["links", i], true) as { range?: [number, number, number] } | undefined;
    return lineOf(node?.range?.[0]);
  });
  const langLine = lineOf((doc.getIn(["lang"], true) as { range?: [number, number, number] } | undefined)?.range?.[0]);
  return { sidecar: result.data, pillarTitleLines, linkLines, langLine, diagnostics };
}

function keyNode(map: unknown, key: string | undefined): unknown {
  if (!isMap(map)) return map;
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key ?? map;
}
