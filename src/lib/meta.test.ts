import { describe, expect, it } from "vitest";
import { pageMeta } from "./meta.ts";
import { resolveWords } from "./words.ts";

const plan = (over: { issued?: string; lastUpdated?: string; publisher?: string } = {}) => ({
  lang: "en" as const,
  lastUpdated: over.lastUpdated,
  words: resolveWords({ name: "Compact", publisher: over.publisher, issued: over.issued }, undefined, "Title"),
});
const page = { path: "en/about.html", title: "About", description: "D", icon: "../favicon.svg" };

describe("pageMeta", () => {
  it("titles a page after itself and the site, and the page named after the site once", () => {
    expect(pageMeta(plan(), page, []).title).toBe("About — Compact");
    expect(pageMeta(plan(), { ...page, title: "Compact" }, []).title).toBe("Compact");
    expect(pageMeta(plan(), page, []).pageTitle).toBe("About");
  });

  it("dates a page by its source: issued from the sidecar, else the page's own date", () => {
    expect(pageMeta(plan({ lastUpdated: "2019-06-04" }), page, [])).toMatchObject({
      issued: "2019-06-04",
      modified: "2019-06-04",
    });
    expect(pageMeta(plan({ lastUpdated: "2019-06-04", issued: "2019-05-20" }), page, [])).toMatchObject({
      issued: "2019-05-20",
      modified: "2019-06-04",
    });
    const undated = pageMeta(plan(), page, []);
    expect(undated.issued).toBeUndefined();
    expect(undated.modified).toBeUndefined();
  });

  it("names the publisher as creator when the sidecar gives one", () => {
    expect(pageMeta(plan({ publisher: "Port" }), page, []).creator).toBe("Port");
    expect(pageMeta(plan(), page, []).creator).toBeUndefined();
  });
});
