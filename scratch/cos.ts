import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { loadPlan } from "../src/ingest/pipeline.ts";
import { termStats } from "../src/ingest/xref/stats.ts";
import { adjacentPairs } from "../src/ingest/text/terms.ts";
const j = parse(readFileSync("tests/fixtures/xref-judged/seed.yaml", "utf8"));
const v = new Map<string, string>(j.pairs.map((p: any) => [`${p.a}-${p.b}`, p.verdict]));
const { plan } = loadPlan({ file: "seeds/en/000_dcfa8fc83ba75180.txt", bytes: readFileSync("seeds/en/000_dcfa8fc83ba75180.txt"), sidecar: { file: "seeds/en/plan.yaml", text: readFileSync("seeds/en/plan.yaml", "utf8") } });
const s = termStats(plan!);
const N = s.docs.length;
const fam = process.argv.includes("fam");
const PFX = new Set("anti bi co counter in inter multi non post pre re semi sub trans tri".split(" "));
const vocab = [...s.df.keys()].filter((t) => /^[a-z]/.test(t)).sort();
const famOf = new Map<string, string>();
if (fam) {
  for (const a of vocab) for (const b of vocab) {
    if (a >= b) continue;
    let k = 0; while (k < a.length && k < b.length && a[k] === b[k]) k++;
    const short = Math.min(a.length, b.length);
    if (k >= 4 && k >= 0.75 * short && !PFX.has(a.slice(0, k))) { const r = famOf.get(a) ?? a; famOf.set(b, r); if (!famOf.has(a)) famOf.set(a, a); console.log("fam", a, b); }
  }
}
const F = (t: string) => famOf.get(t) ?? t;
const titleW = Number(process.argv.find((x) => x.startsWith("tw="))?.slice(3) ?? 2);
const vecs = s.docs.map((d) => {
  const m = new Map<string, number>();
  for (const [t, c] of d.tf) m.set(F(t), (m.get(F(t)) ?? 0) + c + (d.titleTerms.has(t) ? titleW - 1 : 0));
  if (process.argv.includes("ph")) for (const tokens of [d.title, ...d.paras]) for (const p of adjacentPairs(tokens)) { const [x, y] = p.split(" "); const k = "§" + [F(x!), F(y!)].sort().join(" "); m.set(k, 1); }
  return { d, m };
});
const df = new Map<string, number>();
for (const { m } of vecs) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
const idf = (k: string) => { const n = df.get(k)!; return n < 2 ? 0 : Math.log(N / n); };
const w = vecs.map(({ d, m }) => { const o = new Map<string, number>(); let norm = 0; for (const [k, c] of m) { const x = (1 + Math.log(c)) * idf(k); if (x > 0) { o.set(k, x); norm += x * x; } } return { d, o, norm: Math.sqrt(norm) }; });
const rows = [];
for (const a of w) for (const b of w) {
  if (a.d.number >= b.d.number) continue;
  let dot = 0; const sh: string[] = [];
  for (const [k, x] of a.o) { const y = b.o.get(k); if (y) { dot += x * y; sh.push(k); } }
  rows.push({ k: `${a.d.number}-${b.d.number}`, sc: dot / (a.norm * b.norm || 1), v: v.get(`${a.d.number}-${b.d.number}`), sh: sh.join(" ") });
}
rows.sort((x, y) => y.sc - x.sc);
rows.slice(0, 40).forEach((r, i) => console.log(i, r.k.padEnd(6), r.sc.toFixed(3), (r.v ?? "").padEnd(9), r.sh));
for (const r of rows) if (r.v === "link") console.log("LINK", r.k, rows.indexOf(r), r.sc.toFixed(3));
