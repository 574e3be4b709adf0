/**
 * Reader: source bytes → text with "\n" line ends.
 * Valid UTF-8 (with or without BOM) is decoded as is. Bytes that are not valid UTF-8 are
 * decoded one by one as Windows-1252 — the usual encoding of old government pages — while
 * the valid UTF-8 around them stays UTF-8: a pure Windows-1252 file reads right, and a
 * UTF-8 file with one stray byte does not turn every accent into mojibake. A warning names
 * the first bad byte, so the fallback is never silent. NUL characters are removed, with a warning.
 */
import type { Diagnostic } from "./model.ts";

export interface ReadResult {
  text: string;
  /** "windows-1252" when some bytes had to be decoded as Windows-1252. */
  encoding: "utf-8" | "windows-1252";
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function readSource(bytes: Uint8Array, file: string): ReadResult {
  return withoutNul(decode(bytes, file), file);
}

function decode(bytes: Uint8Array, file: string): ReadResult {
  try {
    return { text: normaliseLineEnds(utf8.decode(bytes)), encoding: "utf-8", diagnostics: [] };
  } catch {
    // A UTF-8 BOM before a bad byte is still a BOM, not the text "ï»¿".
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const { text, invalid } = decodeMixed(bytes.subarray(bom));
    const offset = invalid[0]! + bom;
    const more = invalid.length > 1 ? ` and ${invalid.length - 1} more byte${invalid.length > 2 ? "s" : ""}` : "";
    const diagnostics: Diagnostic[] = [
      {
        file,
        line: lineAtOffset(bytes, offset),
        severity: "warning",
        message: `not valid UTF-8 at byte offset ${offset} (0x${bytes[offset]!.toString(16).padStart(2, "0")})${more}; decoded ${invalid.length > 1 ? "those bytes" : "that byte"} as Windows-1252`,
      },
    ];
    return { text: normaliseLineEnds(text), encoding: "windows-1252", diagnostics };
  }
}

/**
 * NUL is not text, and cannot be published as written: Markdown turns it into U+FFFD and HTML
 * drops it. It is removed, with a warning at the line of the first one.
 */
function withoutNul(result: ReadResult, file: string): ReadResult {
  const first = result.text.indexOf("\0");
  if (first === -1) return result;
  const count = result.text.split("\0").length - 1;
  const diagnostic: Diagnostic = {
    file,
    line: result.text.slice(0, first).split("\n").length,
    severity: "warning",
    message: `${count === 1 ? "a NUL character (0x00)" : `${count} NUL characters (0x00), the first here`}: removed`,
  };
  return { ...result, text: result.text.replaceAll("\0", ""), diagnostics: [...result.diagnostics, diagnostic] };
}

/** UTF-8 where the bytes are valid UTF-8, Windows-1252 byte by byte where they are not. */
export function decodeMixed(bytes: Uint8Array): { text: string; invalid: number[] } {
  let text = "";
  const invalid: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length === 0) {
      invalid.push(i);
      text += decodeWindows1252(bytes.subarray(i, i + 1));
      i += 1;
    } else {
      text += utf8.decode(bytes.subarray(i, i + length));
      i += length;
    }
  }
  return { text, invalid };
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

/** Length of the valid UTF-8 sequence starting at i, or 0 when there is none. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  // Let the decoder judge the sequence: it also rejects overlongs and surrogates.
  try {
    utf8.decode(bytes.subarray(i, i + length));
    return length;
  } catch {
    return 0;
  }
}

function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}
