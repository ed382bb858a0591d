/** Line matching (Myers' O(ND) diff) for carrying a re-printed YAML document back onto its text. */

/**
 * For each line of `a`, the index of the line of `b` it is matched with, or -1: a longest common
 * subsequence, matches increasing. Past `maxChanges` differing lines only the common head and
 * tail are matched (the middle counts as changed), which keeps a wholesale change linear.
 * @example matchLines(['a', 'b', 'c'], ['a', 'c']) // Int32Array [0, -1, 1]
 */
export function matchLines(a: readonly string[], b: readonly string[], maxChanges = 2000): Int32Array {
  const match = new Int32Array(a.length).fill(-1);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) match[head] = head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    match[a.length - 1 - tail] = b.length - 1 - tail;
    tail++;
  }
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n > 0 && m > 0) myers(a, b, head, n, m, maxChanges, match);
  return match;
}

/** Fills `match` for a[head, head+n) against b[head, head+m); leaves it unmatched past maxD. */
function myers(a: readonly string[], b: readonly string[], head: number, n: number, m: number, maxD: number, match: Int32Array): void {
  const max = n + m;
  const v = new Int32Array(2 * max + 3);
  const offset = max + 1;
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, maxD); d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[head + x] === b[head + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        backtrack(trace, head, n, m, match);
        return;
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
}

function backtrack(trace: Int32Array[], head: number, n: number, m: number, match: Int32Array): void {
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1];
    const at = (k: number): number => prev[k + d - 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      match[head + x] = head + y;
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    match[head + x] = head + y;
  }
}
