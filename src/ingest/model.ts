/**
 * The plan model: what the ingest pipeline passes from step to step.
 * Every type here is plain data (JSON-serialisable), so each step is a pure
 * function from one shape to the next and can be tested on its own.
 */
import type { ReferenceKind } from "./kinds.ts";

export type { ReferenceKind } from "./kinds.ts";

/** Languages the site publishes: the one list the types, schemas, CLI and pages derive from. */
export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];

/** Where a problem was found: file and 1-based line. */
export interface Diagnostic {
  file: string;
  line: number;
  severity: "error" | "warning" | "info";
  message: string;
}

/** One outgoing cross-reference from an item to another item of the same plan. */
export interface Reference {
  /** Number of the item referred to (never the item's own number). */
  to: number;
  kind: ReferenceKind;
  /**
   * Why: the words that matched, as the source writes them (explicit, mention), the shared
   * phrase or terms as the item writes them (related), or the sidecar's note (editorial).
   */
  evidence: string;
}

export interface PlanItem {
  number: number;
  title: string;
  /** URL slug of the title, without the number ("biometric-identifiers"). */
  slug: string;
  /** Number of the pillar the item belongs to. */
  pillar: number;
  /** Body paragraphs, each a single line of text (hard wraps joined). */
  body: string[];
  /** Source line of the start of each body paragraph (same length as body). */
  bodyLines: number[];
  /** Line of the item heading in the source. */
  line: number;
  references: Reference[];
}

export interface Pillar {
  /** 1-based position of the pillar in the plan; pairs pillars across languages. */
  number: number;
  /** URL slug of the title ("the-secure-flow-of-goods"). */
  id: string;
  /** Display title (title case in English, sentence case in French). */
  title: string;
  /** Numbers of the pillar's items, in order. */
  items: number[];
  /** Line of the heading in the source, or of the sidecar entry for a supplied heading. */
  line: number;
  /** True when the heading is editorial metadata from the sidecar, not in the source. */
  supplied: boolean;
}

export interface Plan {
  title: string;
  lang: Lang;
  /** ISO date (YYYY-MM-DD) from the source's "Last Updated" footer. */
  lastUpdated: string;
  /** Source file name, relative to the project root when known. */
  source: string;
  translation: Translation | null;
  pillars: Pillar[];
  items: PlanItem[];
  /** What the site says about the plan, from the sidecar's `site:` (absent when it has none). */
  site?: SiteWords;
}

/** The sidecar's `site:` entry (see sidecar.ts and the README): every field optional. */
export interface SiteWords {
  name?: string;
  tagline?: string;
  publisher?: string;
  url?: string;
  issued?: string;
  history?: string[];
  notes?: string[];
}

/** Set when a source is a translation of another language's source. */
export interface Translation {
  of: Lang;
  official: boolean;
  /** A partial translation may skip items; the original's text fills the gaps on the site. */
  partial: boolean;
}
