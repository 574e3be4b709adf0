import { describe, expect, it } from "vitest";
import { downloadName, downloadPath, fillSize, formatSize, offlineCopy, sizeToken } from "./download.ts";

describe("the download's name", () => {
  it("comes from the plan's title", () => {
    expect(downloadName("32-point Action Plan")).toBe("32-point-action-plan");
    expect(downloadName("Plan d’action : Frontière")).toBe("plan-d-action-frontiere");
    expect(downloadPath("x")).toBe("download/x.zip");
  });
});

describe("sizes", () => {
  it("are written in decimal units, in each language's way", () => {
    expect(formatSize("en", 444_236)).toBe("444 KB");
    expect(formatSize("fr", 444_236)).toBe("444\u00a0Ko");
    expect(formatSize("en", 1_250_000)).toBe("1.3 MB");
    expect(formatSize("fr", 1_250_000)).toBe("1,3\u00a0Mo");
    expect(formatSize("en", 120)).toBe("1 KB");
  });

  it("replace every token of every language", () => {
    const html = `<p>${sizeToken("en")}</p><p>${sizeToken("fr")}</p><p>${sizeToken("en")}</p>`;
    expect(fillSize(html, 2_000, ["en", "fr"])).toBe("<p>2 KB</p><p>2\u00a0Ko</p><p>2 KB</p>");
  });
});

describe("the offline copy", () => {
  it("replaces each download link by its offline text and leaves the rest alone", () => {
    const link =
      '<span class="download" data-offline="This is the copy: it works &amp; more."><a href="../download/x.zip">Download</a> (ZIP, 2 KB)</span>';
    const html = `<footer><p>${link}</p><p>Other <span>text</span></p></footer><main><p>${link}</p></main>`;
    expect(offlineCopy(html)).toBe(
      '<footer><p><span class="download">This is the copy: it works &amp; more.</span></p><p>Other <span>text</span></p></footer>' +
        '<main><p><span class="download">This is the copy: it works &amp; more.</span></p></main>',
    );
  });
});
