import type { JsonValue } from '../types';
import { escapeToken } from '../pointer';
import { checkIntrinsic } from '../intrinsics/checkIntrinsic';
import { looksLikeIntrinsic } from '../intrinsics/parseIntrinsic';
import { checkPath } from './checkPath';
import { isObject } from './own';

/** Validator codes produced by the path and intrinsic checks. */
export type PathProblemCode =
  | 'INVALID_JSONPATH'
  | 'INVALID_REFERENCE_PATH'
  | 'INVALID_PAYLOAD_TEMPLATE'
  | 'INVALID_INTRINSIC'
  | 'UNKNOWN_INTRINSIC'
  | 'INTRINSIC_ARG_COUNT';

/** One problem in a payload template. */
export interface TemplateProblem {
  /** JSON pointer to the offending field value. */
  pointer: string;
  message: string;
  code: PathProblemCode;
}

/** A `${Name}` SAM/CDK substitution anywhere in the text: resolved at deploy time, so not checked. */
const PLACEHOLDER = /\$\{[^}]*\}/;

/**
 * Checks a payload template for the validator: every `.$` value must be a string holding a valid
 * JSONPath or intrinsic call (unknown functions, wrong argument counts and wrong literal types are
 * reported); nested objects and arrays are checked too. `${Name}` placeholders are accepted.
 * @example checkPayloadTemplate({ 'a.$': 'States.Nope()' }, '/States/P/Parameters')[0].code === 'UNKNOWN_INTRINSIC'
 */
export function checkPayloadTemplate(template: JsonValue, pointerPrefix: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  walk(template, pointerPrefix, problems);
  return problems;
}

function walk(node: JsonValue, pointer: string, problems: TemplateProblem[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${pointer}/${i}`, problems));
    return;
  }
  if (!isObject(node)) return;
  for (const key of Object.keys(node)) {
    const value = node[key];
    const at = `${pointer}/${escapeToken(key)}`;
    if (key.endsWith('.$')) checkDynamic(key, value, at, problems);
    else walk(value, at, problems);
  }
}

function checkDynamic(key: string, value: JsonValue, pointer: string, problems: TemplateProblem[]): void {
  if (typeof value !== 'string') {
    problems.push({ pointer, code: 'INVALID_PAYLOAD_TEMPLATE', message: `The value for the field '${key}' must be a string holding a JSONPath or an intrinsic function call` });
    return;
  }
  if (PLACEHOLDER.test(value)) return;
  if (looksLikeIntrinsic(value)) {
    for (const p of checkIntrinsic(value)) problems.push({ pointer, code: p.code, message: `${p.message} (in the field '${key}')` });
    return;
  }
  if (!value.trimStart().startsWith('$')) {
    problems.push({ pointer, code: 'INVALID_PAYLOAD_TEMPLATE', message: `The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call` });
    return;
  }
  const message = checkPath(value, 'path');
  if (message) problems.push({ pointer, code: 'INVALID_JSONPATH', message: `${message} (in the field '${key}')` });
}
