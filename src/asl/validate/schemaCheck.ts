/**
 * Structural checks: runs the ASL JSON Schema and turns its errors into diagnostics a person can act
 * on (one per problem, named after the field and the state type). The schema is compiled ahead of
 * time (ajv standalone code, see ../schema/validator.ts), so no start-up pays for it.
 */
import type { ErrorObject } from 'ajv';
import type { JsonSchema } from '../schema';
import validateSchema from '../schema/validator';
import { childPointer, fromPointer } from '../pointer';
import type { JsonValue } from '../types';
import { type DiagnosticCode } from './codes';
import { describeAdditionalProperty } from './schemaMessages';
import type { Reporter } from './Reporter';

type AslError = ErrorObject & { parentSchema?: JsonSchema };

const isAlternative = (e: AslError) => typeof e.parentSchema?.$comment === 'string' && e.parentSchema.$comment.startsWith('alt:');
/** The schema patterns that only admit placeholders or `{% %}` expressions in a typed field. */
const ALT_PATTERN = /^\\\$\\\{\[\^\}\]\+\\\}/;

/** Runs the schema and reports what it finds. */
export function checkSchema(definition: JsonValue, reporter: Reporter): void {
  if (validateSchema(definition)) return;
  const errors = (validateSchema.errors ?? []) as AslError[];
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // A value of the wrong type also fails its enum and pattern: the type is the one to report.
  const typeErrorPaths = new Set(errors.filter((e) => e.keyword === 'type' && !isAlternative(e)).map((e) => e.instancePath));
  const requiredInAnyOf = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || isAlternative(e)) continue;
    if ((e.keyword === 'enum' || e.keyword === 'pattern' || e.keyword === 'const') && typeErrorPaths.has(e.instancePath)) continue;
    if (e.keyword === 'required' && anyOfPaths.has(e.instancePath)) {
      const list = requiredInAnyOf.get(e.instancePath) ?? [];
      list.push(String(e.params.missingProperty));
      requiredInAnyOf.set(e.instancePath, list);
      continue;
    }
    reportOne(e, definition, reporter);
  }
  for (const [path, fields] of requiredInAnyOf) {
    reporter.report('SCHEMA_REQUIRED', path, `One of the fields ${fields.map((f) => `'${f}'`).join(' or ')} is required`);
  }
}

/** The field named in messages, quoted ('TimeoutSeconds'), or "The definition" for the root. */
function fieldName(instancePath: string): string {
  const segments = fromPointer(instancePath);
  return segments.length ? `'${segments[segments.length - 1]}'` : 'The definition';
}

function reportOne(e: AslError, root: JsonValue, reporter: Reporter): void {
  const path = e.instancePath;
  const field = fieldName(path);
  const custom = typeof e.parentSchema?.errorMessage === 'string' ? e.parentSchema.errorMessage : undefined;
  let code: DiagnosticCode = 'SCHEMA_OTHER';
  let message = `${field} ${e.message ?? 'is invalid'}`;
  switch (e.keyword) {
    case 'required': {
      const missing = String(e.params.missingProperty);
      // MISSING_START_AT is reported by the transition rules, once, with a better message.
      if (missing === 'StartAt') return;
      code = 'SCHEMA_REQUIRED';
      message = `Missing required field '${missing}'${where(root, path)}`;
      break;
    }
    case 'type':
      code = 'SCHEMA_TYPE';
      message = typeMessage(field, e);
      break;
    case 'enum':
    case 'const':
      code = 'SCHEMA_ENUM';
      message = `${field} must be one of: ${(e.keyword === 'enum' ? (e.params.allowedValues as unknown[]) : [e.params.allowedValue]).map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'pattern':
      if (!custom && ALT_PATTERN.test(String(e.params.pattern))) {
        // A string where a number, boolean, object or array belongs (only placeholders and
        // JSONata expressions may be strings there).
        code = 'SCHEMA_TYPE';
        message = typeMessage(field, e);
      } else {
        code = 'SCHEMA_PATTERN';
        message = custom ? `${field}: ${custom}` : `${field} ${e.message ?? 'does not match its pattern'}`;
      }
      break;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
      code = 'SCHEMA_RANGE';
      message = `${field} ${e.message ?? 'is out of range'}`;
      break;
    case 'additionalProperties': {
      const extra = String(e.params.additionalProperty);
      const described = describeAdditionalProperty(extra, path, e.parentSchema);
      reporter.report(described.code, childPointer(path, extra), described.message, { key: true });
      return;
    }
  }
  reporter.report(code, path, message);
}

/** " (Task state)" when the object at the pointer is a state. */
function where(root: JsonValue, pointer: string): string {
  let v: JsonValue | undefined = root;
  for (const s of fromPointer(pointer)) {
    if (v === null || typeof v !== 'object') return '';
    v = Array.isArray(v) ? v[Number(s)] : v[s];
  }
  const segments = fromPointer(pointer);
  const isState = segments.length >= 2 && segments[segments.length - 2] === 'States';
  if (isState && v && typeof v === 'object' && !Array.isArray(v) && typeof v.Type === 'string') return ` (${v.Type} state)`;
  return '';
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'an integer', number: 'a number', boolean: 'a boolean', string: 'a string', object: 'an object', array: 'an array', null: 'null',
};

function typeMessage(field: string, e: AslError): string {
  const declared = e.parentSchema?.type;
  const types = Array.isArray(declared) ? declared : typeof declared === 'string' ? [declared] : [];
  const pattern = typeof e.parentSchema?.pattern === 'string' ? e.parentSchema.pattern : '';
  // A string alternative that only admits placeholders/expressions is not worth naming as "a string".
  const altOnly = ALT_PATTERN.test(pattern);
  const shown = types.filter((t) => !(altOnly && t === 'string')).map((t) => TYPE_NAMES[t] ?? t);
  const base = shown.length ? `${field} must be ${shown.join(' or ')}` : `${field} ${e.message ?? 'has the wrong type'}`;
  if (!altOnly) return base;
  return pattern.includes('{%') ? `${base} (or a {% %} JSONata expression in JSONata states)` : base;
}
