import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forShared, sharedIds } from "./merge.ts";

const sorted = (xs: number[]) => Int32Array.from(new Set(xs)).sort();

describe("sorted merge", () => {
  it("finds the shared ids in order", () => {
    expect(sharedIds(sorted([1, 3, 5, 9]), sorted([0, 3, 4, 9, 10]))).toEqual([3, 9]);
    expect(sharedIds(sorted([]), sorted([1]))).toEqual([]);
  });
  it("agrees with a set intersection on any lists", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50)), fc.array(fc.nat(50)), (a, b) => {
        const seen: number[] = [];
        forShared(sorted(a), sorted(b), (id) => seen.push(id));
        const expected = [...new Set(a)].filter((x) => b.includes(x)).sort((p, q) => p - q);
        expect(seen).toEqual(expected);
      }),
    );
  });
});
