/**
 * Finds the offsets of a few nodes of a JSON text in one pass without building a tree: the
 * values on the wanted paths are walked, everything else is skipped by a tight character loop.
 * jsonc-parser's parseTree builds a node per value, about 60-100 ms for a 600 KB definition; this
 * is a few ms. Comments and trailing commas (JSONC) are tolerated.
 */
import { NotEditable } from './types';
import type { Segment } from './types';

/** A member of an object (with its key) or an array (key undefined). */
export interface Member {
  key?: string;
  /** Start of the member: its key for an object, its value for an array. */
  start: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** Where a wanted value sits: [start, end) and, when asked for, its members. */
export interface Located {
  start: number;
  end: number;
  kind: 'object' | 'array' | 'scalar';
  members?: Member[];
}

/** A node of the tree of wanted paths. */
export class Want {
  readonly children = new Map<Segment, Want>();
  /** Record this value's location (it is edited); `members` also lists its members. */
  target = false;
  members = false;
  found?: Located;

  /** The Want at `path` below this one, created on the way. */
  at(path: readonly Segment[]): Want {
    if (path.length === 0) return this;
    let child = this.children.get(path[0]);
    if (!child) this.children.set(path[0], (child = new Want()));
    return child.at(path.slice(1));
  }
}

/**
 * Walks `text` once and fills `found` on every target of `root`. The walk goes to the end even
 * when every target is found: a repeated key further on would be the one JSON.parse keeps.
 * Throws NotEditable when the text is not JSON or repeats a key on a wanted path.
 */
export function locateJson(text: string, root: Want): void {
  const scanner = new Scanner(text);
  scanner.value(root);
  scanner.end();
}

const QUOTE = 34, COMMA = 44, COLON = 58, SLASH = 47, STAR = 42, BACKSLASH = 92;
const OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93;

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  /** Only whitespace and comments may follow the document. */
  end(): void {
    this.space();
    if (this.pos < this.text.length) throw new NotEditable('text after the document');
  }

  value(want: Want | undefined): void {
    this.space();
    if (!want) return this.skip();
    const start = this.pos;
    const c = this.text.charCodeAt(start);
    let kind: Located['kind'] = 'scalar';
    let members: Member[] | undefined;
    if (c === OPEN_BRACE) {
      kind = 'object';
      members = this.object(want);
    } else if (c === OPEN_BRACKET) {
      kind = 'array';
      members = this.array(want);
    } else {
      this.skip();
    }
    if (want.children.size > 0 && kind === 'scalar') throw new NotEditable('a path goes through a scalar');
    if (want.target) want.found = { start, end: this.pos, kind, members: want.members ? members : undefined };
  }

  private object(want: Want): Member[] {
    const members: Member[] = [];
    const seen = new Set<string>();
    this.pos++;
    for (;;) {
      this.space();
      if (this.text.charCodeAt(this.pos) === CLOSE_BRACE) break;
      if (this.text.charCodeAt(this.pos) !== QUOTE) throw new NotEditable('expected a key');
      const start = this.pos;
      const key = this.key();
      const keyEnd = this.pos;
      this.space();
      if (this.text.charCodeAt(this.pos) !== COLON) throw new NotEditable('expected a colon');
      this.pos++;
      this.space();
      const child = want.children.get(key);
      // JSON.parse keeps the last of repeated keys; editing the right one is guesswork, so refuse.
      if ((child || want.members) && seen.has(key)) throw new NotEditable(`repeated key ${key}`);
      if (child || want.members) seen.add(key);
      const valueStart = this.pos;
      this.value(child);
      if (want.members) members.push({ key, start, keyEnd, valueStart, valueEnd: this.pos });
      if (!this.separator(CLOSE_BRACE)) break;
    }
    this.pos++;
    return members;
  }

  private array(want: Want): Member[] {
    const members: Member[] = [];
    this.pos++;
    for (let index = 0; ; index++) {
      this.space();
      if (this.text.charCodeAt(this.pos) === CLOSE_BRACKET) break;
      const start = this.pos;
      this.value(want.children.get(index));
      if (want.members) members.push({ start, keyEnd: start, valueStart: start, valueEnd: this.pos });
      if (!this.separator(CLOSE_BRACKET)) break;
    }
    this.pos++;
    return members;
  }

  /** After a member: true past a comma, false at the closing bracket. */
  private separator(close: number): boolean {
    this.space();
    const c = this.text.charCodeAt(this.pos);
    if (c === COMMA) {
      this.pos++;
      return true;
    }
    if (c === close) return false;
    throw new NotEditable('expected a comma');
  }

  private key(): string {
    const start = this.pos;
    this.string();
    const raw = this.text.slice(start + 1, this.pos - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(start, this.pos)) as string) : raw;
  }

  /** Skips a string starting at pos (a quote). */
  private string(): void {
    let from = this.pos + 1;
    for (;;) {
      const quote = this.text.indexOf('"', from);
      if (quote < 0) throw new NotEditable('unterminated string');
      let backslashes = 0;
      while (this.text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) {
        this.pos = quote + 1;
        return;
      }
      from = quote + 1;
    }
  }

  /** Skips any value. */
  private skip(): void {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (c === QUOTE) return this.string();
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
      const start = this.pos;
      while (this.pos < text.length && !isDelimiter(text.charCodeAt(this.pos))) this.pos++;
      if (this.pos === start) throw new NotEditable('expected a value');
      return;
    }
    let depth = 0;
    while (this.pos < text.length) {
      const ch = text.charCodeAt(this.pos);
      if (ch === QUOTE) {
        this.string();
        continue;
      }
      if (ch === SLASH) {
        this.comment();
        continue;
      }
      this.pos++;
      if (ch === OPEN_BRACE || ch === OPEN_BRACKET) depth++;
      else if ((ch === CLOSE_BRACE || ch === CLOSE_BRACKET) && --depth === 0) return;
    }
    throw new NotEditable('unterminated object or array');
  }

  /** Skips whitespace and comments. */
  private space(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) this.pos++;
      else if (c === SLASH) this.comment();
      else return;
    }
  }

  private comment(): void {
    const next = this.text.charCodeAt(this.pos + 1);
    if (next === SLASH) {
      const end = this.text.indexOf('\n', this.pos);
      this.pos = end < 0 ? this.text.length : end;
    } else if (next === STAR) {
      const end = this.text.indexOf('*/', this.pos + 2);
      if (end < 0) throw new NotEditable('unterminated comment');
      this.pos = end + 2;
    } else {
      throw new NotEditable('unexpected slash');
    }
  }
}

function isDelimiter(c: number): boolean {
  return c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 32 || c === 10 || c === 13 || c === 9 || c === SLASH;
}
