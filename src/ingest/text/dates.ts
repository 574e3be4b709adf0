/**
 * Dates as pages write them out, in English or French: "January 7, 2002", "Jan. 7th, 2002",
 * "7 January 2002", "7 janvier 2002", "le 1er janvier 2002", "lundi 7 janvier 2002".
 * Month names, long and abbreviated, come from the platform's CLDR data (Intl), compared
 * without case or accents ("fevrier" is février). A date needs a day, a month and a year;
 * one that does not exist (30 February) is not a date.
 */
import { foldAccents } from "../../lib/fold.ts";
import { LANGS } from "../model.ts";

/** Lower case, no diacritics, no trailing dot: "Févr." → "fevr". */
const fold = (s: string) => foldAccents(s).replace(/\.$/, "");

/** Folded month name → month number (1–12). */
const MONTHS = new Map<string, number>();
for (const lang of LANGS) {
  for (const width of ["long", "short"] as const) {
    const format = new Intl.DateTimeFormat(lang, { month: width, timeZone: "UTC" });
    for (let m = 0; m < 12; m++) MONTHS.set(fold(format.format(new Date(Date.UTC(2000, m, 1)))), m + 1);
  }
}
MONTHS.set("sept", 9); // English writes "Sept." as often as CLDR's "Sep"

const NAME = String.raw`(\p{L}{3,9}\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|re|e)?`;
const YEAR = String.raw`(\d{4})`;
/** "January 7, 2002", "Jan. 7th 2002". */
const MONTH_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])${NAME}\s+${DAY},?\s+${YEAR}(?!\p{N})`, "gu");
/** "7 janvier 2002", "1er janvier 2002", "7 January, 2002". */
const DAY_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])${DAY}\s+${NAME},?\s+${YEAR}(?!\p{N})`, "gu");

export interface WrittenDate {
  /** YYYY-MM-DD */
  iso: string;
  /** Where the date starts in the text, and its length. */
  index: number;
  length: number;
}

/** The first written-out date in `text`, or null. */
export function findWrittenDate(text: string): WrittenDate | null {
  const found: WrittenDate[] = [];
  for (const m of text.matchAll(MONTH_FIRST)) {
    const iso = isoDate(Number(m[3]), MONTHS.get(fold(m[1]!)), Number(m[2]));
    if (iso) found.push({ iso, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const iso = isoDate(Number(m[3]), MONTHS.get(fold(m[2]!)), Number(m[1]));
    if (iso) found.push({ iso, index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

/**
 * A line that is a date and little else: "January 7, 2002", "Le 7 janvier 2002",
 * "OTTAWA, January 7, 2002", "Monday, January 7, 2002", "2002-01-07".
 */
export function isDateLine(line: string): boolean {
  const date = findWrittenDate(line);
  const iso = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/.exec(line);
  if (!date && !iso) return false;
  const rest = date ? line.slice(0, date.index) + line.slice(date.index + date.length) : line.replace(iso![0], "");
  const words = rest.replace(/[-–—,.:;()/]/g, " ").trim();
  return words === "" || (words.split(/\s+/).length <= 3 && words.length <= 40);
}

function isoDate(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
