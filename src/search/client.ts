/**
 * The search page's one script, bundled to dist/search/search.js as a classic IIFE (no
 * module script, nothing inline, so it runs from disk and under a strict CSP). Over HTTP it
 * searches with Pagefind; from disk (file://), where Pagefind cannot load, with MiniSearch
 * over dist/<lang>/search-index.js. The form, the URL and the live region are the same.
 */
import { readConfig, type SearchConfig } from "./config.ts";
import { createDiskEngine } from "./disk-engine.ts";
import type { DiskIndex } from "./disk-options.ts";
import { createPagefindEngine } from "./pagefind-engine.ts";
import { renderResults } from "./render.ts";
import { readState, statusText, writeState, type SearchState } from "./state.ts";
import type { Engine } from "./types.ts";

declare global {
  interface Window {
    __planSearch?: DiskIndex;
  }
}

/** The disk index is a classic script, the one thing a file:// page may load. */
function loadDiskIndex(src: string): Promise<DiskIndex> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () =>
      window.__planSearch ? resolve(window.__planSearch) : reject(new Error("search: empty disk index"));
    script.onerror = () => reject(new Error(`search: cannot load ${src}`));
    document.head.append(script);
  });
}

async function loadEngine(config: SearchConfig, root: HTMLElement): Promise<Engine> {
  if (location.protocol !== "file:") {
    try {
      const pillars = new Map(config.pillars.map((p) => [p.number, p.title]));
      const engine = await createPagefindEngine(new URL(config.root, location.href).href, pillars);
      root.dataset.engine = "pagefind";
      return engine;
    } catch {
      // No Pagefind (index missing, WebAssembly blocked by a CSP): the disk index still works.
    }
  }
  const engine = createDiskEngine(await loadDiskIndex(new URL(config.diskIndex, location.href).href));
  root.dataset.engine = "disk";
  return engine;
}

function main(): void {
  const root = document.getElementById("search");
  const form = document.getElementById("search-page-form");
  if (!root || !(form instanceof HTMLFormElement)) return;
  const config = readConfig(document);
  const input = form.elements.namedItem("q") as HTMLInputElement;
  const select = form.elements.namedItem("pillar") as HTMLSelectElement;
  const status = document.getElementById("search-status")!;
  // Shown with "No results": a way on to every item, the whole plan on one page.
  const none = document.getElementById("search-none");
  const list = document.getElementById("search-results")!;

  const initial = readState(location.search);
  input.value = initial.q;
  select.value = initial.pillar === null ? "" : String(initial.pillar);
  if (select.selectedIndex < 0) select.value = "";

  const current = (): SearchState => ({ q: input.value, pillar: select.value ? Number(select.value) : null });
  let ready = false;
  const engine = loadEngine(config, root).finally(() => (ready = true));
  engine.catch(() => undefined); // reported in the status when a search needs it
  let latest = 0;

  async function run(): Promise<void> {
    const state = current();
    const url = new URL(location.href);
    url.search = writeState(state);
    history.replaceState(history.state, "", url.href);
    const ticket = ++latest;
    if (!state.q.trim()) {
      list.replaceChildren();
      status.textContent = "";
      if (none) none.hidden = true;
      return;
    }
    if (!ready) status.textContent = config.strings.loading;
    try {
      const hits = await (await engine).search(state.q, state.pillar, () => ticket === latest);
      if (ticket !== latest) return; // a later keystroke's search will render
      renderResults(list, hits, config.page);
      status.textContent = statusText(config.strings, hits.length, state.q);
      if (none) none.hidden = hits.length > 0;
    } catch {
      if (ticket === latest) status.textContent = config.strings.error;
    }
  }

  input.addEventListener("input", () => void run());
  select.addEventListener("change", () => void run());
  // With the script, submitting only searches: the results are already on this page.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  arrowKeys(input, list);
  if (initial.q) void run();
}

/** Down from the search box into the results, up and down between them, up from the first back to the box. */
function arrowKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => Array.from(list.querySelectorAll<HTMLAnchorElement>("a"));
  input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === "ArrowDown" ? 1 : -1);
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]!.focus();
  });
}

main();
