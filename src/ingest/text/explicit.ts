/**
 * Finds explicit references to numbered items in a line of text:
 * "item 4", "points 3 and 5", "items 8-10", "(see 7)"; in French "mesure 4",
 * "points 3 et 5", "mesures 8 à 10", "(voir 7)".
 *
 * A number is only read after a reference word, so years ("January 2001"),
 * counts ("32-point"), durations ("7 years") and annexes ("Annex I") are never
 * references; a number directly followed by a unit, a decimal part or a letter
 * ("point 24 hours", "item 4.5", "item 4a") is rejected as well.
 */
import type { Lang } from "../model.ts";

export interface ExplicitMatch {
  /** The words as written ("items 8-10", "see 7"); `line.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Item numbers referred to, in order of appearance, ranges expanded. */
  numbers: number[];
}

interface Grammar {
  /** A reference word, the number list starts right after the match. */
  keyword: RegExp;
  /** "(see ...": the list must be followed by ")". */
  see: RegExp;
  range: RegExp;
  list: RegExp;
  /** Words after a number that make it a quantity, not an item. */
  unit: RegExp;
  /** Allowed between the list and ")" in the "(see ...)" form. */
  seeTail: RegExp;
}

// Shared: no letter, digit or hyphen just before the keyword (so "32-point" never starts one).
const B = String.raw`(?<![\p{L}\p{N}\-‐‑])`;

const GRAMMARS: Record<Lang, Grammar> = {
  en: {
    keyword: new RegExp(String.raw`${B}(?:items?|points?)\s+(?:(?:no\.?|number|#)\s*)?(?=\d)`, "giu"),
    see: new RegExp(String.raw`\(\s*((?:see|cf\.?)\s+(?:also\s+)?(?:(?:items?|points?)\s+)?)(?=\d)`, "giu"),
    range: /^(?:\s*[-–—]\s*|\s+(?:to|through|thru)\s+)(?=\d)/iu,
    list: /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)(?=\d)/iu,
    unit: /^\s*(?:%|per\s*cent|percent|years?|yrs?|hours?|hrs?|days?|weeks?|months?|minutes?|mins?|seconds?|km|kilomet(?:er|re)s?|miles?|meters?|metres?)(?![\p{L}])/iu,
    seeTail: /^\s*(?:above|below)?\s*\)/iu,
  },
  fr: {
    // "mettre au point 3 ..." means "develop 3 ...", not "item 3".
    keyword: new RegExp(
      String.raw`${B}(?<!(?:mett\p{L}*|mis\p{L}*)\s+au\s+)(?:points?|mesures?)\s+(?:(?:n[o°º]\.?|numéro|#)\s*)?(?=\d)`,
      "giu",
    ),
    see: new RegExp(
      String.raw`\(\s*((?:voir|cf\.?)\s+(?:aussi\s+)?(?:(?:le|la|les|aux?)\s+)?(?:(?:points?|mesures?)\s+)?)(?=\d)`,
      "giu",
    ),
    range: /^(?:\s*[-–—]\s*|\s+(?:à|au)\s+)(?=\d)/iu,
    list: /^(?:\s*,\s*(?:et\s+|ou\s+)?|\s+(?:et|ou)\s+|\s*&\s*)(?=\d)/iu,
    unit: /^\s*(?:%|pour\s*cent|ans?|années?|heures?|h|jours?|semaines?|mois|minutes?|min|secondes?|km|kilom[eè]tres?|m[eè]tres?)(?![\p{L}])/iu,
    seeTail: /^\s*(?:ci-dessus|ci-dessous|plus\s+haut|plus\s+bas)?\s*\)/iu,
  },
};

/** Ranges longer than this are read as two numbers, not expanded. */
const MAX_RANGE = 500;

export function findExplicit(line: string, lang: Lang): ExplicitMatch[] {
  const g = GRAMMARS[lang];
  const out: ExplicitMatch[] = [];
  const covered: [number, number][] = [];
  for (const m of line.matchAll(g.see)) {
    const start = m.index + m[0].indexOf(m[1] ?? "");
    const listAt = m.index + m[0].length;
    const list = readList(line, listAt, g);
    if (!list || !g.seeTail.test(line.slice(list.end))) continue;
    out.push({ text: line.slice(start, list.end), start, end: list.end, numbers: list.numbers });
    covered.push([m.index, list.end]);
  }
  for (const m of line.matchAll(g.keyword)) {
    if (covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const list = readList(line, m.index + m[0].length, g);
    if (!list) continue;
    out.push({ text: line.slice(m.index, list.end), start: m.index, end: list.end, numbers: list.numbers });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Reads "3", "8-10", "3, 4 and 5"... starting at `at`; null when the first number is not an item number. */
function readList(line: string, at: number, g: Grammar): { numbers: number[]; end: number } | null {
  const first = readNumber(line, at, g);
  if (!first) return null;
  const numbers: number[] = [];
  let end = first.end;
  let current = first;
  for (;;) {
    const rest = line.slice(end);
    const r = g.range.exec(rest);
    if (r) {
      const hi = readNumber(line, end + r[0].length, g);
      if (hi) {
        if (hi.value > current.value && hi.value - current.value <= MAX_RANGE) {
          for (let n = current.value; n <= hi.value; n++) numbers.push(n);
        } else numbers.push(current.value, hi.value);
        end = hi.end;
        const next = continueList(line, end, g);
        if (!next) break;
        current = next;
        end = next.end;
        continue;
      }
    }
    numbers.push(current.value);
    const next = continueList(line, end, g);
    if (!next) break;
    current = next;
    end = next.end;
  }
  return { numbers: [...new Set(numbers)], end };
}

function continueList(line: string, at: number, g: Grammar) {
  const s = g.list.exec(line.slice(at));
  return s ? readNumber(line, at + s[0].length, g) : null;
}

function readNumber(line: string, at: number, g: Grammar): { value: number; end: number } | null {
  const m = /^\d{1,6}/.exec(line.slice(at));
  if (!m) return null;
  const end = at + m[0].length;
  const after = line.slice(end);
  // "4.5", "1,000", "4a", "24-hour", "32-point", "7 years"
  if (/^(?:[.,]\d|[\p{L}\p{N}]|[-‐‑]\p{L})/u.test(after) || g.unit.test(after)) return null;
  return { value: Number(m[0]), end };
}
