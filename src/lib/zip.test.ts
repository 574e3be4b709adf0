import { unzipSync, strFromU8, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { zipFiles } from "./zip.ts";

const files = (order: string[]) => new Map(order.map((p) => [p, strToU8(`content of ${p}`.repeat(20))]));

describe("zipFiles", () => {
  it("holds every file under one folder, readable back", () => {
    const zip = zipFiles(files(["index.html", "en/a.html"]), "plan", "2005-01-13");
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(["plan/en/a.html", "plan/index.html"]);
    expect(strFromU8(back["plan/index.html"]!)).toBe("content of index.html".repeat(20));
  });

  it("gives the same bytes whatever the order given, the clock or the time zone", () => {
    const a = zipFiles(files(["b.txt", "a.txt", "c/d.txt"]), "plan", "2005-01-13");
    const b = zipFiles(files(["c/d.txt", "a.txt", "b.txt"]), "plan", "2005-01-13");
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    const tz = process.env.TZ;
    try {
      process.env.TZ = "Asia/Kolkata";
      const c = zipFiles(files(["a.txt", "b.txt", "c/d.txt"]), "plan", "2005-01-13");
      expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
    } finally {
      process.env.TZ = tz;
    }
  });

  it("stamps each entry with the date given (DOS date fields)", () => {
    const zip = Buffer.from(zipFiles(files(["a.txt"]), "plan", "2005-01-13"));
    // Local file header: the DOS date at offset 12.
    const dosDate = zip.readUInt16LE(12);
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([2005, 1, 13]);
    expect(zip.readUInt16LE(10)).toBe(0); // midnight
  });
});
