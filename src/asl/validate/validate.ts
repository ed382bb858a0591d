/** The validator: JSON Schema first, then the semantic rules AWS enforces. */
import type { Diagnostic, JsonValue } from '../types';
import { isObject } from './json';
import { buildModel } from './model';
import { finish, type SourceMapLike } from './order';
import { Reporter } from './Reporter';
import { checkSchema } from './schemaCheck';
import type { Rule, RuleContext } from './rules/context';
import { checkChoices } from './rules/choice';
import { checkExclusiveFields } from './rules/exclusiveFields';
import { checkExpressIntegrations } from './rules/express';
import { checkJsonataExpressions } from './rules/jsonataExpressions';
import { checkJsonPaths } from './rules/jsonPaths';
import { checkMapStates } from './rules/mapState';
import { checkStateNames } from './rules/names';
import { checkQueryLanguage } from './rules/queryLanguage';
import { checkRetryCatch } from './rules/retryCatch';
import { checkTimestamps } from './rules/timestamps';
import { checkTransitions } from './rules/transitions';
import { checkVariableNames } from './rules/variables';

export interface ValidateOptions {
  /** Fills `range` on each diagnostic. */
  sourceMap?: SourceMapLike;
  /** Size of the source text, for the definition size limit. */
  textLength?: number;
  /** STANDARD (default) or EXPRESS: EXPRESS rejects `.sync`, `.waitForTaskToken` and activities. */
  workflowType?: 'STANDARD' | 'EXPRESS';
}

/** AWS: "The maximum size of a state machine definition is 1 MB". */
export const MAX_DEFINITION_SIZE = 1_048_576;
/**
 * Deeper values are refused before any recursive check runs (ajv recurses once per level). The
 * same limit as the parser's MAX_NESTING: real definitions stay well under 50 levels.
 */
export const MAX_NESTING_DEPTH = 512;

const RULES: readonly Rule[] = [
  checkTransitions, checkStateNames, checkChoices, checkExclusiveFields, checkRetryCatch,
  checkMapStates, checkQueryLanguage, checkJsonPaths, checkJsonataExpressions, checkExpressIntegrations, checkVariableNames, checkTimestamps,
];

/**
 * Validates a parsed definition. Never throws; returns diagnostics in reading order.
 * @example validate({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }) // []
 */
export function validate(definition: JsonValue, options: ValidateOptions = {}): Diagnostic[] {
  const reporter = new Reporter();
  guarded(reporter, () => run(definition, options, reporter));
  return finish(reporter.items, definition, options.sourceMap);
}

function run(definition: JsonValue, options: ValidateOptions, reporter: Reporter): void {
  if (options.textLength !== undefined && options.textLength > MAX_DEFINITION_SIZE) {
    reporter.report('DEFINITION_TOO_LARGE', '', `The definition is ${options.textLength.toLocaleString('en-US')} bytes; AWS accepts at most ${MAX_DEFINITION_SIZE.toLocaleString('en-US')} (1 MB)`);
  }
  const depth = nestingDepth(definition, MAX_NESTING_DEPTH);
  if (depth > MAX_NESTING_DEPTH) {
    reporter.report('NESTING_TOO_DEEP', '', `The definition nests more than ${MAX_NESTING_DEPTH} levels deep; it was not checked further`);
    return;
  }
  checkSchema(definition, reporter);
  if (!isObject(definition)) return;
  const ctx: RuleContext = {
    model: buildModel(definition, options.workflowType === 'EXPRESS'),
    reporter,
    workflowType: options.workflowType ?? 'STANDARD',
  };
  for (const rule of RULES) guarded(reporter, () => rule(ctx));
}

/** A bug in one rule must not cost the user every other diagnostic, nor crash the editor. */
function guarded(reporter: Reporter, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    reporter.report('VALIDATOR_ERROR', '', `Internal validator error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Maximum nesting depth of a value, counted iteratively; stops counting past `limit`. */
export function nestingDepth(value: JsonValue, limit: number): number {
  let max = 0;
  const stack: [JsonValue, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [JsonValue, number];
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > max) max = d + 1;
    if (max > limit) return max;
    const children = Array.isArray(v) ? v : Object.values(v);
    for (const c of children) if (c !== null && typeof c === 'object') stack.push([c, d + 1]);
  }
  return max;
}
