import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { loadPlan } from "../src/ingest/pipeline.ts";
import { termStats, termWeight } from "../src/ingest/xref/stats.ts";
import { isBoundary } from "../src/ingest/text/tokenize.ts";
const j = parse(readFileSync("tests/fixtures/xref-judged/seed.yaml", "utf8"));
const v = new Map<string, string>(j.pairs.map((p: any) => [`${p.a}-${p.b}`, p.verdict]));
const { plan } = loadPlan({ file: "seeds/en/000_dcfa8fc83ba75180.txt", bytes: readFileSync("seeds/en/000_dcfa8fc83ba75180.txt"), sidecar: { file: "seeds/en/plan.yaml", text: readFileSync("seeds/en/plan.yaml", "utf8") } });
const s = termStats(plan!);
const arg = (k: string, d: number) => Number(process.argv.find((x) => x.startsWith(k + "="))?.slice(k.length + 1) ?? d);
const REM = arg("rem", 3), MINP = arg("minp", 4), WIN = arg("win", 2), CDF = arg("cdf", s.commonDf);
const PFX = new Set("anti bi co counter in inter multi non post pre re semi sub trans tri".split(" "));
const vocab = [...s.df.keys()].filter((t) => /^[a-z]/.test(t)).sort();
const famOf = new Map<string, string>();
for (let i = 0; i < vocab.length; i++) for (let k2 = i + 1; k2 < vocab.length; k2++) {
  const a = vocab[i]!, b = vocab[k2]!;
  let k = 0; while (k < a.length && k < b.length && a[k] === b[k]) k++;
  if (k < MINP) break;
  if (a.length - k <= REM && b.length - k <= REM && !PFX.has(a.slice(0, k))) { famOf.set(b, famOf.get(a) ?? a); console.log("fam", a, b); }
}
const F = (t: string) => famOf.get(t) ?? t;
const docs = s.docs.map((d) => {
  const terms = new Set([...d.tf.keys()].map(F));
  const title = new Set([...d.titleTerms].map(F));
  const grams = new Set<string>();
  for (const tokens of [d.title, ...d.paras]) {
    const cw: { k: string; seg: number }[] = []; let seg = 0;
    for (const t of tokens) { if (isBoundary(t.gap)) seg++; if (!t.stop) cw.push({ k: F(t.key), seg }); }
    for (let i = 0; i < cw.length; i++) for (let q = i + 1; q <= i + WIN && q < cw.length; q++) if (cw[q]!.seg === cw[i]!.seg && cw[q]!.k !== cw[i]!.k) grams.add([cw[i]!.k, cw[q]!.k].sort().join(" "));
  }
  return { d, terms, title, grams };
});
const df = new Map<string, number>(); const gdf = new Map<string, number>();
for (const x of docs) { for (const t of x.terms) df.set(t, (df.get(t) ?? 0) + 1); for (const g of x.grams) gdf.set(g, (gdf.get(g) ?? 0) + 1); }
const W = (t: string) => termWeight(df.get(t) ?? 0, CDF, s.actionTerms.has(t));
const rows = [];
for (const a of docs) for (const b of docs) {
  if (a.d.number >= b.d.number) continue;
  let sc = 0; const sh: string[] = [];
  const tf = (t: string) => 0.5 * (1 + Number(a.title.has(t)) + Number(b.title.has(t)));
  for (const t of a.terms) if (b.terms.has(t) && W(t) > 0) { sc += W(t) * tf(t); sh.push(`${t}:${df.get(t)}`); }
  for (const g of a.grams) if (b.grams.has(g) && (gdf.get(g) ?? 0) < CDF) { const [x, y] = g.split(" "); const add = W(x!) * tf(x!) + W(y!) * tf(y!); if (add > 0) { sc += add; sh.push(`[${g}]`); } }
  rows.push({ k: `${a.d.number}-${b.d.number}`, sc, v: v.get(`${a.d.number}-${b.d.number}`), sh: sh.join(" ") });
}
rows.sort((x, y) => y.sc - x.sc);
rows.slice(0, arg("top", 30)).forEach((r, i) => console.log(i, r.k.padEnd(6), r.sc.toFixed(2), (r.v ?? "").padEnd(9), r.sh));
for (const r of rows) if (r.v === "link") console.log("LINK", r.k, rows.indexOf(r), r.sc.toFixed(2));
console.log("first unrelated", rows.findIndex((r) => r.v === "unrelated"));
