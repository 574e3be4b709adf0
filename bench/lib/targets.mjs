/**
 * The targets the benchmark checks, each against the figures of the sections: pass (true),
 * miss (false), or not measured (null).
 */
export const BUDGET = { itemGzipBytes: 12_000, itemRequests: 2, downloadBytes: 1_000_000 };
export const LIMITS = { buildS: 180, peakMB: 2048, ingestS: 3, linearRatio: 12, smallVocabS: 5, smallVocabRatio: 2.2 };

const row = (sections, section, plan) => sections[section]?.rows?.find((r) => r.plan === plan);

export const TARGETS = [
  {
    id: "lighthouse-100",
    label: "Lighthouse 100 in all four categories on every page type (seed site)",
    check(sections) {
      const rows = sections.lighthouse?.rows;
      if (!rows?.length) return { pass: null, value: "not measured" };
      const below = rows.flatMap((r) =>
        Object.entries(r.scores)
          .filter(([, s]) => s < 100)
          .map(([c, s]) => `${r.page} ${c} ${s}`),
      );
      return { pass: below.length === 0, value: below.length ? below.join(", ") : "all 100" };
    },
  },
  {
    id: "build-3000-time",
    label: `Bilingual 3,000-item plan (en+fr) builds end to end (ingest, Astro, Pagefind) in under ${LIMITS.buildS / 60} min`,
    check(sections) {
      const r = row(sections, "build", "3000");
      if (!r) return { pass: null, value: "not measured" };
      return { pass: r.totalS < LIMITS.buildS, value: `${r.totalS} s` };
    },
  },
  {
    id: "build-3000-memory",
    label: "Bilingual 3,000-item build peak memory (process tree) under 2 GB",
    check(sections) {
      const r = row(sections, "build", "3000");
      if (!r) return { pass: null, value: "not measured" };
      return { pass: r.maxPeakRssMB < LIMITS.peakMB, value: `${r.peakRssMB} MB median, ${r.maxPeakRssMB} MB max` };
    },
  },
  {
    id: "ingest-3000",
    label: `Bilingual 3,000-item plan ingests in under ${LIMITS.ingestS} s`,
    check(sections) {
      const r = row(sections, "ingest", "3000");
      if (!r) return { pass: null, value: "not measured" };
      return { pass: r.ms < LIMITS.ingestS * 1000, value: `${(r.ms / 1000).toFixed(2)} s` };
    },
  },
  {
    id: "ingest-small-vocabulary",
    label: `50-word-vocabulary plan: 3,000 items ingest in at most ${LIMITS.smallVocabS} s, and 6,000 in at most ${LIMITS.smallVocabRatio} times that (2 is linear)`,
    check(sections) {
      const a = row(sections, "ingest", "small-3000");
      const b = row(sections, "ingest", "small-6000");
      if (!a || !b) return { pass: null, value: "not measured" };
      const ratio = b.ms / a.ms;
      return {
        pass: a.ms <= LIMITS.smallVocabS * 1000 && ratio <= LIMITS.smallVocabRatio,
        value: `${(a.ms / 1000).toFixed(2)} s and ${(b.ms / 1000).toFixed(2)} s: ratio ${ratio.toFixed(2)} (CPU ${a.cpuMs} ms and ${b.cpuMs} ms: ${(b.cpuMs / a.cpuMs).toFixed(2)})`,
      };
    },
  },
  {
    id: "build-linear",
    label: `Build time about linear in item count: time(3,000) / time(300) at most ${LIMITS.linearRatio} (10 is linear)`,
    check(sections) {
      const a = row(sections, "build", "300");
      const b = row(sections, "build", "3000");
      if (!a || !b) return { pass: null, value: "not measured" };
      const ratio = b.totalS / a.totalS;
      return { pass: ratio <= LIMITS.linearRatio, value: `${ratio.toFixed(1)} (${b.totalS} s / ${a.totalS} s)` };
    },
  },
  {
    id: "item-budget",
    label: `Item page first view at most ${BUDGET.itemGzipBytes / 1000} KB gzip in at most ${BUDGET.itemRequests} requests`,
    check(sections) {
      const r =
        row(sections, "weights", "seed") && sections.weights.rows.find((x) => x.plan === "seed" && x.page === "item");
      if (!r) return { pass: null, value: "not measured" };
      return {
        pass: r.gzip <= BUDGET.itemGzipBytes && r.requests <= BUDGET.itemRequests,
        value: `${(r.gzip / 1000).toFixed(1)} KB gzip, ${r.requests} requests`,
      };
    },
  },
  {
    id: "download-seed",
    label: `The seed site's download (one ZIP) at most ${BUDGET.downloadBytes / 1_000_000} MB`,
    check(sections) {
      const r = row(sections, "build", "seed");
      if (r?.zipKB == null) return { pass: null, value: "not measured" };
      return { pass: r.zipKB * 1024 <= BUDGET.downloadBytes, value: `${r.zipKB} KiB` };
    },
  },
  {
    id: "no-fonts-third-party-blocking",
    label: "No page loads a web font, a third-party resource or a render-blocking script",
    check(sections) {
      const rows = sections.weights?.rows?.filter((r) => r.plan === "seed");
      if (!rows?.length) return { pass: null, value: "not measured" };
      const bad = rows.filter((r) => r.fonts || r.thirdParty || r.blockingScripts).map((r) => r.page);
      return { pass: bad.length === 0, value: bad.length ? bad.join(", ") : "none" };
    },
  },
];
