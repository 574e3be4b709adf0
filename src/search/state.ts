/** The search as the URL holds it (?q=…&pillar=…), so it survives reload, back and sharing. */

export interface SearchState {
  q: string;
  pillar: number | null;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const pillar = Number.parseInt(params.get("pillar") ?? "", 10);
  return { q: params.get("q") ?? "", pillar: Number.isInteger(pillar) && pillar > 0 ? pillar : null };
}

/** The query string for a state ("?q=nexus&pillar=1"), empty when there is nothing to keep. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.pillar !== null) params.set("pillar", String(state.pillar));
  const s = params.toString();
  return s ? `?${s}` : "";
}

export interface StatusStrings {
  results: string;
  result: string;
  none: string;
}

/** What the live region says: "3 results for “nexus”" and so on, from the page's dictionary. */
export function statusText(strings: StatusStrings, count: number, query: string): string {
  const template = count === 0 ? strings.none : count === 1 ? strings.result : strings.results;
  return template.replace("{count}", String(count)).replace("{query}", query.trim());
}
