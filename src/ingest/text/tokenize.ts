/**
 * Splits a line of text into tokens that keep their exact position in the
 * source, so a match can be quoted verbatim (`text.slice(start, end)`).
 *
 * - Words are stemmed (snowball) into `key`, so "Identifiers" and "identifier"
 *   share a key.
 * - A hyphen after a bound prefix joins the parts ("in-transit" = "intransit",
 *   "bi-national" = "binational"), since such compounds are spelled both ways;
 *   other hyphens separate words ("Sarnia-Port", "32-point").
 * - Apostrophes separate ("l'asile" -> "l", "asile"; "Canada's" -> "Canada", "s").
 * - Acronyms ("NEXUS", "U.S.", "IBETs") get their bare capitals as key ("US").
 */
import type { Lang } from "../model.ts";
import { stem } from "./stem.ts";
import { fold, isStopword } from "./stopwords.ts";

export type TokenKind = "word" | "acronym" | "number";

export interface Token {
  /** The token as written. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Matching key: the folded stem for words, the capitals for acronyms, the digits for numbers. */
  key: string;
  /** Function word or number: never a term on its own. */
  stop: boolean;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Non-blank characters between the previous token and this one ("" if only blanks, "^" for the first token). */
  gap: string;
  /** Blank space between the previous token and this one ("a / b" but not "a/b"). */
  spaced: boolean;
}

/** Bound prefixes that join a hyphenated compound ("in-transit" = "intransit"). */
export const PREFIXES: Record<Lang, Set<string>> = {
  en: new Set("anti bi co counter in inter multi non post pre re semi sub trans tri".split(" ")),
  fr: new Set("anti bi co contre inter multi non post pre re semi sous trans tri".split(" ")),
};

// Dotted acronyms first ("U.S.", "É.-U."), then runs of letters/digits joined by hyphens.
const CHUNK = /(?:\p{Lu}\.[-‐‑]?){2,}|[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;
const HYPHEN = /[-‐‑]/;
const ROMAN = /^[IVXLCDM]+$/;

export function tokenize(text: string, lang: Lang): Token[] {
  const out: Token[] = [];
  // A line written all in capitals (a heading) has no acronyms, only shouting.
  const shouting = isShouting(text);
  let prevEnd = 0;
  const push = (surface: string, start: number, bare: string) => {
    const between = text.slice(prevEnd, start);
    const plain = between === " " || between === "";
    const gap = (out.length === 0 ? "^" : "") + (plain ? "" : nonBlank(between));
    out.push(makeToken(surface, start, bare, gap, plain ? between === " " : /\s/.test(between), lang, shouting));
    prevEnd = start + surface.length;
  };
  for (const m of text.matchAll(CHUNK)) {
    const chunk = m[0];
    const base = m.index;
    if (chunk.includes(".")) {
      push(chunk, base, chunk.replace(/[.\-‐‑]/g, ""));
      continue;
    }
    if (!HYPHEN.test(chunk)) {
      push(chunk, base, chunk);
      continue;
    }
    // Split on hyphens, re-joining bound prefixes with what follows.
    const parts: { s: string; at: number }[] = [];
    let at = 0;
    for (const p of chunk.split(HYPHEN)) {
      parts.push({ s: p, at });
      at += p.length + 1;
    }
    let i = 0;
    while (i < parts.length) {
      let j = i;
      while (j + 1 < parts.length && PREFIXES[lang].has(fold(parts[j]!.s))) j++;
      const from = parts[i]!.at;
      const to = parts[j]!.at + parts[j]!.s.length;
      const surface = chunk.slice(from, to);
      push(surface, base + from, surface.replace(/[-‐‑]/g, ""));
      i = j + 1;
    }
  }
  return out;
}

/** What a word is, whatever its position: memoised per language and shouting mode, plans repeat their words. */
interface WordInfo {
  kind: TokenKind;
  key: string;
  stop: boolean;
  capitalised: boolean;
}
const infoCache = new Map<string, Map<string, WordInfo>>();

function wordInfo(bare: string, lang: Lang, shouting: boolean): WordInfo {
  const cacheKey = lang + (shouting ? "!" : "");
  let cache = infoCache.get(cacheKey);
  if (!cache) infoCache.set(cacheKey, (cache = new Map()));
  let info = cache.get(bare);
  if (!info) {
    if (cache.size > 200_000) cache.clear();
    info = classify(bare, lang, shouting);
    cache.set(bare, info);
  }
  return info;
}

function classify(bare: string, lang: Lang, shouting: boolean): WordInfo {
  const capitalised = /^\p{Lu}/u.test(bare);
  if (/^\p{N}+$/u.test(bare)) return { kind: "number", key: bare, stop: true, capitalised: false };
  const acronym = shouting || !capitalised ? null : acronymOf(bare);
  if (acronym) return { kind: "acronym", key: acronym, stop: false, capitalised };
  return { kind: "word", key: stem(lang, bare), stop: isStopword(lang, bare) || bare.length < 2, capitalised };
}

function makeToken(
  text: string,
  start: number,
  bare: string,
  gap: string,
  spaced: boolean,
  lang: Lang,
  shouting: boolean,
): Token {
  const { kind, key, stop, capitalised } = wordInfo(bare, lang, shouting);
  return { text, start, end: start + text.length, kind, key, stop, capitalised, gap, spaced };
}

/** "NEXUS" -> "NEXUS", "IBETs" -> "IBET", "US" -> "US"; "II" (a numeral), "I", "Nexus" -> null. */
export function acronymOf(bare: string): string | null {
  const caps = /^(\p{Lu}{2,})s?$/u.exec(bare)?.[1];
  if (!caps || ROMAN.test(caps)) return null;
  return fold(caps).toUpperCase();
}

function isShouting(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => w === w.toUpperCase()).length;
  return caps / words.length > 0.6;
}

function nonBlank(s: string): string {
  return s.replace(/\s+/g, "");
}

/** True when a gap is punctuation that ends a phrase (",", ".", "(", ";" ...). */
export function isBoundary(gap: string): boolean {
  return /[^/\-‐‑'’&+]/u.test(gap.replace(/^\^/, ""));
}
