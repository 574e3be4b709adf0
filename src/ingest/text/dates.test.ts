import { describe, expect, it } from "vitest";
import { findWrittenDate, isDateLine } from "./dates.ts";

const iso = (text: string) => findWrittenDate(text)?.iso ?? null;

describe("findWrittenDate", () => {
  it("reads English dates, month first or day first", () => {
    expect(iso("January 7, 2002")).toBe("2002-01-07");
    expect(iso("Ottawa, December 12, 2001 — statement")).toBe("2001-12-12");
    expect(iso("Jan. 7th, 2002")).toBe("2002-01-07");
    expect(iso("Sept. 30 2003")).toBe("2003-09-30");
    expect(iso("7 January 2002")).toBe("2002-01-07");
    expect(iso("Monday, 1st March 2004")).toBe("2004-03-01");
  });

  it("reads French dates, with 'le', '1er' and with or without accents", () => {
    expect(iso("7 janvier 2002")).toBe("2002-01-07");
    expect(iso("le 7 janvier 2002")).toBe("2002-01-07");
    expect(iso("Le 1er janvier 2002")).toBe("2002-01-01");
    expect(iso("lundi 29 février 2004")).toBe("2004-02-29");
    expect(iso("15 aout 2003")).toBe("2003-08-15");
    expect(iso("3 déc. 2001")).toBe("2001-12-03");
    expect(iso("DÉCEMBRE 12, 2001")).toBe("2001-12-12");
  });

  it("needs a real day, month and year", () => {
    expect(iso("30 February 2002")).toBeNull();
    expect(iso("31 avril 2002")).toBeNull();
    expect(iso("signed in January 2001")).toBeNull();
    expect(iso("1er janvier")).toBeNull();
    expect(iso("12 Monkeys 1995")).toBeNull();
    expect(iso("January 7, 20021")).toBeNull();
    expect(iso("item 12 May 2002")).toBe("2002-05-12");
  });

  it("takes the first date of a line", () => {
    expect(iso("from 2 May 2002 to January 3, 2003")).toBe("2002-05-02");
    expect(iso("from January 3, 2003 to 2 May 2004")).toBe("2003-01-03");
  });
});

describe("isDateLine", () => {
  it("accepts a date with a place or a weekday, and an ISO date", () => {
    for (const line of ["January 7, 2002", "OTTAWA, January 7, 2002", "Le 7 janvier 2002", "2002-01-07"])
      expect(isDateLine(line), line).toBe(true);
  });

  it("refuses a sentence that contains a date", () => {
    expect(isDateLine("The agreement signed on January 7, 2002 comes into force now.")).toBe(false);
    expect(isDateLine("No date here")).toBe(false);
  });
});
