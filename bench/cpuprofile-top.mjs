#!/usr/bin/env node
/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time and
 * the most total (inclusive) time, as "ms  function  file:line".
 *
 *   node bench/cpuprofile-top.mjs PROFILE.cpuprofile [--top 25] [--filter src/]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "25" }, filter: { type: "string", default: "" } },
});
const top = Number(values.top);
for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  // timeDeltas[i] is the time before samples[i]; attribute it to that sample.
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const key = (n) => {
    const f = n.callFrame;
    const url = f.url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
    return `${f.functionName || "(anonymous)"}  ${url}:${f.lineNumber + 1}`;
  };
  const selfBy = new Map();
  const totalBy = new Map();
  for (const [id, ms] of self) {
    const n = nodes.get(id);
    selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + ms);
    // Inclusive: each distinct function on the stack once.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(nodes.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const show = (title, map) => {
    console.log(`\n${title}`);
    [...map]
      .filter(([k]) => k.includes(values.filter))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .forEach(([k, ms]) => console.log(`${ms.toFixed(0).padStart(8)} ms  ${k}`));
  };
  console.log(`${file}: ${total.toFixed(0)} ms sampled`);
  show("self time", selfBy);
  show("total time", totalBy);
}
