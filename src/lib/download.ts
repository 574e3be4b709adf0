/**
 * The whole site as one ZIP for reading offline: its name (from the original plan's
 * title), its path, and its size as a page shows it. Pages are rendered before the ZIP
 * exists, with a token where the size goes; the download integration fills it in once the
 * ZIP is written (src/integrations/download.ts). The copy inside the ZIP has no link to
 * itself: there the link gives way to the text in its data-offline attribute.
 */
import slugify from "@sindresorhus/slugify";
import type { Lang } from "../ingest/model.ts";
import { t } from "../i18n/index.ts";

/** File name of the ZIP without ".zip", and the folder its files unpack into. */
export function downloadName(originalTitle: string): string {
  return slugify(originalTitle) || "site";
}

export const downloadPath = (name: string) => `download/${name}.zip`;

/** What a page holds where the size goes until the ZIP is written. */
export const sizeToken = (lang: Lang) => `%%download-size-${lang}%%`;

/** "412 KB", "1.2 MB"; in French "412 Ko", "1,2 Mo" (decimal units). */
export function formatSize(lang: Lang, bytes: number): string {
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(lang === "en" ? "en-CA" : "fr-CA", { maximumFractionDigits: digits }).format(n);
  if (bytes < 1_000_000) return t(lang, "download.kb", { size: number(Math.max(1, Math.round(bytes / 1000)), 0) });
  return t(lang, "download.mb", { size: number(bytes / 1_000_000, 1) });
}

/** Every size token of a page replaced by the ZIP's size. */
export function fillSize(html: string, bytes: number, langs: readonly Lang[]): string {
  return langs.reduce((out, lang) => out.split(sizeToken(lang)).join(formatSize(lang, bytes)), html);
}

const LINK = /<span class="download" data-offline="([^"]*)">[\s\S]*?<\/span>/g;

/** A page as the ZIP holds it: each download link replaced by its offline text. */
export function offlineCopy(html: string): string {
  return html.replace(LINK, (_, text: string) => `<span class="download">${text}</span>`);
}
