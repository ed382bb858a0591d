/**
 * Where the cursor is in a YAML document, read from the lines alone. While a key is being typed
 * the text usually does not parse (`Comm` on its own line is no mapping entry), and a blank line
 * after the last field of a state lies outside that state's parsed range anyway: in block YAML the
 * indentation is what says which mapping a line belongs to, so that is what is read here.
 * Block style only; flow collections (`{...}`, `[...]`) carry no structure for this reader.
 */

/** A structural token at the start of a line: a `- ` item marker, or a `key:`. */
type Token = { col: number; kind: 'dash' } | { col: number; kind: 'key'; name: string; end: number; valueCol: number; hasValue: boolean };

/** What the cursor is on: a key being typed in a mapping, or the value after `key: `. */
export interface YamlCursor {
  /** Path of the mapping (or list item) the line's key belongs to, e.g. ['States', 'Fetch']. */
  container: (string | number)[];
  kind: 'key' | 'value';
  /** For a value: the key before it. */
  key?: string;
  /** What is typed between the start of the key or value and the cursor. */
  prefix: string;
  /** Offset where the key or value starts. */
  start: number;
  /** The rest of the line after the cursor. */
  after: string;
}

/** A key found at an offset, for hovers. */
export interface YamlKeyHit {
  path: (string | number)[];
  start: number;
  end: number;
}

const PLAIN_KEY = /^((?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}[\],&*!|>%@`][^#]*?))[ \t]*:(?=[ \t]|$)/;

/** The cursor's place at `offset`, or null inside a comment. */
export function yamlCursorAt(text: string, offset: number): YamlCursor | null {
  const lines = new Lines(text);
  const { line, col } = lines.position(offset);
  const full = lines.text(line);
  const before = full.slice(0, col);
  // A # inside quotes (closed or still being typed) starts no comment.
  if (/(^|\s)#/.test(before.replace(/"(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?/g, '""'))) return null;
  const tokens = tokenize(before);
  const last = tokens[tokens.length - 1];
  const lineStart = offset - col;
  const after = full.slice(col);
  if (last?.kind === 'key') {
    return { container: lines.parentPath(line, last.col, false, tokens), kind: 'value', key: last.name, prefix: before.slice(last.valueCol), start: lineStart + last.valueCol, after };
  }
  const contentCol = contentStart(before, tokens);
  return { container: lines.parentPath(line, contentCol, false, tokens), kind: 'key', prefix: before.slice(contentCol), start: lineStart + contentCol, after };
}

/** The key under `offset` and its path, or null when the offset is not on a key. */
export function yamlKeyAt(text: string, offset: number): YamlKeyHit | null {
  const lines = new Lines(text);
  const { line, col } = lines.position(offset);
  const key = lines.tokens(line).find((t) => t.kind === 'key');
  if (!key || key.kind !== 'key' || col < key.col || col > key.end) return null;
  const lineStart = offset - col;
  return { path: [...lines.parentPath(line, key.col, false), key.name], start: lineStart + key.col, end: lineStart + key.end };
}

/** The structural tokens a line starts with: any `- ` markers, then at most one key. */
function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = line.length - line.trimStart().length;
  while (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
    tokens.push({ col: i, kind: 'dash' });
    i++;
    while (line[i] === ' ' || line[i] === '\t') i++;
  }
  const match = PLAIN_KEY.exec(line.slice(i));
  if (match) {
    const rest = line.slice(i + match[0].length);
    const valueCol = i + match[0].length + (rest.length - rest.trimStart().length);
    const value = rest.trim();
    tokens.push({ col: i, kind: 'key', name: unquote(match[1]), end: i + match[1].length, valueCol, hasValue: value !== '' && !value.startsWith('#') });
  }
  return tokens;
}

/** Where a line's content starts after its indentation and `- ` markers. */
function contentStart(line: string, tokens: Token[]): number {
  const last = tokens[tokens.length - 1];
  if (!last) return line.length - line.trimStart().length;
  let i = last.col + 1;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i;
}

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  return key.startsWith("'") ? key.slice(1, -1).replace(/''/g, "'") : key;
}

/** The text's lines with their tokens, read on demand. */
class Lines {
  private readonly all: string[];
  private readonly starts: number[] = [0];
  private readonly cache = new Map<number, Token[]>();

  constructor(text: string) {
    this.all = text.split(/\r\n|\r|\n/);
    for (const match of text.matchAll(/\r\n|\r|\n/g)) this.starts.push(match.index + match[0].length);
  }

  text(line: number): string {
    return this.all[line] ?? '';
  }

  /** 0-based line and column of an offset. */
  position(offset: number): { line: number; col: number } {
    let line = 0;
    while (line + 1 < this.starts.length && this.starts[line + 1] <= offset) line++;
    return { line, col: Math.min(offset - this.starts[line], this.all[line].length) };
  }

  tokens(line: number): Token[] {
    let tokens = this.cache.get(line);
    if (!tokens) this.cache.set(line, (tokens = tokenize(this.text(line))));
    return tokens;
  }

  /**
   * The path of the node holding a key (or a `- ` item when `dash`) at column `col` of `line`:
   * the nearest token to its left on the same line, else on the nearest line above that starts
   * left of it. A list may sit at its key's own indentation (`Retry:` then `- ...`).
   */
  parentPath(line: number, col: number, dash: boolean, ownTokens = this.tokens(line)): (string | number)[] {
    let parentLine = line;
    let parent = lastLeftOf(ownTokens, col);
    for (let l = line - 1; !parent && l >= 0; l--) {
      const tokens = this.tokens(l);
      if (tokens.length === 0) continue;
      parentLine = l;
      parent = lastLeftOf(tokens, col);
      const first = tokens[0];
      if (!parent && dash && first.kind === 'key' && first.col === col && !first.hasValue) parent = first;
    }
    if (!parent) return [];
    if (parent.kind === 'key') return [...this.parentPath(parentLine, parent.col, false), parent.name];
    return [...this.parentPath(parentLine, parent.col, true), this.itemIndex(parentLine, parent.col)];
  }

  /** Which item of its list the `- ` at column `col` of `line` starts (0-based). */
  private itemIndex(line: number, col: number): number {
    if (this.tokens(line)[0].col < col) return 0;
    let index = 0;
    for (let l = line - 1; l >= 0; l--) {
      const tokens = this.tokens(l);
      if (tokens.length === 0) continue;
      const first = tokens[0];
      if (first.col > col) continue;
      if (tokens.some((t) => t.kind === 'dash' && t.col === col)) index++;
      if (first.col < col || first.kind === 'key') break;
    }
    return index;
  }
}

function lastLeftOf(tokens: Token[], col: number): Token | undefined {
  let found: Token | undefined;
  for (const token of tokens) if (token.col < col) found = token;
  return found;
}
