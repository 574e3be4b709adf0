/**
 * Marks, on a page opened from a search result, the words the search matched: the page's
 * URL carries them (?mark=…, see marks.ts). Bundled to dist/search/mark.js, a classic
 * script that a page loads only when its URL has that parameter (see Base.astro), so a
 * page opened normally loads nothing. Marks are <mark> elements, which change no layout;
 * the first is scrolled into view.
 */
import { normalizeTerm } from "./disk-options.ts";
import { readMarks, WORD } from "./marks.ts";

/** Text that is not the page's own: other items' titles, the translation notice, scripts. */
const SKIP = '[data-pagefind-ignore="all"], .notice, script, style, mark, svg, nav';

/** Wrap every word of root's text whose folded form is in words in a <mark>; returns the marks, in order. */
export function markWords(root: HTMLElement, words: Set<string>): HTMLElement[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const value = text.data;
    const found = [...value.matchAll(WORD)].filter((m) => words.has(normalizeTerm(m[0]) ?? ""));
    if (found.length === 0) continue;
    const parts = doc.createDocumentFragment();
    let at = 0;
    for (const m of found) {
      if (m.index > at) parts.append(value.slice(at, m.index));
      const mark = doc.createElement("mark");
      mark.textContent = m[0];
      parts.append(mark);
      marks.push(mark);
      at = m.index + m[0].length;
    }
    if (at < value.length) parts.append(value.slice(at));
    text.replaceWith(parts);
  }
  return marks;
}

function main(): void {
  const words = readMarks(location.search);
  const root = document.getElementById("main");
  if (words.size === 0 || !root) return;
  const [first] = markWords(root, words);
  if (!first) return;
  const box = first.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) first.scrollIntoView({ block: "center" });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
else main();
