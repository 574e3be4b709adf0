import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeMixed, decodeWindows1252, normaliseLineEnds, readSource } from "./read.ts";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

describe("readSource", () => {
  it("strips a UTF-8 byte order mark", () => {
    const result = readSource(bytes([0xef, 0xbb, 0xbf], "32-point Action Plan\n"), "a.txt");
    expect(result.text).toBe("32-point Action Plan\n");
    expect(result.encoding).toBe("utf-8");
    expect(result.diagnostics).toEqual([]);
  });

  it("turns CRLF and lone CR into LF", () => {
    expect(readSource(bytes("one\r\ntwo\r\n\r\nthree"), "a.txt").text).toBe("one\ntwo\n\nthree");
    expect(readSource(bytes("one\rtwo\r\rthree\r"), "a.txt").text).toBe("one\ntwo\n\nthree\n");
    expect(readSource(bytes("a\r\nb\rc\nd"), "a.txt").text).toBe("a\nb\nc\nd");
    expect(normaliseLineEnds("x\r\r\ny")).toBe("x\n\ny");
  });

  it("strips the BOM and normalises line ends together", () => {
    expect(readSource(bytes([0xef, 0xbb, 0xbf], "Title\r\n\r\n1) Item\r\n"), "a.txt").text).toBe("Title\n\n1) Item\n");
  });

  it("decodes invalid UTF-8 as Windows-1252 with a warning naming the first bad byte", () => {
    const result = readSource(bytes("caf", [0xe9]), "notes/plan.txt");
    expect(result.text).toBe("café");
    expect(result.encoding).toBe("windows-1252");
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ file: "notes/plan.txt", line: 1, severity: "warning" });
    expect(d!.message).toContain("byte offset 3");
    expect(d!.message).toContain("0xe9");
    expect(d!.message).toContain("Windows-1252");
  });

  it("gives the line of the first bad byte, counting LF, CRLF and CR line ends", () => {
    // "ok\r\n" is bytes 0-3, "line2\n" 4-9, "bad " 10-13: the 0x93 is at offset 14, on line 3.
    const result = readSource(bytes("ok\r\nline2\nbad ", [0x93], "quoted", [0x94], "\r\nend"), "a.txt");
    expect(result.text).toBe("ok\nline2\nbad \u201cquoted\u201d\nend");
    expect(result.diagnostics[0]).toMatchObject({ line: 3, severity: "warning" });
    expect(result.diagnostics[0]!.message).toContain("byte offset 14");
    // Lone CRs end lines too: the bad byte is on line 3.
    expect(readSource(bytes("a\rb\r", [0xe9]), "a.txt").diagnostics[0]).toMatchObject({ line: 3 });
  });

  it("maps the Windows-1252 specials (0x80-0x9f), not Latin-1 control codes", () => {
    // € ’ – œ “ ” — Ÿ, from the Windows-1252 code page chart.
    const result = readSource(
      bytes([0x80, 0x20, 0x92, 0x20, 0x96, 0x20, 0x9c, 0x20, 0x93, 0x94, 0x20, 0x97, 0x20, 0x9f]),
      "a.txt",
    );
    expect(result.text).toBe("\u20ac \u2019 \u2013 \u0153 \u201c\u201d \u2014 \u0178");
    expect(result.text).not.toMatch(/[\u0080-\u009f]/);
  });

  it("decodes Latin-1 letters and the five unassigned Windows-1252 bytes as themselves", () => {
    expect(decodeWindows1252(new Uint8Array([0x53, 0xe9, 0x63, 0x75, 0x72, 0x69, 0x74, 0xe9, 0x20, 0xc9, 0xff]))).toBe(
      "Sécurité Éÿ",
    );
    expect(decodeWindows1252(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe("\u0081\u008d\u008f\u0090\u009d");
  });

  it("drops a UTF-8 BOM even when the rest falls back to Windows-1252", () => {
    const result = readSource(bytes([0xef, 0xbb, 0xbf], "caf", [0xe9]), "a.txt");
    expect(result.text).toBe("café");
    expect(result.diagnostics[0]!.message).toContain("byte offset 6");
  });

  it("leaves valid multi-byte UTF-8 untouched", () => {
    const text = "Sécurité — « NEXUS » “quoted” Œuvre 日本 🚀\u00a0end\n";
    const result = readSource(bytes(text), "a.txt");
    expect(result.text).toBe(text);
    expect(result.encoding).toBe("utf-8");
    expect(result.diagnostics).toEqual([]);
  });

  it("reads both seeds as UTF-8 without warnings", () => {
    const en = readSource(readFileSync("seeds/en/000_dcfa8fc83ba75180.txt"), "en.txt");
    expect(en.encoding).toBe("utf-8");
    expect(en.diagnostics).toEqual([]);
    expect(en.text).toContain("Français Contact Us");
    const fr = readSource(readFileSync("seeds/fr/plan-action-32-points.txt"), "fr.txt");
    expect(fr.diagnostics).toEqual([]);
    expect(fr.text).toContain("LA CIRCULATION SÉCURITAIRE DES BIENS");
  });
});

// The first byte decodeMixed() takes as Windows-1252, or -1: where the reader's UTF-8 ends.
const firstInvalidUtf8Offset = (b: Uint8Array) => decodeMixed(b).invalid[0] ?? -1;

describe("decodeMixed: the first invalid byte", () => {
  it("is -1 for valid UTF-8", () => {
    expect(firstInvalidUtf8Offset(bytes("plain ascii"))).toBe(-1);
    expect(firstInvalidUtf8Offset(bytes("é€🚀"))).toBe(-1);
    expect(firstInvalidUtf8Offset(new Uint8Array())).toBe(-1);
  });

  it("finds a stray continuation byte or an impossible lead byte", () => {
    expect(firstInvalidUtf8Offset(bytes("ab", [0x80], "c"))).toBe(2);
    expect(firstInvalidUtf8Offset(bytes("é", [0xff]))).toBe(2);
  });

  it("finds a sequence cut short, in the middle or at the end", () => {
    expect(firstInvalidUtf8Offset(bytes("abc", [0xc3]))).toBe(3);
    expect(firstInvalidUtf8Offset(bytes("x", [0xe2, 0x82], "y"))).toBe(1);
  });

  it("rejects overlong forms and surrogates", () => {
    expect(firstInvalidUtf8Offset(bytes([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8Offset(bytes("ok", [0xe0, 0x80, 0xaf]))).toBe(2);
    expect(firstInvalidUtf8Offset(bytes("x", [0xed, 0xa0, 0x80]))).toBe(1);
  });
});

describe("a UTF-8 file with a stray Windows-1252 byte", () => {
  it("keeps the valid UTF-8 as UTF-8 and decodes only the stray byte as Windows-1252", () => {
    // "Sécurité" in UTF-8, then a lone 0x92 (Windows-1252 right single quote), then "à" in UTF-8.
    const bytes = new Uint8Array([...new TextEncoder().encode("Sécurité"), 0x92, ...new TextEncoder().encode("s à")]);
    const result = readSource(bytes, "mixed.txt");
    expect(result.text).toBe("Sécurité\u2019s à");
    expect(result.encoding).toBe("windows-1252");
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.message).toContain("offset 10 (0x92)");
  });
});
