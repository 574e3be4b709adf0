/**
 * Astro integration: a full garbage collection between the build's phases, so that the peak
 * memory of a large build is what a phase holds, not the garbage the phases before it left.
 * V8 grows its heap while there is garbage to spare: after bundling (astro:build:ssr) and after
 * rendering (the first astro:build:done hook; list this integration before the others), most of
 * the heap is garbage (bench/README.md, finding 3).
 */
import type { AstroIntegration } from "astro";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** A full, synchronous garbage collection of this process's heap. */
export function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

export default function memory(): AstroIntegration {
  return {
    name: "plan-memory",
    hooks: {
      "astro:build:ssr": () => collectGarbage(),
      "astro:build:done": () => collectGarbage(),
    },
  };
}
