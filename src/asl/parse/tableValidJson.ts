import { NodeTable } from './nodeTable';

/**
 * Builds the node table of text that JSON.parse has already accepted (and that repeats no key),
 * in one pass over the characters with no tokenizer: on a 5 MB definition it costs a few tens of
 * milliseconds where the jsonc-parser visitor costs several hundred.
 */
export function tableValidJson(text: string): NodeTable {
  const table = new NodeTable();
  const rows: number[] = [];
  const inObject: boolean[] = [];
  const nextIndex: number[] = [];
  let expectKey = false;
  let key = '';
  let keyStart = -1;
  let keyEnd = -1;

  const place = (start: number, end: number): number => {
    const depth = rows.length - 1;
    if (depth < 0) return table.add(-1, '', start, end);
    if (inObject[depth]) return table.add(rows[depth], key, start, end, keyStart, keyEnd);
    return table.add(rows[depth], nextIndex[depth]++, start, end);
  };

  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (expectKey) {
        key = decodeKey(text, i, end);
        keyStart = i;
        keyEnd = end;
        expectKey = false;
      } else place(i, end);
      i = end - 1;
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      rows.push(place(i, n));
      inObject.push(ch === 0x7b);
      nextIndex.push(0);
      expectKey = ch === 0x7b;
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      table.setEnd(rows.pop()!, i + 1);
      inObject.pop();
      nextIndex.pop();
      expectKey = false;
    } else if (ch === 0x2c /* , */) {
      expectKey = inObject[inObject.length - 1];
    } else if (ch !== 0x3a /* : */ && ch !== 0x20 && ch !== 0x0a && ch !== 0x0d && ch !== 0x09) {
      // A number, true, false or null: runs to the next delimiter.
      let end = i + 1;
      while (end < n && !isDelimiter(text.charCodeAt(end))) end++;
      place(i, end);
      i = end - 1;
    }
  }
  return table;
}

/** Offset just past the closing quote of the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) return i + 1;
    if (ch === 0x5c) i++;
  }
  return text.length;
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
}

function isDelimiter(ch: number): boolean {
  return ch === 0x2c || ch === 0x7d || ch === 0x5d || ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09;
}
