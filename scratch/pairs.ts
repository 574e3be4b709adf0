import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { loadPlan } from "../src/ingest/pipeline.ts";
import { termStats, weight } from "../src/ingest/xref/stats.ts";
import { scorePair, titleFactor } from "../src/ingest/xref/related.ts";
import { sharedIds } from "../src/ingest/xref/merge.ts";
const j = parse(readFileSync("tests/fixtures/xref-judged/seed.yaml", "utf8"));
const v = new Map<string, string>(j.pairs.map((p: any) => [`${p.a}-${p.b}`, p.verdict]));
const { plan } = loadPlan({ file: "seeds/en/000_dcfa8fc83ba75180.txt", bytes: readFileSync("seeds/en/000_dcfa8fc83ba75180.txt"), sidecar: { file: "seeds/en/plan.yaml", text: readFileSync("seeds/en/plan.yaml", "utf8") } });
const s = termStats(plan!);
console.log("commonDf", s.commonDf, "rareDf", s.rareDf);
const rows = [];
for (const a of s.docs) for (const b of s.docs) {
  if (a.number >= b.number) continue;
  const sc = scorePair(s, a, b);
  const shared = [...a.tf.keys()].filter((t) => b.tf.has(t)).map((t) => `${t}:${s.df.get(t)}${a.titleTerms.has(t)||b.titleTerms.has(t)?"*":""}`);
  const ph = [...a.phraseIds].filter((p) => b.phraseIds.includes(p)).map((p) => s.phrases[p]);
  rows.push({ k: `${a.number}-${b.number}`, sc, v: v.get(`${a.number}-${b.number}`), shared: shared.join(" "), ph: ph.join("|") });
}
rows.sort((x, y) => y.sc - x.sc);
for (const r of rows.slice(0, Number(process.argv[2] ?? 45))) console.log(r.k.padEnd(6), r.sc.toFixed(2), (r.v ?? "").padEnd(9), r.shared, "||", r.ph);
for (const r of rows) if (r.v === "link") console.log("LINK", r.k, rows.indexOf(r), r.sc.toFixed(2), r.shared, "||", r.ph);
