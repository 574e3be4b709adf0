/** The result list: one <li> per page, "7. Air Preclearance — The Secure Flow of People", then the excerpt. */
import { relativeUrl } from "../lib/urls.ts";
import { markQuery } from "./mark-query.ts";
import type { Hit } from "./types.ts";

/**
 * Replace the list's children with hits; links are relative to the search page (fromPath)
 * and carry the words to mark on the page they open.
 */
export function renderResults(list: HTMLElement, hits: Hit[], fromPath: string): void {
  const doc = list.ownerDocument;
  const items = hits.map((hit) => {
    const li = doc.createElement("li");
    const heading = doc.createElement("p");
    heading.className = "search-hit";
    const a = doc.createElement("a");
    a.href = relativeUrl(fromPath, hit.path + markQuery(hit.words));
    a.textContent = hit.title;
    heading.append(a);
    if (hit.pillar) {
      const pillar = doc.createElement("span");
      pillar.className = "search-pillar";
      pillar.textContent = ` — ${hit.pillar}`;
      heading.append(pillar);
    }
    li.append(heading);
    if (hit.excerpt.length > 0) {
      const p = doc.createElement("p");
      p.className = "search-excerpt";
      for (const s of hit.excerpt)
        p.append(s.mark ? Object.assign(doc.createElement("mark"), { textContent: s.text }) : s.text);
      li.append(p);
    }
    return li;
  });
  list.replaceChildren(...items);
}
