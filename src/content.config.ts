/**
 * Content collections over the generated `content/<lang>/` folders (written by `npm run ingest`).
 * The schemas (src/lib/content-schemas.ts) check what the emitter writes, so a hand-edited or
 * stale page fails the build.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { itemFrontmatterSchema, pillarFrontmatterSchema, planJsonSchema } from "./lib/content-schemas.ts";

/** Where the ingest wrote the content; tests point CONTENT_DIR at fixture output. */
const base = process.env.CONTENT_DIR ?? "./content";

/**
 * An entry's id is its file's path without the extension ("en/items/12-biometric-identifiers"):
 * the language and the number, so it is unique by construction. The glob loader's default id is
 * the frontmatter's `slug`, which two items with the same title share (in one language, or across
 * languages when a translation keeps an original title) and would silently overwrite each other.
 */
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/, "");

const items = defineCollection({
  loader: glob({ pattern: "*/items/*.md", base, generateId, retainBody: false }),
  schema: itemFrontmatterSchema,
});

const pillars = defineCollection({
  loader: glob({ pattern: "*/pillars/*.md", base, generateId }),
  schema: pillarFrontmatterSchema,
});

const plans = defineCollection({
  loader: glob({ pattern: "*/plan.json", base, generateId }),
  schema: planJsonSchema,
});

export const collections = { items, pillars, plans };
