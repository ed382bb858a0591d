import type { JsonValue } from '../types';
import { parsePath } from '../paths/parsePath';
import { PathSyntaxError } from '../paths/PathSyntaxError';
import type { IntrinsicArg, IntrinsicCall } from './ast';
import { IntrinsicSyntaxError, MAX_INTRINSIC_DEPTH } from './ast';

const NAME = /^States\.[A-Za-z0-9]+/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;

/** True when a `.$` value is meant as an intrinsic call rather than a path. */
export function looksLikeIntrinsic(text: string): boolean {
  return /^\s*States\./.test(text);
}

/**
 * Parses an intrinsic call: `States.Name(arg, ...)` where an argument is a 'string' (escapes
 * `\'` `\{` `\}` `\\`), a number, true/false/null, a path or a nested call (at most 10 deep).
 * Throws an IntrinsicSyntaxError (code INVALID_INTRINSIC). Unknown names and argument counts are
 * checked later, so a validator can report every problem.
 * @example parseIntrinsic("States.Format('{}', $.a)").args.length === 2
 */
export function parseIntrinsic(text: string): IntrinsicCall {
  const p = new Parser(text);
  p.space();
  const call = p.call(1);
  p.space();
  if (p.pos < text.length) throw p.fail(`Unexpected '${text.slice(p.pos, p.pos + 10)}' after the call`);
  return call;
}

class Parser {
  pos = 0;
  constructor(readonly src: string) {}

  fail(message: string, at = this.pos): IntrinsicSyntaxError {
    return new IntrinsicSyntaxError('INVALID_INTRINSIC', message, at);
  }

  space(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
  }

  call(depth: number): IntrinsicCall {
    const offset = this.pos;
    const name = NAME.exec(this.src.slice(this.pos))?.[0];
    if (!name) throw this.fail("Expected an intrinsic function such as States.Format(...)");
    if (depth > MAX_INTRINSIC_DEPTH) throw this.fail(`Intrinsic functions can be nested at most ${MAX_INTRINSIC_DEPTH} deep`, offset);
    this.pos += name.length;
    this.space();
    if (this.src[this.pos] !== '(') throw this.fail(`Expected '(' after ${name}`);
    this.pos++;
    const args: IntrinsicArg[] = [];
    this.space();
    if (this.src[this.pos] === ')') {
      this.pos++;
      return { name, args, offset };
    }
    for (;;) {
      this.space();
      args.push(this.arg(depth));
      this.space();
      const ch = this.src[this.pos];
      this.pos++;
      if (ch === ')') return { name, args, offset };
      if (ch !== ',') throw this.fail(ch === undefined ? `Missing ')' to close ${name}(` : `Expected ',' or ')' but found '${ch}'`, this.pos - 1);
    }
  }

  arg(depth: number): IntrinsicArg {
    const offset = this.pos;
    const rest = this.src.slice(this.pos);
    const ch = rest[0];
    if (ch === "'") return this.string();
    if (ch === '$') return this.path();
    if (NAME.test(rest)) return { kind: 'call', call: this.call(depth + 1), offset };
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (rest.startsWith(word) && !/[A-Za-z0-9_]/.test(rest.charAt(word.length))) {
        this.pos += word.length;
        return { kind: 'literal', value, offset };
      }
    }
    const num = NUMBER.exec(rest)?.[0];
    if (num !== undefined) {
      this.pos += num.length;
      return { kind: 'literal', value: Number(num), offset };
    }
    throw this.fail(ch === undefined ? "Missing ')': the call ended early" : `Unexpected '${ch}' in the arguments`);
  }

  /** A quoted string. Unescaped `{}` pairs are remembered for States.Format. */
  string(): IntrinsicArg {
    const offset = this.pos;
    this.pos++;
    let value = '';
    let part = '';
    const parts: string[] = [];
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\') {
        const next = this.src[this.pos + 1];
        // AWS: only \' \{ \} \\ are escapes; "If an open escape backslash \ is found ... the interpreter will throw".
        if (next !== "'" && next !== '{' && next !== '}' && next !== '\\') {
          throw this.fail(`Invalid escape '\\${next ?? ''}' in a string: only \\' \\{ \\} and \\\\ are allowed`);
        }
        value += next;
        part += next;
        this.pos += 2;
        continue;
      }
      if (ch === "'") {
        this.pos++;
        parts.push(part);
        return { kind: 'literal', value, offset, formatParts: parts };
      }
      if (ch === '{' && this.src[this.pos + 1] === '}') {
        parts.push(part);
        part = '';
        value += '{}';
        this.pos += 2;
        continue;
      }
      value += ch;
      part += ch;
      this.pos++;
    }
    throw this.fail('Unterminated string', offset);
  }

  /** A path runs to the next top-level ',' or ')' (brackets, parentheses and quotes nest). */
  path(): IntrinsicArg {
    const offset = this.pos;
    let depth = 0;
    let quote: string | null = null;
    for (; this.pos < this.src.length; this.pos++) {
      const ch = this.src[this.pos];
      if (quote) {
        if (ch === '\\') this.pos++;
        else if (ch === quote) quote = null;
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '[' || ch === '(') depth++;
      else if ((ch === ']' || ch === ')') && depth > 0) depth--;
      else if ((ch === ',' || ch === ')') && depth === 0) break;
    }
    const text = this.src.slice(offset, this.pos).trim();
    try {
      return { kind: 'path', text, ast: parsePath(text), offset };
    } catch (e) {
      if (e instanceof PathSyntaxError) throw this.fail(`Invalid path '${text}': ${e.message}`, offset + e.offset);
      throw e;
    }
  }
}

/** The literal value of an argument, or undefined when it is a path or a call. */
export function literalOf(arg: IntrinsicArg): JsonValue | undefined {
  return arg.kind === 'literal' ? arg.value : undefined;
}
