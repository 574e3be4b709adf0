/**
 * Reader: source bytes → text with "\n" line ends.
 * Valid UTF-8 (with or without BOM) is decoded as is. Anything else is decoded as
 * Windows-1252 — the usual encoding of old government pages — with a warning that
 * names the first byte that is not UTF-8, so the fallback is never silent.
 */
import type { Diagnostic } from "./model.ts";

export interface ReadResult {
  text: string;
  encoding: "utf-8" | "windows-1252";
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function readSource(bytes: Uint8Array, file: string): ReadResult {
  const diagnostics: Diagnostic[] = [];
  let text: string;
  let encoding: ReadResult["encoding"] = "utf-8";
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    encoding = "windows-1252";
    // A UTF-8 BOM before a bad byte is still a BOM, not the text "ï»¿".
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    text = decodeWindows1252(bytes.subarray(bom));
    diagnostics.push({
      file,
      line: lineAtOffset(bytes, offset),
      severity: "warning",
      message: `not valid UTF-8 at byte offset ${offset} (0x${bytes[offset]!.toString(16).padStart(2, "0")}); decoded the file as Windows-1252`,
    });
  }
  return { text: normaliseLineEnds(text), encoding, diagnostics };
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (WHATWG index); the rest of the code page is Latin-1.
 * Not `new TextDecoder("windows-1252")`: Node ≥ 20.18.3 decodes that as Latin-1
 * (nodejs/node#56542, #60888), so the smart quotes, dashes and € of old pages would
 * become invisible C1 control codes.
 */
const CP1252_80_9F =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : String.fromCharCode(b);
  return text;
}

/** CRLF and lone CR become LF. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // Let the decoder judge the sequence: it also rejects overlongs and surrogates.
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}
