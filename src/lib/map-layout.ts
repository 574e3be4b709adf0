/**
 * Layout of the cross-reference map: items as nodes in one column per pillar (long pillars
 * wrap into several columns), references as curved edges. Pure geometry, computed at build
 * time, so the map is plain SVG with no client script.
 */
import { kindRank, type ReferenceKind } from "../ingest/kinds.ts";

export interface MapInput {
  pillars: { number: number; items: number[] }[];
  references: { from: number; to: number; kind: ReferenceKind }[];
}
export interface MapNode {
  number: number;
  pillar: number;
  x: number;
  y: number;
}
export interface MapEdge {
  a: number;
  b: number;
  kind: ReferenceKind;
  d: string;
}
export interface MapColumn {
  pillar: number;
  x: number;
}
export interface MapLayout {
  width: number;
  height: number;
  radius: number;
  columns: MapColumn[];
  nodes: MapNode[];
  edges: MapEdge[];
}

const COLUMN = 150;
const ROW = 40;
const TOP = 44;
const MAX_ROWS = 16;

export function layoutMap(input: MapInput): MapLayout {
  const nodes: MapNode[] = [];
  const columns: MapColumn[] = [];
  let column = 0;
  let rows = 0;
  for (const pillar of input.pillars) {
    const span = Math.max(1, Math.ceil(pillar.items.length / MAX_ROWS));
    const perColumn = Math.ceil(pillar.items.length / span);
    columns.push({ pillar: pillar.number, x: COLUMN * (column + span / 2) });
    pillar.items.forEach((number, i) => {
      const c = column + Math.floor(i / perColumn);
      const r = i % perColumn;
      nodes.push({ number, pillar: pillar.number, x: COLUMN * c + COLUMN / 2, y: TOP + ROW * r + ROW / 2 });
    });
    rows = Math.max(rows, perColumn);
    column += span;
  }
  const at = new Map(nodes.map((n) => [n.number, n]));

  // One undirected edge per pair, with the strongest kind.
  const pairs = new Map<string, { a: number; b: number; kind: ReferenceKind }>();
  for (const { from, to, kind } of input.references) {
    if (from === to || !at.has(from) || !at.has(to)) continue;
    const [a, b] = from < to ? [from, to] : [to, from];
    const key = `${a}-${b}`;
    const seen = pairs.get(key);
    if (!seen || kindRank(kind) < kindRank(seen.kind)) pairs.set(key, { a, b, kind });
  }
  const edges = [...pairs.values()]
    .sort((p, q) => p.a - q.a || p.b - q.b)
    .map(({ a, b, kind }) => ({ a, b, kind, d: curve(at.get(a)!, at.get(b)!) }));

  return { width: COLUMN * column, height: TOP + ROW * rows + 8, radius: 14, columns, nodes, edges };
}

/** Same column: an arc bulging right; otherwise an S-curve between the columns. */
function curve(p: MapNode, q: MapNode): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  if (p.x === q.x) {
    const bulge = Math.min(COLUMN * 0.45, 18 + Math.abs(q.y - p.y) * 0.25);
    return `M${r(p.x)} ${r(p.y)}C${r(p.x + bulge)} ${r(p.y)} ${r(q.x + bulge)} ${r(q.y)} ${r(q.x)} ${r(q.y)}`;
  }
  const mid = (p.x + q.x) / 2;
  return `M${r(p.x)} ${r(p.y)}C${r(mid)} ${r(p.y)} ${r(mid)} ${r(q.y)} ${r(q.x)} ${r(q.y)}`;
}
