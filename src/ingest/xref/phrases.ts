/**
 * Rare shared phrases: two items, and no other, write the same phrase, which names a thing
 * both deal with, as shared loose words do not. Two forms:
 *
 * 1. A two-word noun phrase whose head noun is rare in the plan ("international zones",
 *    "resident cards").
 * 2. Two words near each other (at most WINDOW content words apart) in both texts, in the
 *    same or another form of the words ("maritime … intransit" and "marine intransit"), one
 *    of them in one of the two titles: the subject of one item, named with the same
 *    qualifier in the other. Forms of a word are told by their first FAMILY_LETTERS letters
 *    (after any bound prefix such as "inter", "trans"); both words must weigh something
 *    (see stats.ts), so a word the plan uses everywhere never counts.
 *
 * The head is the phrase's last word in English and its first in French ("zones
 * internationales"), and the phrase must end where the noun phrase ends: "legal and
 * operational issues" and "legal and operational challenges" share only the modifiers of two
 * different nouns. A phrase whose head the plan uses everywhere ("land border") names
 * nothing particular.
 *
 * One pass over the tokens; each phrase is kept while at most two items use it, so the cost
 * is linear in the text.
 */
import type { Lang } from "../model.ts";
import { startsSentence } from "../text/terms.ts";
import { isBoundary, PREFIXES, tokenize, type Token } from "../text/tokenize.ts";
import { isRare, termWeight, weight, type Doc, type TermStats } from "./stats.ts";

/** Function words allowed between the two words of a noun phrase ("partnership with the industry"). */
const MAX_SKIPPED = 2;
/** Content words that may come between two near words ("maritime port intransit"). */
const WINDOW = 2;
/** Letters that tell the forms of a word ("marin-e", "mari-time": "mari"). */
const FAMILY_LETTERS = 4;

interface Span {
  key: string;
  first: number;
  last: number;
}

export interface PhrasePair {
  a: Doc;
  b: Doc;
  /** The phrase as each item writes it. */
  inA: string;
  inB: string;
}

const HEAD_LAST: Record<Lang, boolean> = { en: true, fr: false };

/** Pairs of items that alone share a rare phrase, by item numbers; one per pair (noun phrases first). */
export function phrasePairs(stats: TermStats): PhrasePair[] {
  const families = new Families(stats);
  const nouns = new Users();
  const near = new Users();
  for (const doc of stats.docs) {
    // Body first: the evidence quotes the body when it has the phrase.
    const lines = [...doc.item.body, doc.item.title];
    [...doc.paras, doc.title].forEach((tokens, l) => {
      const text = (s: Span) => (lines[l] ?? "").slice(tokens[s.first]!.start, tokens[s.last]!.end);
      for (const s of nounPhrases(stats, tokens, tokens === doc.title)) nouns.add(s.key, doc, text(s));
      for (const s of families.nearWords(tokens)) near.add(s.key, doc, text(s));
    });
  }
  const pairs = new Map<string, PhrasePair>();
  const keep = (p: PhrasePair) => {
    const id = `${p.a.number}-${p.b.number}`;
    if (!pairs.has(id)) pairs.set(id, p);
  };
  for (const p of nouns.pairs()) keep(p);
  // Near words count when the two texts word them differently: the same words side by side are
  // a noun phrase, which must pass the test above ("law enforcement" has a common head).
  for (const p of near.pairs()) {
    if (
      wordsOf(stats, p.inA) !== wordsOf(stats, p.inB) &&
      (families.inTitle(p.key, p.a) || families.inTitle(p.key, p.b))
    )
      keep(p);
  }
  return [...pairs.values()].sort((p, q) => p.a.number - q.a.number || p.b.number - q.b.number);
}

/** The content-word keys of a wording, in order. */
function wordsOf(stats: TermStats, text: string): string {
  return tokenize(text, stats.lang)
    .filter((t) => !t.stop)
    .map((t) => t.key)
    .join(" ");
}

/** Phrase -> the items using it (each once, with its wording), kept while at most two do. */
class Users {
  private readonly by = new Map<string, { doc: Doc; text: string }[]>();

  add(key: string, doc: Doc, text: string): void {
    const list = this.by.get(key) ?? [];
    if (list.length > 2 || list.some((u) => u.doc === doc)) return;
    list.push({ doc, text });
    this.by.set(key, list);
  }

  /** The phrases exactly two items use, as pairs (lower item number first). */
  *pairs(): Generator<PhrasePair & { key: string }> {
    for (const [key, list] of this.by) {
      if (list.length !== 2) continue;
      const [x, y] = list[0]!.doc.number < list[1]!.doc.number ? [list[0]!, list[1]!] : [list[1]!, list[0]!];
      yield { key, a: x.doc, b: y.doc, inA: x.text, inB: y.text };
    }
  }
}

/** Word families of a plan: the forms of a word, known by their first letters, and how many items use each. */
export class Families {
  private readonly df = new Map<string, number>();
  private readonly titles = new Map<Doc, Set<string>>();
  private readonly prefixes: string[];

  constructor(private readonly stats: TermStats) {
    this.prefixes = [...PREFIXES[stats.lang]];
    for (const doc of stats.docs) {
      const seen = new Set<string>();
      for (const w of doc.words) seen.add(this.of(w));
      for (const f of seen) this.df.set(f, (this.df.get(f) ?? 0) + 1);
      this.titles.set(doc, new Set(doc.title.filter((t) => !t.stop).map((t) => this.of(t.key))));
    }
  }

  /**
   * The family of a word key: its first letters; the whole key if it is short, an acronym, or
   * opens with a bound prefix, whose first letters tell nothing ("remote", "removal").
   */
  of(key: string): string {
    if (key.length <= FAMILY_LETTERS || /\p{Lu}/u.test(key)) return key;
    if (this.prefixes.some((p) => key.startsWith(p))) return key;
    return key.slice(0, FAMILY_LETTERS);
  }

  /** A family weighs what a term used by as many items would (see stats.ts). */
  weight(family: string): number {
    return termWeight(this.df.get(family) ?? 0, this.stats.commonDf);
  }

  inTitle(key: string, doc: Doc): boolean {
    const title = this.titles.get(doc);
    return key.split(" ").some((f) => title?.has(f));
  }

  /**
   * Pairs of weighted content words at most WINDOW words apart within a phrase, keyed by their
   * families in the order of the text: "system for intelligence" and "intelligent … systems"
   * say different things.
   */
  nearWords(tokens: readonly Token[]): Span[] {
    const out: Span[] = [];
    const words: { i: number; family: string }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (isBoundary(t.gap)) words.length = 0;
      if (t.stop) continue;
      const family = this.of(t.key);
      const ok = !this.stats.actionTerms.has(t.key) && this.weight(family) > 0;
      for (const w of words.slice(-WINDOW)) {
        if (ok && w.family !== "" && w.family !== family)
          out.push({ key: `${w.family} ${family}`, first: w.i, last: i });
      }
      words.push({ i, family: ok ? family : "" });
    }
    return out;
  }
}

/** The closed two-word noun phrases of a token stream whose head is rare, as keys and token spans. */
export function nounPhrases(stats: TermStats, tokens: readonly Token[], inTitle = false): Span[] {
  const headLast = HEAD_LAST[stats.lang];
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.stop) continue;
    let q = i + 1;
    let skipped = 0;
    while (q < tokens.length && tokens[q]!.stop && tokens[q]!.kind === "word" && skipped < MAX_SKIPPED) {
      if (isBoundary(tokens[q]!.gap)) break;
      q++;
      skipped++;
    }
    const u = tokens[q];
    if (!u || u.stop || isBoundary(u.gap) || u.key === t.key) continue;
    // Two capitalised words inside a sentence are a name, most often a place ("United States").
    if (!inTitle && t.capitalised && u.capitalised && !startsSentence(tokens, i)) continue;
    const after = tokens[q + 1];
    const before = tokens[i - 1];
    const closed = headLast
      ? !after || after.stop || isBoundary(after.gap)
      : !before || before.stop || isBoundary(t.gap);
    if (!closed) continue;
    const [head, modifier] = headLast ? [u.key, t.key] : [t.key, u.key];
    if (!isRare(stats, head) || weight(stats, head) <= 0 || stats.actionTerms.has(modifier)) continue;
    out.push({ key: `${t.key} ${u.key}`, first: i, last: q });
  }
  return out;
}
