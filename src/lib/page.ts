/** What every component needs to know about the page it is on: its path and language. */
import type { Lang } from "../ingest/model.ts";
import { relativeUrl } from "./urls.ts";

export interface PageContext {
  /** Site path of the page ("en/items/1-biometric-identifiers.html"). */
  path: string;
  lang: Lang;
}

/** href from the current page to a site path. */
export function hrefFrom(page: PageContext, to: string): string {
  return relativeUrl(page.path, to);
}
