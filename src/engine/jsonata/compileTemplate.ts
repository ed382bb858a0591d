import { isJsonataTemplate, jsonataExpressionOf } from '../../asl/jsonata';
import type { JsonObject, JsonValue } from '../../asl/types';
import { compileExpression } from './compileExpression';
import { evaluationError, JsonataCompileError, undefinedResultError, unsupportedResultError } from './errors';
import { setMember, toJsonResult, UNSUPPORTED } from './toJson';
import type { JsonataBindings, JsonataTemplate } from './types';

/** A compiled piece of a field value: a constant, or an evaluation that yields JSON. */
type Node = { constant: true; value: JsonValue } | { constant: false; run: (b: JsonataBindings) => Promise<JsonValue> };

function expressionNode(template: string, field: string): Node {
  const source = jsonataExpressionOf(template) ?? '';
  const compiled = compileExpression(source);
  if ('code' in compiled) {
    throw new JsonataCompileError(
      `The JSONata expression '${source.trim()}' specified for the field '${field}' is invalid: ${compiled.code}: ${compiled.message}`,
      field,
      source.trim(),
      compiled.position,
    );
  }
  const text = compiled.text;
  return {
    constant: false,
    run: async (b) => {
      let raw: unknown;
      try {
        raw = await compiled.evaluate(b);
      } catch (err) {
        throw evaluationError(text, field, err);
      }
      if (raw === undefined) throw undefinedResultError(text, field);
      const json = toJsonResult(raw);
      if (json === UNSUPPORTED) throw unsupportedResultError(text, field);
      return json;
    },
  };
}

function objectNode(obj: JsonObject, field: string): Node {
  const keys = Object.keys(obj);
  const nodes = keys.map((key) => compileNode(obj[key], `${field}/${key}`));
  if (nodes.every((n) => n.constant)) return { constant: true, value: obj };
  return {
    constant: false,
    // One key after the other, in definition order: $random/$uuid draw from the seeded source in a
    // reproducible order.
    run: async (b) => {
      const out: JsonObject = {};
      for (let i = 0; i < keys.length; i++) {
        const n = nodes[i];
        const value = n.constant ? n.value : await n.run(b);
        setMember(out, keys[i], value);
      }
      return out;
    },
  };
}

function arrayNode(arr: JsonValue[], field: string): Node {
  const nodes = arr.map((item, i) => compileNode(item, `${field}/${i}`));
  if (nodes.every((n) => n.constant)) return { constant: true, value: arr };
  return {
    constant: false,
    run: async (b) => {
      const out: JsonValue[] = [];
      for (const n of nodes) out.push(n.constant ? n.value : await n.run(b));
      return out;
    },
  };
}

function compileNode(value: JsonValue, field: string): Node {
  if (isJsonataTemplate(value)) return expressionNode(value, field);
  if (Array.isArray(value)) return arrayNode(value, field);
  if (value !== null && typeof value === 'object') return objectNode(value, field);
  return { constant: true, value };
}

/**
 * Compiles a field value once: every string that is exactly `{% expr %}` becomes an expression (AWS:
 * the string must start with `{%` and end with `%}`; `" {% x %} "` stays a literal string), in
 * objects and arrays at any depth. `field` names the field in error messages; nested keys and indexes
 * are appended with `/` (`Output/result`). Throws {@link JsonataCompileError} on a syntax error.
 * @example await compileJsonataTemplate({ sum: '{% 1 + 2 %}' }, 'Output').evaluate(b) // { sum: 3 }
 */
export function compileJsonataTemplate(value: JsonValue, field: string): JsonataTemplate {
  const node = compileNode(value, field);
  const expression = isJsonataTemplate(value) ? (jsonataExpressionOf(value) ?? '').trim() : null;
  if (node.constant) {
    // The fast path: no expression, so every evaluation shares one settled promise of the value.
    const settled = Promise.resolve(value);
    return { isConstant: true, constant: value, field, expression, evaluate: () => settled };
  }
  return { isConstant: false, constant: value, field, expression, evaluate: node.run };
}
