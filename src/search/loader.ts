/**
 * The one inline script of the site, on every page a search can open: it loads mark.js
 * (from its data-src) only when the page's URL asks for marks, so a page opened normally
 * makes no request for it. Its exact text is allowed by hash in the Content-Security-Policy
 * (src/lib/csp.ts), as no other inline script is.
 */
import { MARK_PARAM } from "./marks.ts";

export const MARK_LOADER =
  `/[?&]${MARK_PARAM}=/.test(location.search)&&document.head.append(` +
  `Object.assign(document.createElement("script"),{src:document.currentScript.dataset.src}))`;
