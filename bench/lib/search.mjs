/**
 * Search latency, from bench/search-latency.mjs (written with the search feature): it serves
 * ./dist over HTTP and opens it from disk, types queries one key at a time and prints a
 * console.table of keystroke-to-paint times. Run here in the bench's own site folder, so
 * its ./dist is the site the bench built; its table is read back into rows.
 */
import { dirname } from "node:path";
import { measure } from "./proc.mjs";

export async function runSearchLatency({ script, dist, runs }) {
  const result = await measure(process.execPath, [script, String(runs)], { cwd: dirname(dist), allowFailure: true });
  const rows = parseConsoleTable(result.stdout);
  const summary = result.stdout
    .split("\n")
    .filter((l) => l.trim() && !/^[│┌├└]/.test(l.trim()))
    .join(" ")
    .trim();
  if (result.code !== 0 || rows.length === 0) {
    return { error: `exit ${result.code}: ${(result.stderr || result.stdout).trim().slice(-500)}` };
  }
  return { rounds: runs, rows, summary };
}

/** Rows of Node's console.table output ("│ (index) │ a │ b │" …), as objects keyed by the header. */
export function parseConsoleTable(text) {
  const lines = text.split("\n").filter((l) => l.trim().startsWith("│"));
  if (lines.length < 2) return [];
  const cells = (l) =>
    l
      .trim()
      .slice(1, -1)
      .split("│")
      .map((c) => c.trim().replace(/^'(.*)'$/, "$1"));
  const [head, ...body] = lines.map(cells);
  return body.map((row) =>
    Object.fromEntries(
      head.slice(1).map((h, i) => {
        const v = row[i + 1] ?? "";
        return [h, v !== "" && !Number.isNaN(Number(v)) ? Number(v) : v];
      }),
    ),
  );
}
