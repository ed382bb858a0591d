/**
 * The fixture corpus' own validity check: a small, independent re-statement of the ASL rules AWS
 * enforces at CreateStateMachine, so the corpus never depends on the validator it is meant to test.
 */
import type { JsonObject, JsonValue } from '../types';
import { checkExpressions } from './checkExpressions';
import type { FieldCheckOptions } from './checkStateFields';
import { checkStateFields } from './checkStateFields';
import { checkStructure } from './checkStructure';
import { collectStates, isObject } from './walkDefinition';

/**
 * Every rule the definition breaks, one readable line each; empty when AWS would accept it
 * (modulo DefinitionSubstitutions placeholders).
 * @example checkDefinition(JSON.parse(text), { numberPlaceholders: false }) // => []
 */
export function checkDefinition(definition: JsonValue, options: FieldCheckOptions): string[] {
  if (!isObject(definition)) return ['the definition is not a JSON object'];
  if (typeof definition.StartAt !== 'string') return ['StartAt is missing'];
  if (!isObject(definition.States)) return ['States is missing'];
  const problems = checkStructure(definition);
  problems.push(...checkTopLevel(definition, options));
  for (const walked of collectStates(definition)) {
    problems.push(...checkStateFields(walked, options), ...checkExpressions(walked));
  }
  return problems;
}

function checkTopLevel(definition: JsonObject, options: FieldCheckOptions): string[] {
  const problems: string[] = [];
  const language = definition.QueryLanguage;
  if (language !== undefined && language !== 'JSONPath' && language !== 'JSONata') problems.push(`bad QueryLanguage ${String(language)}`);
  if (language === 'JSONata') {
    // AWS: "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine".
    for (const { name, state } of collectStates(definition)) {
      if (state.QueryLanguage === 'JSONPath') problems.push(`${name}: JSONPath state in a JSONata state machine`);
    }
  }
  const timeout = definition.TimeoutSeconds;
  const placeholder = options.numberPlaceholders && typeof timeout === 'string' && /^\$\{[A-Za-z0-9_]+\}$/.test(timeout);
  if (timeout !== undefined && typeof timeout !== 'number' && !placeholder) problems.push('TimeoutSeconds must be a number');
  if ('Version' in definition && definition.Version !== '1.0') problems.push('Version must be "1.0"');
  return problems;
}
