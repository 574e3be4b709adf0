/**
 * Content-Security-Policy for a built page, as a <meta http-equiv> (the site has no server to
 * send headers). Scripts may come only from the site itself: no inline script, no eval.
 * Inline <style> blocks (Astro inlines the one stylesheet) are allowed by their hash, not by
 * 'unsafe-inline'. 'wasm-unsafe-eval' only on pages that run Pagefind's WebAssembly.
 */
import { createHash } from "node:crypto";

export interface CspOptions {
  /** The page runs Pagefind (WebAssembly). */
  wasm: boolean;
}

const STYLE_BLOCK = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;

export function policyFor(html: string, options: CspOptions): string {
  const styleHashes = [...html.matchAll(STYLE_BLOCK)].map(
    (m) => `'sha256-${createHash("sha256").update(m[1]!, "utf8").digest("base64")}'`,
  );
  const unique = [...new Set(styleHashes)];
  return [
    "default-src 'self'",
    `script-src 'self'${options.wasm ? " 'wasm-unsafe-eval'" : ""}`,
    `style-src ${unique.length ? unique.join(" ") : "'none'"}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** Put the policy in the page's head, first after <meta charset> so it governs everything after it. */
export function withCsp(html: string, options: CspOptions): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html, options)}">`;
  const existing = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
  if (existing.test(html)) return html.replace(existing, meta);
  const charset = /<meta charset="utf-8"\s*\/?>/i;
  if (!charset.test(html)) throw new Error("page has no <meta charset> to put the Content-Security-Policy after");
  return html.replace(charset, (m) => `${m}${meta}`);
}
