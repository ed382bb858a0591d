import { PathSyntaxError } from './PathSyntaxError';

/** A read position in a path or filter text, shared by the path and filter parsers. */
export class Cursor {
  readonly src: string;
  pos: number;

  constructor(src: string, pos = 0) {
    this.src = src;
    this.pos = pos;
  }

  get done(): boolean {
    return this.pos >= this.src.length;
  }

  peek(offset = 0): string {
    return this.src.charAt(this.pos + offset);
  }

  startsWith(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }

  skipSpaces(): void {
    while (this.pos < this.src.length && /\s/.test(this.src.charAt(this.pos))) this.pos++;
  }

  /** Consumes `text` or fails with a message naming what was expected. */
  expect(text: string): void {
    if (!this.startsWith(text)) {
      throw this.error(this.done ? `Expected '${text}' but the path ended` : `Expected '${text}' at position ${this.pos} but found '${this.peek()}'`);
    }
    this.pos += text.length;
  }

  /** Reads a regex match at the current position (the regex must be sticky-free and start with ^). */
  match(re: RegExp): string | null {
    const m = re.exec(this.src.slice(this.pos));
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }

  error(message: string, at = this.pos): PathSyntaxError {
    return new PathSyntaxError(message, at);
  }
}
