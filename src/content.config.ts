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

const items = defineCollection({
  loader: glob({ pattern: "*/items/*.mdx", base }),
  schema: itemFrontmatterSchema,
});

const pillars = defineCollection({
  loader: glob({ pattern: "*/pillars/*.mdx", base }),
  schema: pillarFrontmatterSchema,
});

const plans = defineCollection({
  loader: glob({ pattern: "*/plan.json", base }),
  schema: planJsonSchema,
});

export const collections = { items, pillars, plans };
