import { describe, expect, it } from "vitest";
import { testItem, testPillar, testPlan } from "../../tests/ingest/helpers/plan.ts";
import type { Plan } from "./model.ts";
import { validatePlan } from "./validate.ts";

/** A plan whose items have the given numbers, each at line 10 × its position, with a body unless `bodyless`. */
function planOf(numbers: number[], bodyless: number[] = []): Plan {
  const items = numbers.map((number, i) =>
    testItem({ number, line: 10 * (i + 1), ...(bodyless.includes(i) ? { body: [] } : {}) }),
  );
  return testPlan({ source: "plan.txt", items, pillars: [testPillar({ number: 1, items: numbers, line: 5 })] });
}

const report = (plan: Plan, allowGaps = false) =>
  validatePlan(plan, { allowGaps }).map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`);

describe("validatePlan", () => {
  it("accepts 1, 2, 3… with bodies", () => {
    expect(validatePlan(planOf([1, 2, 3, 4]))).toEqual([]);
  });

  it("reports a repeated number at the repeat, naming the first", () => {
    expect(report(planOf([1, 2, 2, 3]))).toEqual(["plan.txt:30: error: item 2 is repeated (first at line 20)"]);
  });

  it("reports a gap at the item after it, naming the missing numbers", () => {
    expect(report(planOf([1, 2, 4]))).toEqual([
      "plan.txt:30: error: item 4 follows item 2: item 3 is missing (numbering must run 1, 2, 3… without gaps)",
    ]);
    expect(report(planOf([1, 5, 6]))).toEqual([
      "plan.txt:20: error: item 5 follows item 1: items 2–4 are missing (numbering must run 1, 2, 3… without gaps)",
    ]);
  });

  it("reports a plan that does not start at 1", () => {
    expect(report(planOf([2, 3]))).toEqual([
      "plan.txt:10: error: item 2 is the first item: item 1 is missing (numbering must run 1, 2, 3… without gaps)",
    ]);
    expect(report(planOf([0, 1, 2]))).toEqual(["plan.txt:10: error: item 0: item numbers start at 1"]);
  });

  it("reports two swapped items once, as out of order, not also as a gap", () => {
    expect(report(planOf([1, 2, 4, 3, 5]))).toEqual([
      "plan.txt:40: error: item 3 is out of order: it comes after item 4",
    ]);
  });

  it("names only the numbers that are really missing when some come later", () => {
    expect(report(planOf([1, 5, 3, 6]))).toEqual([
      "plan.txt:20: error: item 5 follows item 1: items 2, 4 are missing (numbering must run 1, 2, 3… without gaps)",
      "plan.txt:30: error: item 3 is out of order: it comes after item 5",
    ]);
  });

  it("describes a huge jump briefly and quickly", () => {
    const started = performance.now();
    expect(report(planOf([1, 2, 999_999_999]))).toEqual([
      "plan.txt:30: error: item 999999999 follows item 2: items 3–999999998 are missing (numbering must run 1, 2, 3… without gaps)",
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("reports an item without a body", () => {
    expect(report(planOf([1, 2, 3], [1]))).toEqual(["plan.txt:20: error: item 2 'Item 2' has no body text"]);
  });

  it("reports every problem together, in source order, each at its line", () => {
    // 1, 2, 2 (repeat), 5 (3 missing; 4 comes later), 4 (out of order), 6 (no body)
    expect(report(planOf([1, 2, 2, 5, 4, 6], [5]))).toEqual([
      "plan.txt:30: error: item 2 is repeated (first at line 20)",
      "plan.txt:40: error: item 5 follows item 2: item 3 is missing (numbering must run 1, 2, 3… without gaps)",
      "plan.txt:50: error: item 4 is out of order: it comes after item 5",
      "plan.txt:60: error: item 6 'Item 6' has no body text",
    ]);
  });

  it("allows gaps only when asked (a partial translation), and still reports the rest", () => {
    expect(report(planOf([1, 4, 9]), true)).toEqual([]);
    expect(report(planOf([1, 4, 9]), false)).toHaveLength(2);
    expect(report(planOf([2, 4, 4, 3], [3]), true)).toEqual([
      "plan.txt:30: error: item 4 is repeated (first at line 20)",
      "plan.txt:40: error: item 3 is out of order: it comes after item 4",
      "plan.txt:40: error: item 3 'Item 3' has no body text",
    ]);
  });
});
