import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { loadPlan } from "../src/ingest/pipeline.ts";
import { termStats, termWeight } from "../src/ingest/xref/stats.ts";
import { isBoundary } from "../src/ingest/text/tokenize.ts";
const j = parse(readFileSync("tests/fixtures/xref-judged/seed.yaml", "utf8"));
const v = new Map<string, string>(j.pairs.map((p: any) => [`${p.a}-${p.b}`, p.verdict]));
const { plan } = loadPlan({ file: "seeds/en/000_dcfa8fc83ba75180.txt", bytes: readFileSync("seeds/en/000_dcfa8fc83ba75180.txt"), sidecar: { file: "seeds/en/plan.yaml", text: readFileSync("seeds/en/plan.yaml", "utf8") } });
const s = termStats(plan!);
const WIN = Number(process.argv[2] ?? 2), P = Number(process.argv[3] ?? 4);
const PFX = new Set("anti bi co counter in inter multi non post pre re semi sub trans tri".split(" "));
const fam = (k: string) => (k.length <= P || /^[A-Z]/.test(k) || [...PFX].some((p) => k.startsWith(p) && p.length >= P - 1) ? k : k.slice(0, P));
const fdf = new Map<string, number>();
const docs = s.docs.map((d) => {
  const fs = new Set<string>(); const grams = new Map<string, string>();
  for (const tokens of [d.title, ...d.paras]) {
    const cw: { k: string; f: string; seg: number }[] = []; let seg = 0;
    for (const t of tokens) { if (isBoundary(t.gap)) seg++; if (!t.stop) { cw.push({ k: t.key, f: fam(t.key), seg }); fs.add(fam(t.key)); } }
    for (let i = 0; i < cw.length; i++) for (let q = i + 1; q <= i + WIN && q < cw.length; q++) if (cw[q]!.seg === cw[i]!.seg && cw[q]!.f !== cw[i]!.f) { const g = [cw[i]!.f, cw[q]!.f].sort().join(" "); grams.set(g, `${cw[i]!.k} ${cw[q]!.k}`); }
  }
  for (const f of fs) fdf.set(f, (fdf.get(f) ?? 0) + 1);
  return { d, grams };
});
const users = new Map<string, string[]>();
for (const x of docs) for (const [g, raw] of x.grams) { const l = users.get(g) ?? []; l.push(`${x.d.number}:${raw}`); users.set(g, l); }
for (const [g, l] of users) {
  if (l.length !== 2) continue;
  const [x, y] = g.split(" ");
  const w1 = termWeight(fdf.get(x!) ?? 0, s.commonDf), w2 = termWeight(fdf.get(y!) ?? 0, s.commonDf);
  if (w1 <= 0 || w2 <= 0) continue;
  const [a, b] = l.map((e) => Number(e.split(":")[0])).sort((p, q) => p - q);
  console.log(`${a}-${b}`.padEnd(6), (v.get(`${a}-${b}`) ?? "").padEnd(9), g.padEnd(22), l.join(" / "), (w1 + w2).toFixed(2));
}
