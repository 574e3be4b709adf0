/**
 * Atomic output: a folder is replaced whole or not at all.
 * Files are written to a temporary sibling folder, which then takes the place of the
 * old one by rename. If a run is killed between the two renames, the next run puts the
 * previous folder back before doing anything else, so readers never see a half-written tree.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const TMP = ".ingest-tmp-";
const OLD = ".ingest-old-";

export interface ReplaceOptions {
  /** Called after the old folder is moved away and before the new one takes its place (tests). */
  betweenRenames?: () => void;
}

export function replaceDirectory(outDir: string, files: Map<string, string>, options: ReplaceOptions = {}): void {
  const parent = dirname(outDir);
  const name = basename(outDir);
  mkdirSync(parent, { recursive: true });
  recoverInterruptedRun(outDir);

  const tmp = join(parent, `${TMP}${name}-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(tmp, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  mkdirSync(tmp, { recursive: true });

  const old = join(parent, `${OLD}${name}-${process.pid}`);
  if (existsSync(outDir)) renameSync(outDir, old);
  options.betweenRenames?.();
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
}

/** Undo what a killed run left: restore a moved-away folder, delete half-written ones. */
export function recoverInterruptedRun(outDir: string): void {
  const parent = dirname(outDir);
  const name = basename(outDir);
  if (!existsSync(parent)) return;
  const leftovers = readdirSync(parent).sort();
  for (const entry of leftovers) {
    if (isLeftover(entry, OLD, name)) {
      if (existsSync(outDir)) rmSync(join(parent, entry), { recursive: true, force: true });
      else renameSync(join(parent, entry), outDir);
    } else if (isLeftover(entry, TMP, name)) {
      rmSync(join(parent, entry), { recursive: true, force: true });
    }
  }
}

/**
 * `<prefix><name>-<pid>` exactly: a prefix match would take `.ingest-old-content-fr-7`,
 * a sibling folder's leftover, for one of `content`'s.
 */
function isLeftover(entry: string, prefix: string, name: string): boolean {
  return entry.startsWith(`${prefix}${name}-`) && /^\d+$/.test(entry.slice(prefix.length + name.length + 1));
}
