/**
 * Every `{% %}` expression of a JSONata state must compile, and must not read what AWS refuses
 * (top-level references, `$$`, `$states.errorOutput` outside a Catch). In JSONPath states such
 * strings are plain text and are not checked.
 */
import { compileJsonata, jsonataExpressionOf } from '../../jsonata';
import { childPointer } from '../../pointer';
import type { JsonObject, JsonValue } from '../../types';
import { get, getArray, hasPlaceholder, isObject } from '../json';
import type { StateInfo } from '../model';
import type { RuleContext } from './context';
import { unsupportedJsonataReference } from './jsonataRefs';

/** State fields that never hold expressions, or hold nested states checked on their own. */
const SKIP = new Set(['Type', 'Comment', 'QueryLanguage', 'Next', 'End', 'Resource', 'Default', 'Label', 'Retry', 'Catch', 'Choices', 'Branches', 'ItemProcessor', 'Iterator']);

/** INVALID_JSONATA and UNSUPPORTED_JSONATA_EXPRESSION. */
export function checkJsonataExpressions(ctx: RuleContext): void {
  for (const state of ctx.model.states) {
    if (state.ql !== 'JSONata' || !state.obj || state.downgraded) continue;
    const obj = state.obj;
    for (const key of Object.keys(obj)) {
      if (!SKIP.has(key)) scan(ctx, obj[key], childPointer(state.pointer, key), key === 'ItemReader' || key === 'ResultWriter', false);
    }
    (getArray(obj, 'Catch') ?? []).forEach((c, i) => scanFields(ctx, c, childPointer(state.pointer, 'Catch', i), ['Output', 'Assign'], true));
    if (state.type === 'Choice') choiceRules(ctx, state, obj);
  }
}

function choiceRules(ctx: RuleContext, state: StateInfo, obj: JsonObject): void {
  (getArray(obj, 'Choices') ?? []).forEach((rule, i) => scanFields(ctx, rule, childPointer(state.pointer, 'Choices', i), ['Condition', 'Output', 'Assign'], false));
}

function scanFields(ctx: RuleContext, holder: JsonValue, pointer: string, fields: string[], inCatch: boolean): void {
  if (!isObject(holder)) return;
  for (const f of fields) {
    const v = get(holder, f);
    if (v !== undefined) scan(ctx, v, childPointer(pointer, f), false, inCatch);
  }
}

/** Checks every string below `value` (iteratively). `skipResource` leaves ItemReader.Resource alone. */
function scan(ctx: RuleContext, value: JsonValue, pointer: string, skipResource: boolean, inCatch: boolean): void {
  const stack: [JsonValue, string][] = [[value, pointer]];
  while (stack.length > 0) {
    const [v, p] = stack.pop() as [JsonValue, string];
    if (typeof v === 'string') {
      checkString(ctx, v, p, inCatch);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, childPointer(p, i)]));
    } else if (isObject(v)) {
      for (const k of Object.keys(v)) {
        if (!(skipResource && p === pointer && k === 'Resource')) stack.push([v[k], childPointer(p, k)]);
      }
    }
  }
}

function checkString(ctx: RuleContext, s: string, pointer: string, inCatch: boolean): void {
  const expr = jsonataExpressionOf(s);
  if (expr === null || hasPlaceholder(expr)) return;
  const compiled = compileJsonata(expr);
  if (!compiled.ok) {
    const shown = expr.trim().length > 60 ? `${expr.trim().slice(0, 57)}...` : expr.trim();
    ctx.reporter.report('INVALID_JSONATA', pointer, `Invalid JSONata expression: ${compiled.message} (at position ${compiled.position} of '${shown}')`);
    return;
  }
  const refused = unsupportedJsonataReference(compiled.ast, inCatch);
  if (refused) ctx.reporter.report('UNSUPPORTED_JSONATA_EXPRESSION', pointer, refused);
}
