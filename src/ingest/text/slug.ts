/** URL slugs: lower case ASCII words joined by hyphens; accents are transliterated ("biométriques" → "biometriques"). */
import slugify from "@sindresorhus/slugify";

export function slugOf(title: string): string {
  return slugify(title, { decamelize: false }) || "untitled";
}
