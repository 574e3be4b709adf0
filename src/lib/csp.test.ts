import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { policyFor, withCsp } from "./csp.ts";

const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><style>a{color:red}</style></head><body>${body}</body></html>`;

describe("Content-Security-Policy", () => {
  it("allows the page's inline style by its sha256 hash, and no inline script on a page without one", () => {
    const hash = createHash("sha256").update("a{color:red}").digest("base64");
    const policy = policyFor(page(""), { wasm: false });
    expect(policy).toContain(`style-src 'sha256-${hash}'`);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("wasm-unsafe-eval");
    expect(policy).not.toMatch(/https?:/);
  });

  it("allows an inline script by its hash, but never one with src= or a data block", () => {
    const loader = "document.title='x'";
    const hash = createHash("sha256").update(loader).digest("base64");
    const html = page(
      `<script type="application/json" id="c">{"a":1}</script><script src="a.js" defer></script><script data-src="m.js">${loader}</script>`,
    );
    const policy = policyFor(html, { wasm: false });
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(policy.match(/sha256-/g)).toHaveLength(2); // the style and the one inline script
    expect(policy).not.toContain("unsafe-inline");
  });

  it("adds 'wasm-unsafe-eval' only where asked", () => {
    expect(policyFor(page(""), { wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it("puts one meta right after the charset, and replaces it on a second run", () => {
    const once = withCsp(page("x"), { wasm: false });
    expect(once).toMatch(
      /<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; /,
    );
    const twice = withCsp(once, { wasm: false });
    expect(twice).toBe(once);
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it("refuses a page without a charset meta rather than leave it unprotected", () => {
    expect(() => withCsp("<html><head></head></html>", { wasm: false })).toThrow(/charset/);
  });
});
