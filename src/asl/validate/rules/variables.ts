/**
 * Variable names in Assign (state, Choice rule, catcher). AWS: names follow Unicode Standard
 * Annex #31 identifiers (a letter or underscore, then letters, digits, underscores), at most 80
 * characters; `states` is reserved for `$states`.
 */
import { childPointer } from '../../pointer';
import type { JsonObject } from '../../types';
import { getArray, getObject, hasPlaceholder, isObject } from '../json';
import type { RuleContext } from './context';

const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;
const MAX_LENGTH = 80;

/** INVALID_VARIABLE_NAME on every Assign key. */
export function checkVariableNames(ctx: RuleContext): void {
  for (const state of ctx.model.states) {
    if (!state.obj) continue;
    const jsonPath = state.ql === 'JSONPath';
    const holders: [JsonObject, string][] = [[state.obj, state.pointer]];
    (getArray(state.obj, 'Catch') ?? []).forEach((c, i) => {
      if (isObject(c)) holders.push([c, childPointer(state.pointer, 'Catch', i)]);
    });
    (getArray(state.obj, 'Choices') ?? []).forEach((r, i) => {
      if (isObject(r)) holders.push([r, childPointer(state.pointer, 'Choices', i)]);
    });
    for (const [holder, pointer] of holders) {
      const assign = getObject(holder, 'Assign');
      if (assign) checkAssign(ctx, assign, childPointer(pointer, 'Assign'), jsonPath);
    }
  }
}

function checkAssign(ctx: RuleContext, assign: JsonObject, pointer: string, jsonPath: boolean): void {
  for (const key of Object.keys(assign)) {
    if (hasPlaceholder(key)) continue;
    // In JSONPath states a key ending in `.$` takes its value from a path; the name is the rest.
    const name = jsonPath && key.endsWith('.$') ? key.slice(0, -2) : key;
    const problem = nameProblem(name);
    if (problem) ctx.reporter.report('INVALID_VARIABLE_NAME', childPointer(pointer, key), `Invalid variable name '${name}': ${problem}`, { key: true });
  }
}

function nameProblem(name: string): string | null {
  if (name === 'states') return "'states' is reserved ($states holds the state's input, result and context)";
  if ([...name].length > MAX_LENGTH) return `at most ${MAX_LENGTH} characters`;
  if (!IDENTIFIER.test(name)) return 'a name starts with a letter or underscore and holds only letters, digits and underscores';
  return null;
}
