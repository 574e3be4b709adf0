/**
 * The shapes of what `npm run ingest` writes to content/: item and pillar frontmatter and
 * plan.json. The content collections (src/content.config.ts) validate the site's input with
 * them, and the ingest's property and fuzz tests check the emitter's output against the same ones.
 */
import { z } from "zod";
import { LANGS } from "../ingest/model.ts";
import { siteWordsSchema } from "../ingest/sidecar.ts";
import { REFERENCE_KINDS } from "../ingest/kinds.ts";

const lang = z.enum(LANGS);

const reference = z
  .object({
    to: z.number().int().positive(),
    kind: z.enum(REFERENCE_KINDS),
    evidence: z.string(),
  })
  .strict();

export const itemFrontmatterSchema = z
  .object({
    number: z.number().int().positive(),
    title: z.string().min(1),
    slug: z.string().regex(/^[a-z0-9-]+$/),
    lang,
    pillar: z.number().int().positive(),
    references: z.array(reference),
  })
  .strict();

export const pillarFrontmatterSchema = z
  .object({
    number: z.number().int().positive(),
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    lang,
    items: z.array(z.number().int().positive()).min(1),
    supplied: z.boolean(),
  })
  .strict();

export const planJsonSchema = z.object({
  title: z.string().min(1),
  lang,
  lastUpdated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string(),
  translation: z.object({ of: lang, official: z.boolean(), partial: z.boolean() }).nullable(),
  site: siteWordsSchema.optional(),
  pillars: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      title: z.string(),
      items: z.array(z.number().int()),
      supplied: z.boolean(),
    }),
  ),
  items: z.array(
    z.object({
      number: z.number().int(),
      title: z.string(),
      slug: z.string(),
      pillar: z.string(),
      pillarNumber: z.number().int(),
      line: z.number().int(),
      body: z.string(),
      references: z.array(reference),
    }),
  ),
});

/** content/<lang>/plan.json, as the collection and the search build read it. */
export type PlanJson = z.infer<typeof planJsonSchema>;
