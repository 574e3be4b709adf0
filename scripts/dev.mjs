// `npm run dev`: ingest once, start Astro's dev server (live reload), and re-ingest whenever
// a file under seeds/ changes. Astro sees the new content/ and reloads the page.
import { spawn, spawnSync } from "node:child_process";
import { watch } from "node:fs";

const ingest = () => spawnSync("npm", ["run", "--silent", "ingest"], { stdio: "inherit" });
ingest();
const astro = spawn("npx", ["astro", "dev", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
});

let timer;
watch("seeds", { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(ingest, 200);
});
astro.on("exit", (code) => process.exit(code ?? 0));
