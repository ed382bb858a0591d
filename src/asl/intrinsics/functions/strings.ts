import type { JsonValue } from '../../types';
import { base64Decode, base64Encode } from '../base64';
import { intrinsicError, show, wantString } from '../errors';
import { formatValue } from '../formatValue';
import type { IntrinsicSpec } from '../spec';

/** AWS caps the input of States.Base64Encode, States.Base64Decode and States.Hash. */
export const MAX_INPUT_CHARS = 10000;

/** Fails the call when its text input is longer than AWS allows. */
export function checkLength(fn: string, text: string): void {
  if (text.length > MAX_INPUT_CHARS) throw intrinsicError(fn, `the input has ${text.length} characters; at most ${MAX_INPUT_CHARS} are allowed`);
}

/** States.Format, StringSplit, StringToJson, JsonToString, Base64Encode, Base64Decode. */
export const stringFunctions: Record<string, IntrinsicSpec> = {
  'States.Format': {
    minArgs: 1,
    maxArgs: Infinity,
    argTypes: ['string', 'any'],
    run: (args, _ctx, call) => {
      const fn = 'States.Format';
      const template = wantString(fn, args, 0);
      const first = call.args[0];
      // A literal template knows which braces were escaped (\{ \}); a template read from a path does not.
      const parts = first.kind === 'literal' && first.formatParts ? first.formatParts : template.split('{}');
      const values = args.length - 1;
      if (parts.length - 1 !== values) {
        throw intrinsicError(fn, `the template has ${parts.length - 1} placeholder(s) {} but ${values} value(s) were given`);
      }
      let out = parts[0];
      for (let i = 1; i < parts.length; i++) out += formatValue(args[i]) + parts[i];
      return out;
    },
  },

  'States.StringSplit': {
    minArgs: 2,
    maxArgs: 2,
    argTypes: ['string', 'string'],
    run: (args) => {
      const text = wantString('States.StringSplit', args, 0);
      const delimiters = wantString('States.StringSplit', args, 1);
      // Every character of the second argument is a delimiter; empty pieces are dropped.
      const out: string[] = [];
      let piece = '';
      for (const ch of text) {
        if (delimiters.includes(ch)) {
          if (piece) out.push(piece);
          piece = '';
        } else piece += ch;
      }
      if (piece) out.push(piece);
      return out;
    },
  },

  'States.StringToJson': {
    minArgs: 1,
    maxArgs: 1,
    argTypes: ['string'],
    run: (args) => {
      const text = wantString('States.StringToJson', args, 0);
      if (text.trim() === '') return null; // recorded on AWS: "" parses to null
      try {
        return normalizeZero(JSON.parse(text) as JsonValue);
      } catch {
        throw intrinsicError('States.StringToJson', `the argument is not valid JSON: ${show(text)}`);
      }
    },
  },

  'States.JsonToString': { minArgs: 1, maxArgs: 1, argTypes: ['any'], run: (args) => JSON.stringify(args[0]) },

  'States.Base64Encode': {
    minArgs: 1,
    maxArgs: 1,
    argTypes: ['string'],
    run: (args) => {
      const text = wantString('States.Base64Encode', args, 0);
      checkLength('States.Base64Encode', text);
      return base64Encode(text);
    },
  },

  'States.Base64Decode': {
    minArgs: 1,
    maxArgs: 1,
    argTypes: ['string'],
    run: (args) => {
      const text = wantString('States.Base64Decode', args, 0);
      checkLength('States.Base64Decode', text);
      const decoded = base64Decode(text);
      if (decoded === null) throw intrinsicError('States.Base64Decode', `the argument is not Base64: ${show(text)}`);
      return decoded;
    },
  },
};

function normalizeZero(v: JsonValue): JsonValue {
  return Object.is(v, -0) ? 0 : v;
}
