/**
 * A deterministic ZIP of a folder's files (fflate): entries in sorted order under one top
 * folder, every entry stamped with the same date, maximum compression. The same files give
 * the same bytes, whatever the clock or the time zone.
 */
import { zipSync, type Zippable } from "fflate";

/**
 * files: site path → bytes. date: "YYYY-MM-DD", stamped on every entry at midnight (ZIP
 * times have no zone: fflate reads the local fields of a Date, so the Date is built from them).
 */
export function zipFiles(files: Map<string, Uint8Array>, folder: string, date: string): Uint8Array {
  const [y = 1980, m = 1, d = 1] = date.split("-").map(Number);
  const mtime = new Date(Math.max(1980, y), m - 1, d);
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) entries[`${folder}/${path}`] = [files.get(path)!, { mtime }];
  return zipSync(entries, { level: 9, mtime });
}
