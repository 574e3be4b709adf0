/**
 * Where an item's text links to other items: the first mention of each reference, as mdast
 * paragraphs of text and `item:N` links. Pure, and shared: the emitter serialises these
 * paragraphs into the item's file, and the site renders item bodies from the same paragraphs
 * (src/components/ItemBody.astro), so both always link the same words.
 */
import type { Paragraph, PhrasingContent } from "mdast";
import type { Reference } from "./model.ts";
import { isQuoted } from "./kinds.ts";
import { itemLinkUrl } from "./links.ts";

/**
 * Turn the first occurrence of each explicit or mention reference's evidence into a link.
 * Earlier references win when evidence overlaps; text already linked is not linked again.
 */
export function linkFirstMentions(body: string[], references: Reference[]): Paragraph[] {
  type Span = { paragraph: number; start: number; end: number; to: number };
  const spans: Span[] = [];
  for (const ref of references) {
    if (!isQuoted(ref.kind) || ref.evidence === "") continue;
    for (let p = 0; p < body.length; p++) {
      const start = body[p]!.indexOf(ref.evidence);
      if (start === -1) continue;
      const end = start + ref.evidence.length;
      const overlaps = spans.some((s) => s.paragraph === p && start < s.end && s.start < end);
      if (!overlaps && !spans.some((s) => s.to === ref.to)) spans.push({ paragraph: p, start, end, to: ref.to });
      break;
    }
  }
  return body.map((text, p) => {
    const children: PhrasingContent[] = [];
    let at = 0;
    for (const s of spans.filter((s) => s.paragraph === p).sort((a, b) => a.start - b.start)) {
      if (s.start > at) children.push({ type: "text", value: text.slice(at, s.start) });
      children.push({
        type: "link",
        url: itemLinkUrl(s.to),
        children: [{ type: "text", value: text.slice(s.start, s.end) }],
      });
      at = s.end;
    }
    if (at < text.length) children.push({ type: "text", value: text.slice(at) });
    return { type: "paragraph", children };
  });
}

/** A run of an item's text: plain, or linked to another item (`href` is `item:N`). */
export interface Phrase {
  text: string;
  href?: string;
}

/** The paragraphs of linkFirstMentions as plain runs of text, for the site to render. */
export function mentionPhrases(body: string[], references: Reference[]): Phrase[][] {
  return linkFirstMentions(body, references).map((p) =>
    p.children.map((c) =>
      c.type === "link"
        ? { text: c.children.map((t) => ("value" in t ? t.value : "")).join(""), href: c.url }
        : { text: "value" in c ? c.value : "" },
    ),
  );
}
