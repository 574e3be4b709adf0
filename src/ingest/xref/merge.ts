/** The one merge of two ascending id lists: calls `both(id)` for each id the two lists share, in order. */
export function forShared(x: Int32Array, y: Int32Array, both: (id: number) => void): void {
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const u = x[i]!;
    const v = y[j]!;
    if (u < v) i++;
    else if (u > v) j++;
    else {
      both(u);
      i++;
      j++;
    }
  }
}

/** The ids two ascending lists share, ascending. */
export function sharedIds(x: Int32Array, y: Int32Array): number[] {
  const out: number[] = [];
  forShared(x, y, (id) => out.push(id));
  return out;
}
