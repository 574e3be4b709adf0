import { describe, expect, it } from "vitest";
import { readState, statusText, writeState } from "./state.ts";

describe("URL state", () => {
  it("reads the query and pillar, ignoring a bad pillar", () => {
    expect(readState("?q=nexus&pillar=2")).toEqual({ q: "nexus", pillar: 2 });
    expect(readState("?q=a+b")).toEqual({ q: "a b", pillar: null });
    expect(readState("?pillar=x")).toEqual({ q: "", pillar: null });
    expect(readState("?q=biom%C3%A9triques&pillar=0")).toEqual({ q: "biométriques", pillar: null });
  });

  it("writes only what is set, and round-trips", () => {
    expect(writeState({ q: "", pillar: null })).toBe("");
    expect(writeState({ q: "air travel", pillar: null })).toBe("?q=air+travel");
    expect(readState(writeState({ q: "précontrôle & co", pillar: 3 }))).toEqual({ q: "précontrôle & co", pillar: 3 });
  });
});

describe("statusText", () => {
  const strings = {
    results: "{count} results for “{query}”",
    result: "1 result for “{query}”",
    none: "No results for “{query}”.",
  };
  it("picks none, one or many", () => {
    expect(statusText(strings, 0, "zz")).toBe("No results for “zz”.");
    expect(statusText(strings, 1, " nexus ")).toBe("1 result for “nexus”");
    expect(statusText(strings, 12, "air")).toBe("12 results for “air”");
  });
});
