/** Classified lines → blocks: item headings, pillar headings and text paragraphs. */
import { ITEM_HEADING, type Kind } from "./classify.ts";
import { squash, type Line } from "./source-lines.ts";

export type Block =
  | { kind: "item"; line: number; number: number; title: string }
  | { kind: "pillar"; line: number; heading: string; raw: string[] }
  | { kind: "text"; line: number; text: string; raw: string[] };

/** Lines → blocks: item headings (a wrapped title joined), capitals headings, text paragraphs. */
export function blocks(lines: readonly Line[], kinds: readonly Kind[], joins: readonly boolean[]): Block[] {
  const result: Block[] = [];
  lines.forEach((line, k) => {
    const kind = kinds[k]!;
    const prev = lines[k - 1];
    const last = result.at(-1);
    if (kind === "item") {
      const m = ITEM_HEADING.exec(line.raw)!;
      result.push({ kind: "item", line: line.no, number: Number(m[1]), title: squash(m[2]!) });
    } else if (kind === "more" && last?.kind === "item") {
      last.title = `${last.title} ${line.text}`;
    } else if (kind === "capitals") {
      if (last?.kind === "pillar" && joins[k]) {
        last.raw.push(line.raw);
        last.heading = squash(last.raw.join(" "));
      } else {
        result.push({ kind: "pillar", line: line.no, heading: line.text, raw: [line.raw] });
      }
    } else if (kind === "text" && last?.kind === "text" && prev!.paragraph === line.paragraph) {
      last.raw.push(line.raw);
      last.text = `${last.text} ${line.text}`;
    } else {
      // Text after a heading, a blank line or a capitals line starts a paragraph; so does each list entry.
      result.push({ kind: "text", line: line.no, text: line.text, raw: [line.raw] });
    }
  });
  return result;
}
