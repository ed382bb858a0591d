/**
 * Fields that belong to one query language only, and the one mix AWS forbids: a JSONPath state
 * in a JSONata state machine (the other way round is allowed).
 */
import { childPointer } from '../../pointer';
import { COMPARISON_OPERATORS, type JsonObject, type QueryLanguage } from '../../types';
import { getArray, getObject, has, isObject } from '../json';
import type { StateInfo } from '../model';
import type { RuleContext } from './context';

/** Measured on AWS: these are refused on a JSONata state. */
const JSONPATH_ONLY = [
  'InputPath', 'OutputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'Result', 'ItemsPath',
  'MaxConcurrencyPath', 'SecondsPath', 'TimestampPath', 'TimeoutSecondsPath', 'HeartbeatSecondsPath',
  'ErrorPath', 'CausePath', 'ToleratedFailureCountPath', 'ToleratedFailurePercentagePath',
];
const JSONATA_ONLY = ['Arguments', 'Output', 'Items'];
const JSONPATH_RULE_FIELDS = ['Variable', ...COMPARISON_OPERATORS, 'And', 'Or', 'Not'];

/** Sub-objects with fields of their own language: [path from the state, JSONPath-only, JSONata-only]. */
const NESTED: readonly [string[], string[], string[]][] = [
  [['ItemReader'], ['Parameters'], ['Arguments']],
  [['ItemReader', 'ReaderConfig'], ['MaxItemsPath'], []],
  [['ItemBatcher'], ['MaxItemsPerBatchPath', 'MaxInputBytesPerBatchPath'], []],
  [['ResultWriter'], ['Parameters'], ['Arguments']],
  [['Credentials'], ['RoleArn.$'], []],
];

/** FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE and QUERY_LANGUAGE_DOWNGRADE. */
export function checkQueryLanguage(ctx: RuleContext): void {
  for (const state of ctx.model.states) {
    if (!state.obj) continue;
    if (state.downgraded) {
      // Measured on AWS: this is the whole answer for the state; its fields are not judged on top.
      ctx.reporter.report('QUERY_LANGUAGE_DOWNGRADE', childPointer(state.pointer, 'QueryLanguage'), "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine");
      continue;
    }
    checkState(ctx, state, state.obj);
  }
}

function checkState(ctx: RuleContext, state: StateInfo, obj: JsonObject): void {
  const jsonata = state.ql === 'JSONata';
  refuse(ctx, state.ql, obj, state.pointer, jsonata ? JSONPATH_ONLY : JSONATA_ONLY);
  for (const [path, pathOnly, ataOnly] of NESTED) {
    let sub: JsonObject | undefined = obj;
    for (const key of path) sub = sub ? getObject(sub, key) : undefined;
    if (sub) refuse(ctx, state.ql, sub, childPointer(state.pointer, ...path), jsonata ? pathOnly : ataOnly);
  }
  (getArray(obj, 'Catch') ?? []).forEach((c, i) => {
    if (isObject(c)) refuse(ctx, state.ql, c, childPointer(state.pointer, 'Catch', i), jsonata ? ['ResultPath'] : ['Output']);
  });
  if (state.type === 'Choice') {
    (getArray(obj, 'Choices') ?? []).forEach((rule, i) => {
      if (isObject(rule)) refuse(ctx, state.ql, rule, childPointer(state.pointer, 'Choices', i), jsonata ? JSONPATH_RULE_FIELDS : ['Condition', 'Output']);
    });
  }
}

function refuse(ctx: RuleContext, ql: QueryLanguage, obj: JsonObject, pointer: string, fields: readonly string[]): void {
  const other: QueryLanguage = ql === 'JSONata' ? 'JSONPath' : 'JSONata';
  for (const field of fields) {
    if (!has(obj, field)) continue;
    const hint = ql === 'JSONPath' ? ' (set "QueryLanguage": "JSONata" on the state to use it)' : '';
    ctx.reporter.report(
      'FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE',
      childPointer(pointer, field),
      `The QueryLanguage is set to '${ql}', but field '${field}' is only supported for the '${other}' QueryLanguage${hint}`,
      { key: true },
    );
  }
}
