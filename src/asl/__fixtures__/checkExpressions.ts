/**
 * Expression checks for the fixture corpus: JSONPath payload templates, paths and intrinsic calls
 * in JSONPath states; `{% %}` JSONata expressions (they must compile) in JSONata states.
 */
import jsonata from 'jsonata';
import type { JsonObject, JsonValue } from '../types';
import { INTRINSIC_FUNCTIONS } from './fieldRules';
import type { WalkedState } from './walkDefinition';
import { forEachString, isObject } from './walkDefinition';

/** Fields that hold a path (or null) in JSONPath states. */
const PATH_FIELDS = ['InputPath', 'OutputPath', 'ResultPath', 'ItemsPath', 'SecondsPath', 'TimestampPath', 'ErrorPath', 'CausePath',
  'MaxConcurrencyPath', 'TimeoutSecondsPath', 'HeartbeatSecondsPath', 'ToleratedFailurePercentagePath', 'ToleratedFailureCountPath'];

/** Intrinsic function calls, e.g. `States.Format(` in `States.Format('{}', $.a)`. */
const INTRINSIC_CALL = /\bStates\.[A-Za-z0-9]+(?=\s*\()/g;

/** The state without its nested state machines, so each state is checked in its own language. */
function ownPart(state: JsonObject): JsonObject {
  const rest: JsonObject = { ...state };
  delete rest.Branches;
  delete rest.Iterator;
  if (isObject(state.ItemProcessor)) rest.ItemProcessor = { ProcessorConfig: state.ItemProcessor.ProcessorConfig ?? null };
  return rest;
}

/** Every intrinsic function name called in a JSONPath expression string. */
export function intrinsicCalls(text: string): string[] {
  return text.match(INTRINSIC_CALL) ?? [];
}

/** Problems with the expressions of one state, one readable line each. */
export function checkExpressions(walked: WalkedState): string[] {
  return walked.queryLanguage === 'JSONata' ? checkJsonataState(walked) : checkJsonPathState(walked);
}

function checkJsonPathState({ name, state }: WalkedState): string[] {
  const problems: string[] = [];
  const own = ownPart(state);
  forEachString(own, (text, keys) => {
    if (text.includes('{%')) problems.push(`${name}: JSONata expression in a JSONPath state at ${keys.join('.')}`);
    const key = keys[keys.length - 1] ?? '';
    const isPathKey = key.endsWith('.$') || PATH_FIELDS.includes(key) || key === 'Variable' || (key.endsWith('Path') && keys.includes('Choices'));
    if (key.endsWith('.$') && !text.startsWith('$') && !text.startsWith('States.')) {
      problems.push(`${name}: ${keys.join('.')} ends in .$ but holds neither a path nor an intrinsic: ${text}`);
    }
    if (isPathKey) {
      for (const call of intrinsicCalls(text)) if (!INTRINSIC_FUNCTIONS.has(call)) problems.push(`${name}: unknown intrinsic ${call}`);
    }
  });
  for (const key of PATH_FIELDS) {
    const value = state[key];
    if (value === undefined || value === null) continue;
    const intrinsicAllowed = key === 'ErrorPath' || key === 'CausePath';
    if (typeof value !== 'string' || !(value.startsWith('$') || (intrinsicAllowed && value.startsWith('States.')))) {
      problems.push(`${name}: ${key} must be a path, got ${JSON.stringify(value)}`);
    }
  }
  return problems;
}

function checkJsonataState({ name, state }: WalkedState): string[] {
  const problems: string[] = [];
  const own = ownPart(state);
  const visit = (value: JsonValue | undefined, keys: string[]): void => {
    if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (key.endsWith('.$')) problems.push(`${name}: JSONPath-style key ${[...keys, key].join('.')} in a JSONata state`);
        visit(item, [...keys, key]);
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...keys, String(i)]));
    else if (typeof value === 'string' && value.includes('{%')) problems.push(...checkJsonataString(name, String(state.Type), value, keys));
  };
  visit(own, []);
  return problems;
}

function checkJsonataString(name: string, type: string, text: string, keys: string[]): string[] {
  const where = `${name}: ${keys.join('.')}`;
  if (!text.startsWith('{%') || !text.endsWith('%}')) return [`${where}: a JSONata string must start with {% and end with %}`];
  const problems: string[] = [];
  try {
    jsonata(text.slice(2, -2));
  } catch (error) {
    problems.push(`${where}: JSONata does not compile: ${(error as Error).message}`);
  }
  // AWS: $states.errorOutput exists only in a Catch; $states.result only in Output/Assign after a Task, Map or Parallel.
  if (text.includes('$states.errorOutput') && keys[0] !== 'Catch') problems.push(`${where}: $states.errorOutput outside a Catch`);
  const producesResult = type === 'Task' || type === 'Map' || type === 'Parallel';
  if (text.includes('$states.result') && !(producesResult && (keys[0] === 'Output' || keys[0] === 'Assign'))) {
    problems.push(`${where}: $states.result outside the Output/Assign of a Task, Map or Parallel`);
  }
  return problems;
}
