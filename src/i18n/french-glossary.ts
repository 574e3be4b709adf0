/**
 * The French glossary (seeds/<lang>/glossary.yaml): English term → French term, with the
 * source followed, and the wrong variants the typography check must not find.
 */
import { parse } from "yaml";
import { z } from "zod";

const TermSchema = z
  .object({
    en: z.string().min(1),
    fr: z.string().min(1),
    source: z.string().min(1),
    avoid: z.array(z.string().min(1)).default([]),
    caseSensitive: z.boolean().default(false),
    /** The item whose title this term is. */
    item: z.number().int().positive().optional(),
  })
  .strict();

const GlossarySchema = z.object({ terms: z.array(TermSchema).min(1) }).strict();

export type GlossaryTerm = z.infer<typeof TermSchema>;
export type Glossary = z.infer<typeof GlossarySchema>;

/** Parses and checks a glossary; throws with the file name and what is wrong. */
export function parseGlossary(text: string, file: string): Glossary {
  const result = GlossarySchema.safeParse(parse(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  }
  const glossary = result.data;
  // A variant that is also the preferred form (or part of it) would fail every correct use.
  for (const term of glossary.terms) {
    for (const variant of term.avoid) {
      const fold = (s: string) => (term.caseSensitive ? s : s.toLocaleLowerCase("fr")).replace(/'/g, "’");
      if (fold(term.fr).includes(fold(variant)))
        throw new Error(`${file}: "${term.en}": the variant « ${variant} » is part of the preferred « ${term.fr} »`);
    }
  }
  return glossary;
}
