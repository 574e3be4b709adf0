/** Excerpts for disk search results, cut and marked the way Pagefind does it over HTTP. */
import type { Segment } from "./types.ts";

const WORD = /[\p{L}\p{N}]+/gu;
/** Words of lead-in before the first match: starting right on it reads abruptly. */
const LEAD = 3;

/**
 * About `length` words of text around where the matched words are densest, with each
 * matched word marked, and "…" where text was cut. isMatch is given each word as written.
 */
export function excerpt(text: string, isMatch: (word: string) => boolean, length = 30): Segment[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    mark: isMatch(m[0]),
  }));
  if (words.length === 0) return text ? [{ text, mark: false }] : [];

  // Start a few words before the match that begins the window of `length` words holding the
  // most matches (the earliest on a tie); no match (a title-only hit) starts at the beginning.
  let first = 0;
  if (words.length > length) {
    let best = 0;
    words.forEach((w, i) => {
      if (!w.mark) return;
      const count = words.slice(i, i + length).filter((x) => x.mark).length;
      if (count > best) [best, first] = [count, i];
    });
    first = Math.max(0, Math.min(first - LEAD, words.length - length));
  }
  const last = Math.min(words.length, first + length) - 1;
  const from = first === 0 ? 0 : words[first]!.start;
  const to = last === words.length - 1 ? text.length : words[last]!.end;

  const segments: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    if (!s) return;
    const prev = segments.at(-1);
    if (prev && prev.mark === mark) prev.text += s;
    else segments.push({ text: s, mark });
  };
  if (from > 0) push("… ", false);
  let at = from;
  for (const w of words.slice(first, last + 1)) {
    push(text.slice(at, w.start), false);
    push(text.slice(w.start, w.end), w.mark);
    at = w.end;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push(" …", false);
  return segments;
}
