/**
 * Carries the changes between two printings of a YAML document onto the text it was parsed
 * from. `base` is the document printed before the edit, `after` printed after it: lines that
 * differ between the two are the edit; lines where the printer's layout differs from the user's
 * text (`base` vs `original`) are left as the user wrote them unless an edit touches them. So
 * untouched lines stay byte-identical even where yaml would print them differently.
 */
import { matchLines } from './lineDiff';
import type { TextEdit } from './types';

/**
 * Edits of `original` (relative to it, sorted, disjoint) that apply the base -> after changes;
 * `exact` when `base` is `original` (line breaks aside), so the merge is a plain diff. Line breaks
 * of new lines follow the original's (CRLF stays CRLF); so does the final newline.
 */
export function mergeLines(original: string, base: string, after: string): { edits: TextEdit[]; exact: boolean } {
  const endsWithBreak = original.endsWith('\n') || original.length === 0;
  const trimEnd = (s: string) => (!endsWithBreak && s.endsWith('\n') ? s.slice(0, -1) : s);
  const A = original.split('\n');
  const keysA = A.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const B = trimEnd(base).split('\n');
  const C = trimEnd(after).split('\n');
  const eol = A.length > 1 && A[0].endsWith('\r') ? '\r\n' : '\n';
  const exact = keysA.join('\n') === B.join('\n');
  const toA = exact ? Int32Array.from(B, (_, i) => i) : matchLines(B, keysA);
  const starts = lineStarts(A);

  const edits: TextEdit[] = [];
  for (const { a1, a2, b1, b2, c1, c2 } of placed(hunks(matchLines(B, C), B.length, C.length), toA, A.length)) {
    let lines = C.slice(c1, c2);
    // Line for line: keep what the user wrote around the change (e.g. two spaces before a comment).
    if (a2 - a1 === b2 - b1 && b2 - b1 === c2 - c1) lines = lines.map((line, i) => mergeLine(keysA[a1 + i], B[b1 + i], line));
    if (a2 < A.length) {
      edits.push({ offset: starts[a1], length: starts[a2] - starts[a1], text: lines.map((line) => line + eol).join('') });
    } else if (lines.length > 0 || a1 === 0) {
      edits.push({ offset: starts[a1], length: original.length - starts[a1], text: lines.join(eol) });
    } else {
      // The last lines go: so does the line break before them.
      const from = starts[a1] - (A[a1 - 1].endsWith('\r') ? 2 : 1);
      edits.push({ offset: from, length: original.length - from, text: '' });
    }
  }
  return { edits, exact };
}

interface Hunk {
  b1: number;
  b2: number;
  c1: number;
  c2: number;
}

/** Runs of unmatched lines: B[b1, b2) became C[c1, c2). */
function hunks(match: Int32Array, bLength: number, cLength: number): Hunk[] {
  const out: Hunk[] = [];
  let i = 0;
  let j = 0;
  while (i < bLength || j < cLength) {
    if (i < bLength && match[i] === j) {
      i++;
      j++;
      continue;
    }
    let end = i;
    while (end < bLength && match[end] < 0) end++;
    const cEnd = end < bLength ? match[end] : cLength;
    out.push({ b1: i, b2: end, c1: j, c2: cEnd });
    i = end;
    j = cEnd;
  }
  return out;
}

/** A hunk placed in the original: its lines A[a1, a2) (printed as B[b1, b2)) become C[c1, c2). */
interface Placed extends Hunk {
  a1: number;
  a2: number;
}

/**
 * Finds where each hunk goes in the original. A hunk's ends are placed by the nearest line that
 * is the same in the original and the printing: its own first/last line when the printer wrote
 * that one like the user, else the line just outside it. When neither is (the printer laid out
 * the neighbourhood differently), the hunk is widened over that line, which then takes the
 * printer's layout. Hunks that meet are merged.
 */
function placed(list: Hunk[], toA: Int32Array, aLength: number): Placed[] {
  const out: Placed[] = [];
  for (const hunk of list) {
    let { b1, b2, c1, c2 } = hunk;
    let a1: number;
    let a2: number;
    for (;;) {
      a1 = b1 === 0 ? 0 : b1 < b2 && toA[b1] >= 0 ? toA[b1] : toA[b1 - 1] >= 0 ? toA[b1 - 1] + 1 : -1;
      a2 = b2 === toA.length ? aLength : b2 > b1 && toA[b2 - 1] >= 0 ? toA[b2 - 1] + 1 : toA[b2] >= 0 ? toA[b2] : -1;
      // A pure insertion needs one anchor: after the line before it, else before the line after it.
      if (b1 === b2 && a1 >= 0) a2 = a1;
      else if (b1 === b2 && a2 >= 0) a1 = a2;
      if (a1 >= 0 && a2 >= 0) break;
      if (a1 < 0) {
        b1--;
        c1--;
      }
      if (a2 < 0) {
        b2++;
        c2++;
      }
    }
    const last = out[out.length - 1];
    if (last && (b1 < last.b2 || a1 < last.a2)) {
      last.a2 = Math.max(last.a2, a2);
      last.b2 = b2;
      last.c2 = c2;
    } else {
      out.push({ a1, a2, b1, b2, c1, c2 });
    }
  }
  return out;
}

/**
 * One line three ways: `a` as the user wrote it, `b` as yaml printed it, `c` as yaml prints it
 * after the edit. The b -> c change is applied to `a` when it lies clear of where a and b differ;
 * otherwise the printed line `c` wins.
 * @example mergeLine('x: 1  # c', 'x: 1 # c', 'x: 2 # c') === 'x: 2  # c'
 */
export function mergeLine(a: string, b: string, c: string): string {
  if (a === b) return c;
  const p = commonPrefix(b, c, Math.min(b.length, c.length));
  const s = commonSuffix(b, c, Math.min(b.length, c.length) - p);
  const middle = c.slice(p, c.length - s);
  const pa = commonPrefix(a, b, Math.min(a.length, b.length));
  const sa = commonSuffix(a, b, Math.min(a.length, b.length) - pa);
  if (b.length - s <= pa) return a.slice(0, p) + middle + a.slice(b.length - s);
  if (p >= b.length - sa) return a.slice(0, a.length - (b.length - p)) + middle + a.slice(a.length - s);
  return c;
}

function commonPrefix(x: string, y: string, max: number): number {
  let n = 0;
  while (n < max && x.charCodeAt(n) === y.charCodeAt(n)) n++;
  return n;
}

function commonSuffix(x: string, y: string, max: number): number {
  let n = 0;
  while (n < max && x.charCodeAt(x.length - 1 - n) === y.charCodeAt(y.length - 1 - n)) n++;
  return n;
}

function lineStarts(lines: readonly string[]): number[] {
  const starts = [0];
  for (let i = 0; i < lines.length; i++) starts.push(starts[i] + lines[i].length + 1);
  return starts;
}
