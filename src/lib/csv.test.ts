import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("toCsv (RFC 4180)", () => {
  it("writes plain fields as they are, numbers as digits, each row ending in CRLF", () => {
    expect(
      toCsv([
        ["number", "title"],
        [7, "Air Preclearance"],
      ]),
    ).toBe("number,title\r\n7,Air Preclearance\r\n");
  });

  it("quotes a field with a comma, a quote or a line break, and doubles its quotes", () => {
    expect(toCsv([["a, b", 'say "yes"', "one\ntwo", "cr\rhere", "plain"]])).toBe(
      '"a, b","say ""yes""","one\ntwo","cr\rhere",plain\r\n',
    );
  });

  it("keeps empty fields and accents", () => {
    expect(toCsv([["", "Précontrôle", ""]])).toBe(",Précontrôle,\r\n");
  });
});
