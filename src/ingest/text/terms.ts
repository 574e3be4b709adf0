/**
 * What a token stream says, in the units cross-referencing works with:
 * terms (content-word stems and acronyms), two-word phrases, the readings of a
 * title, and the names (acronyms, capitalised multi-word names) of a text.
 */
import { isBoundary, type Token } from "./tokenize.ts";

export interface Term {
  /** Stem, or acronym in capitals. */
  term: string;
  /** As written (lower-cased unless an acronym or a name), for evidence. */
  text: string;
}

/**
 * Content-word stems and acronyms, in order. A run of capitalised words whose
 * initials spell an acronym of `acronyms` ("United States" when the plan also
 * writes "U.S.") is that acronym, so both spellings count as one term.
 */
export function termsOf(tokens: readonly Token[], acronyms: ReadonlySet<string>): Term[] {
  const out: Term[] = [];
  const spans = expansionSpans(tokens, acronyms);
  for (let i = 0; i < tokens.length; i++) {
    const span = spans.get(i);
    if (span) {
      out.push({
        term: span.acronym,
        text: tokens
          .slice(i, span.last + 1)
          .map((t) => t.text)
          .join(" "),
      });
      i = span.last;
      continue;
    }
    const t = tokens[i]!;
    if (!t.stop) out.push({ term: t.key, text: t.kind === "acronym" ? t.text : t.text.toLowerCase() });
  }
  return out;
}

/** Runs of capitalised words whose initials spell a known acronym, by index of their first token. */
export function expansionSpans(
  tokens: readonly Token[],
  acronyms: ReadonlySet<string>,
): Map<number, { last: number; acronym: string }> {
  const spans = new Map<number, { last: number; acronym: string }>();
  if (acronyms.size === 0) return spans;
  const isCap = (t: Token | undefined) => t !== undefined && t.kind === "word" && t.capitalised && !t.stop;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i])) continue;
    let initials = "";
    let best: { last: number; acronym: string } | null = null;
    for (let j = i; j < tokens.length && j - i < 8; j++) {
      const t = tokens[j]!;
      if (!isCap(t) || (j > i && !joinedBySpace(t))) break;
      initials += initial(t.text);
      if (j > i && acronyms.has(initials)) best = { last: j, acronym: initials };
    }
    if (best) {
      spans.set(i, best);
      i = best.last;
    }
  }
  return spans;
}

/** Keys of each two content words next to each other ("intransit preclear"); function words between them are allowed. */
export function adjacentPairs(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  let prev: Token | null = null;
  let stops = 0;
  for (const t of tokens) {
    if (prev && isBoundary(t.gap)) prev = null;
    if (t.stop) {
      if (t.kind === "number" || ++stops > 2) prev = null;
      continue;
    }
    if (prev) out.push(`${prev.key} ${t.key}`);
    prev = t;
    stops = 0;
  }
  return out;
}

/**
 * The content-word keys of a title, one list per reading: " / " between
 * phrases splits the title ("Advance Passenger Information / Passenger Name
 * Record"), "a/b" between words offers alternatives ("Refugee/Asylum
 * Processing" reads "Refugee Processing" and "Asylum Processing").
 */
export function titleVariants(title: readonly Token[]): string[][] {
  const parts: Token[][] = [[]];
  for (const t of title) {
    if (t.gap === "/" && t.spaced) parts.push([]);
    parts[parts.length - 1]!.push(t);
  }
  const out: string[][] = [];
  for (const part of parts) {
    const groups: string[][] = [];
    for (const t of part) {
      if (t.stop) continue;
      const last = groups[groups.length - 1];
      if (t.gap === "/" && last) last.push(t.key);
      else groups.push([t.key]);
    }
    let variants: string[][] = [[]];
    for (const g of groups) {
      if (variants.length * g.length > 16) break;
      variants = variants.flatMap((v) => g.map((k) => [...v, k]));
    }
    out.push(...variants.filter((v) => v.length > 0));
  }
  return out;
}

/**
 * Names in a body line, as keys: each acronym, and each run of two or more
 * capitalised words ("Cross-Border Crime Forum", "Memorandum of Understanding").
 * A capitalised word opening a sentence is not part of a name ("Sign the ...").
 */
export function namesIn(tokens: readonly Token[]): string[][] {
  const out: string[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && run[0]!.kind === "word" && startsSentence(tokens, tokens.indexOf(run[0]!))) run.shift();
    while (run.length > 0 && run[run.length - 1]!.stop) run.pop();
    const content = run.filter((t) => !t.stop);
    if (content.length >= 2) out.push(content.map((t) => t.key));
    run = [];
  };
  for (const t of tokens) {
    if (run.length > 0 && isBoundary(t.gap)) flush();
    if (t.kind === "acronym") {
      flush();
      out.push([t.key]);
    } else if (t.kind === "word" && !t.stop && t.capitalised) run.push(t);
    else if (run.length > 0 && t.kind === "word" && t.stop && !t.capitalised && !COORDINATORS.has(t.text)) run.push(t);
    else flush();
  }
  flush();
  return out;
}

/** Words that join two names rather than make one ("Canada and the United States"). */
const COORDINATORS = new Set(["and", "or", "et", "ou"]);

/** The token at `i` opens a sentence: first of the line, or after ". ", "? ", ": ", "; ". */
export function startsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return i === 0 || (t !== undefined && /[.!?:;]/.test(t.gap));
}

function joinedBySpace(t: Token): boolean {
  return t.gap === "" || t.gap === "-" || t.gap === "‐" || t.gap === "‑";
}

function initial(word: string): string {
  return (word.normalize("NFD")[0] ?? "").toUpperCase();
}
