/**
 * French typography rules, on one line of French text at a time (pure: no files).
 *
 * The rules this site follows (Translation Bureau usage):
 * - apostrophe: the typographic apostrophe ’ (U+2019), never ' (U+0027);
 * - colon: a no-break space (U+00A0) before « : »;
 * - semicolon, exclamation and question marks: a narrow no-break space (U+202F) before « ; ! ? »;
 * - guillemets: a no-break space (U+00A0) after « and before »;
 * - slash: no space around a slash between words (« voyageurs/Dossier »);
 * - glossary: none of a glossary entry's wrong variants (see french-glossary.ts).
 *
 * A mark counts as punctuation only where it ends a phrase (followed by a space, the end of
 * the line or a closing mark), so "item:2", "08:00" and "?q=" are not checked.
 */
import type { Glossary } from "./french-glossary.ts";

export type TypographyRule = "apostrophe" | "colon" | "narrow-space" | "guillemets" | "slash" | "glossary";

export interface TypographyProblem {
  rule: TypographyRule;
  /** 1-based column of the offending character. */
  column: number;
  message: string;
}

export const NBSP = "\u00a0";
export const NNBSP = "\u202f";

const name = (c: string | undefined): string => {
  if (c === undefined || c === "") return "nothing";
  if (c === " ") return "a space";
  if (c === NBSP) return "a no-break space (U+00A0)";
  if (c === NNBSP) return "a narrow no-break space (U+202F)";
  if (/\s/u.test(c)) return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return `'${c}'`;
};

/** Ends a phrase: followed by blank, end of line, or closing punctuation. */
function endsPhrase(line: string, i: number): boolean {
  const next = line[i + 1];
  return next === undefined || /[\s»)\]"”.,;:!?…]/u.test(next);
}

/** The typography problems of one line of French text. */
export function checkTypography(line: string): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  const add = (rule: TypographyRule, index: number, message: string) =>
    problems.push({ rule, column: index + 1, message });

  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    const before = line[i - 1];
    if (c === "'") {
      add("apostrophe", i, "straight apostrophe ' (U+0027): write ’ (U+2019)");
    } else if (c === ":" && endsPhrase(line, i) && i > 0) {
      if (before !== NBSP) add("colon", i, `« : » needs a no-break space (U+00A0) before it, not ${name(before)}`);
      else if (i >= 2 && /\s/u.test(line[i - 2]!)) add("colon", i, "« : » has more than one space before it");
    } else if ((c === ";" || c === "!" || c === "?") && endsPhrase(line, i) && i > 0) {
      // "?!" and "!!": the second mark follows the first directly.
      if (before === ";" || before === "!" || before === "?") continue;
      if (before !== NNBSP)
        add("narrow-space", i, `« ${c} » needs a narrow no-break space (U+202F) before it, not ${name(before)}`);
      else if (i >= 2 && /\s/u.test(line[i - 2]!)) add("narrow-space", i, `« ${c} » has more than one space before it`);
    } else if (c === "«") {
      const after = line[i + 1];
      if (after !== NBSP) add("guillemets", i, `« needs a no-break space (U+00A0) after it, not ${name(after)}`);
    } else if (c === "»") {
      if (before !== NBSP) add("guillemets", i, `» needs a no-break space (U+00A0) before it, not ${name(before)}`);
    }
  }
  for (const m of line.matchAll(/(?<=[\p{L}\p{N})»])(\s*)\/(\s*)(?=[\p{L}\p{N}(«])/gu)) {
    if (m[1] || m[2]) add("slash", m.index + m[1]!.length, "space around a slash between words: write « a/b »");
  }
  return problems.sort((a, b) => a.column - b.column);
}

/** Apostrophes and spaces as the glossary is matched: ' and ’ alike, any blank as a space. */
function normalise(text: string): string {
  return text.replace(/['\u2019]/gu, "\u2019").replace(/\s/gu, " ");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Wrong variants of glossary terms used in one line of French text. */
export function checkGlossary(line: string, glossary: Glossary): TypographyProblem[] {
  const text = normalise(line);
  const problems: TypographyProblem[] = [];
  for (const term of glossary.terms) {
    for (const variant of term.avoid) {
      const pattern = normalise(variant).split(" ").map(escape).join("\\s+");
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, term.caseSensitive ? "gu" : "giu");
      for (const m of text.matchAll(re)) {
        problems.push({
          rule: "glossary",
          column: m.index + 1,
          message: `« ${m[0]} »: the glossary says « ${term.fr} » for "${term.en}" (${term.source})`,
        });
      }
    }
  }
  return problems.sort((a, b) => a.column - b.column);
}

/** The title an item heading line ("1) Titre") must have, if the glossary fixes it. */
export function checkItemTitle(line: string, glossary: Glossary): TypographyProblem[] {
  const m = /^\s*(\d+)\s*[).]\s+(.*?)\s*$/u.exec(line);
  if (!m) return [];
  const term = glossary.terms.find((t) => t.item === Number(m[1]));
  if (!term || normalise(m[2]!) === normalise(term.fr)) return [];
  return [
    {
      rule: "glossary",
      column: line.indexOf(m[2]!) + 1,
      message: `item ${m[1]}'s title is « ${m[2]} »: the glossary says « ${term.fr} » (${term.source})`,
    },
  ];
}
