import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { loadPlan } from "../src/ingest/pipeline.ts";
import { termStats, weight, isRare } from "../src/ingest/xref/stats.ts";
import { isBoundary } from "../src/ingest/text/tokenize.ts";
const j = parse(readFileSync("tests/fixtures/xref-judged/seed.yaml", "utf8"));
const v = new Map<string, string>(j.pairs.map((p: any) => [`${p.a}-${p.b}`, p.verdict]));
const lang = process.argv[2] ?? "en";
const files: any = { en: ["seeds/en/000_dcfa8fc83ba75180.txt", "seeds/en/plan.yaml"], fr: ["seeds/fr/plan-action-32-points.txt", "seeds/fr/plan.yaml"] };
const { plan } = loadPlan({ file: files[lang][0], bytes: readFileSync(files[lang][0]), sidecar: { file: files[lang][1], text: readFileSync(files[lang][1], "utf8") } });
const s = termStats({ ...plan!, translation: null });
const by = new Map<string, Set<number>>();
for (const d of s.docs) {
  for (const tokens of [d.title, ...d.paras]) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!; if (t.stop) continue;
      // next content word within <=2 stops, no boundary
      let q = i + 1, stops = 0;
      while (q < tokens.length && tokens[q]!.stop && tokens[q]!.kind === "word" && stops < 2 && !isBoundary(tokens[q]!.gap)) { q++; stops++; }
      const u = tokens[q]; if (!u || u.stop || isBoundary(u.gap)) continue;
      const after = tokens[q + 1]; const before = tokens[i - 1];
      const closedR = !after || after.stop || isBoundary(after.gap);
      const closedL = !before || before.stop || isBoundary(t.gap);
      const head = lang === "en" ? u.key : t.key;
      if (!(lang === "en" ? closedR : closedL)) continue;
      const k = `${t.key} ${u.key}`;
      if (!by.has(k)) by.set(k, new Set()); by.get(k)!.add(d.number);
      (by as any)[k + "#h"] = head;
    }
  }
}
for (const [k, set] of by) {
  if (set.size !== 2) continue;
  const head = (by as any)[k + "#h"];
  const [a, b] = [...set].sort((x, y) => x - y);
  console.log(k.padEnd(28), `${a}-${b}`.padEnd(6), (v.get(`${a}-${b}`) ?? "-").padEnd(9), "head", head, s.df.get(head), isRare(s, head) ? "RARE" : "", weight(s, head).toFixed(2));
}
