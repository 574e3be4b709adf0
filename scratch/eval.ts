import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { ingest } from "../src/ingest/pipeline.ts";
const j = parse(readFileSync("tests/fixtures/xref-judged/seed.yaml", "utf8"));
const v = new Map<string, string>(j.pairs.map((p: any) => [`${p.a}-${p.b}`, p.verdict]));
const sc = process.argv.includes("nolinks") ? (t: string) => t.replace(/^links:[\s\S]*$/m, "") : (t: string) => t;
const r = ingest([{ file: "seeds/en/000_dcfa8fc83ba75180.txt", bytes: readFileSync("seeds/en/000_dcfa8fc83ba75180.txt"), sidecar: { file: "seeds/en/plan.yaml", text: sc(readFileSync("seeds/en/plan.yaml", "utf8")) } }]);
const plan = r.plans[0]!;
const pairs = new Map<string, string>();
for (const i of plan.items) for (const ref of i.references) { const k = `${Math.min(i.number, ref.to)}-${Math.max(i.number, ref.to)}`; pairs.set(k, (pairs.get(k) ? pairs.get(k) + " | " : "") + `${i.number}->${ref.to} ${ref.kind} "${ref.evidence}"`); }
const links = [...v].filter(([, x]) => x === "link").map(([k]) => k);
let tp = 0, fp = 0;
for (const [k, e] of [...pairs].sort()) { const x = v.get(k); if (x === "link") tp++; if (x === "unrelated") fp++; console.log(k.padEnd(6), (x ?? "").padEnd(9), e); }
console.log("missed", links.filter((k) => !pairs.has(k)));
console.log("P", (tp / (tp + fp)).toFixed(3), "R", (tp / links.length).toFixed(3), "detected", pairs.size);
