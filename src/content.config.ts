/**
 * Content collections over the generated `content/<lang>/` folders (written by `npm run ingest`).
 * The schemas check what the emitter writes, so a hand-edited or stale page fails the build.
 */
import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";

/** Where the ingest wrote the content; tests point CONTENT_DIR at fixture output. */
const base = process.env.CONTENT_DIR ?? "./content";
const lang = z.enum(["en", "fr"]);
const reference = z.object({
  to: z.number().int().positive(),
  kind: z.enum(["explicit", "mention", "related"]),
  evidence: z.string(),
});

const items = defineCollection({
  loader: glob({ pattern: "*/items/*.mdx", base }),
  schema: z
    .object({
      number: z.number().int().positive(),
      title: z.string().min(1),
      slug: z.string().regex(/^[a-z0-9-]+$/),
      lang,
      pillar: z.number().int().positive(),
      pillarId: z.string().min(1),
      source: z.string(),
      line: z.number().int().positive(),
      references: z.array(reference),
    })
    .strict(),
});

const pillars = defineCollection({
  loader: glob({ pattern: "*/pillars/*.mdx", base }),
  schema: z
    .object({
      number: z.number().int().positive(),
      id: z.string().regex(/^[a-z0-9-]+$/),
      title: z.string().min(1),
      lang,
      items: z.array(z.number().int().positive()).min(1),
      supplied: z.boolean(),
    })
    .strict(),
});

const plans = defineCollection({
  loader: glob({ pattern: "*/plan.json", base }),
  schema: z.object({
    title: z.string().min(1),
    lang,
    lastUpdated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    source: z.string(),
    translation: z.object({ of: lang, official: z.boolean(), partial: z.boolean() }).nullable(),
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
  }),
});

export const collections = { items, pillars, plans };
