/**
 * Content-Security-Policy for a built page, as a <meta http-equiv> (the site has no server to
 * send headers). Scripts may come only from the site itself, no eval, and the one inline
 * script (the mark loader, src/search/loader.ts) by its hash: no other inline script runs.
 * Inline <style> blocks (Astro inlines the one stylesheet) are allowed by their hash, not by
 * 'unsafe-inline'. 'wasm-unsafe-eval' only on pages that run Pagefind's WebAssembly.
 */
import { createHash } from "node:crypto";

export interface CspOptions {
  /** The page runs Pagefind (WebAssembly). */
  wasm: boolean;
}

const STYLE_BLOCK = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;
const SCRIPT_BLOCK = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Hashes of the inline scripts the browser runs: neither src= nor a data type such as application/json. */
function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(SCRIPT_BLOCK)]
    .filter(([, attrs = ""]) => !/\ssrc=/.test(attrs) && !/\stype="(?!text\/javascript|module)[^"]*"/.test(attrs))
    .map((m) => sha256(m[2]!));
  return [...new Set(hashes)];
}

export function policyFor(html: string, options: CspOptions): string {
  const unique = [...new Set([...html.matchAll(STYLE_BLOCK)].map((m) => sha256(m[1]!)))];
  const scripts = inlineScriptHashes(html)
    .map((h) => ` ${h}`)
    .join("");
  return [
    "default-src 'self'",
    `script-src 'self'${scripts}${options.wasm ? " 'wasm-unsafe-eval'" : ""}`,
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
