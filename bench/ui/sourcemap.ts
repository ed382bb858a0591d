/**
 * Just enough of source maps (v3) for the benchmark: decode the mappings, say which source a
 * generated position comes from, and which package or app folder a source belongs to.
 */
import { readFileSync } from 'node:fs';

interface RawMap {
  sources: string[];
  names: string[];
  mappings: string;
}

/** One mapped span: generated columns [column, end) of a line come from `source` at `line`. */
interface Segment {
  column: number;
  end: number;
  source: number;
  line: number;
  name: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT.get(c)!;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return values;
}

export class SourceMap {
  readonly sources: string[];
  readonly names: string[];
  /** Segments per generated line (0-based), in column order. */
  readonly lines: Segment[][];

  constructor(raw: RawMap, lineLengths: number[]) {
    this.sources = raw.sources;
    this.names = raw.names;
    const state = [0, 0, 0, 0];
    this.lines = raw.mappings.split(';').map((text, lineIndex) => {
      let column = 0;
      const segments: Segment[] = [];
      for (const part of text.split(',')) {
        if (part === '') continue;
        const [c, s, l, , n] = decodeVlq(part);
        column += c;
        if (s === undefined) continue;
        state[0] += s;
        state[1] += l;
        if (n !== undefined) state[3] += n;
        segments.push({ column, end: 0, source: state[0], line: state[1], name: n === undefined ? -1 : state[3] });
      }
      segments.forEach((seg, i) => (seg.end = segments[i + 1]?.column ?? lineLengths[lineIndex] ?? seg.column));
      return segments;
    });
  }

  static read(jsPath: string): SourceMap | undefined {
    try {
      const code = readFileSync(jsPath, 'utf8');
      return new SourceMap(JSON.parse(readFileSync(`${jsPath}.map`, 'utf8')) as RawMap, code.split('\n').map((l) => l.length));
    } catch {
      return undefined;
    }
  }

  /** The source span at a generated position (0-based line and column), if mapped. */
  at(line: number, column: number): { source: string; line: number; name?: string } | undefined {
    const segments = this.lines[line] ?? [];
    let low = 0;
    let high = segments.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (segments[mid].column <= column) low = mid + 1;
      else high = mid - 1;
    }
    const seg = segments[high];
    if (!seg) return undefined;
    return { source: this.sources[seg.source], line: seg.line + 1, name: seg.name >= 0 ? this.names[seg.name] : undefined };
  }
}

/** `react-dom`, `@xyflow/react`, `src/layout`...: who a source file belongs to. */
export function ownerOf(source: string): string {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = source.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const src = /(?:^|\/)src\/([^/]+)(?:\/([^/]+))?/.exec(source);
  if (src) return src[2] && !src[2].includes('.') ? `src/${src[1]}/${src[2]}` : `src/${src[1]}`;
  return source.replace(/^(\.\.\/)+/, '');
}
