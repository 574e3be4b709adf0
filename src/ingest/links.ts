/**
 * Links between items inside emitted item bodies use the `item:N` scheme. The site resolves
 * them at render time to a URL relative to the page showing the body (see src/lib/urls.ts),
 * so the same content works on item pages, the whole-plan page and in either language.
 */
export const ITEM_LINK_PREFIX = "item:";

export function itemLinkUrl(number: number): string {
  return `${ITEM_LINK_PREFIX}${number}`;
}

export function parseItemLinkUrl(url: string): number | null {
  const match = /^item:(\d+)$/.exec(url);
  return match ? Number(match[1]) : null;
}
