/**
 * Per-state checks for the fixture corpus: allowed fields per type and query language, Next/End,
 * Choice rules, Wait, Retry/Catch, timeouts and Map configuration.
 */
import type { JsonObject, JsonValue } from '../types';
import { CHOICE_OPERATORS, NUMBER_FIELDS, RETRIER_FIELDS, allowedCatcherFields, allowedStateFields } from './fieldRules';
import type { WalkedState } from './walkDefinition';
import { isObject } from './walkDefinition';

/** Options for checks that depend on how the fixture is meant to be deployed. */
export interface FieldCheckOptions {
  /** True when number-typed fields may hold a `${Name}` DefinitionSubstitutions placeholder. */
  numberPlaceholders: boolean;
}

/** Problems with one state's own fields, one readable line each. */
export function checkStateFields(walked: WalkedState, options: FieldCheckOptions): string[] {
  const { name, state, queryLanguage } = walked;
  const problems: string[] = [];
  const type = typeof state.Type === 'string' ? state.Type : '';
  const allowed = allowedStateFields(type, queryLanguage);
  if (!allowed) return [`${name}: unknown Type ${JSON.stringify(state.Type)}`];
  for (const key of Object.keys(state)) {
    if (!allowed.includes(key)) problems.push(`${name}: ${type} may not have ${key} in ${queryLanguage}`);
  }
  if (type !== 'Choice' && type !== 'Succeed' && type !== 'Fail') {
    const hasNext = typeof state.Next === 'string';
    if (hasNext === (state.End === true)) problems.push(`${name}: needs exactly one of Next or "End": true`);
  }
  if (type === 'Choice') problems.push(...checkChoice(name, state, queryLanguage));
  if (type === 'Wait') {
    const kinds = ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'].filter((key) => key in state);
    if (kinds.length !== 1) problems.push(`${name}: a Wait needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath`);
  }
  if (type === 'Task' && typeof state.Resource !== 'string') problems.push(`${name}: Task without a Resource string`);
  if (typeof state.HeartbeatSeconds === 'number' && typeof state.TimeoutSeconds === 'number' && state.HeartbeatSeconds >= state.TimeoutSeconds) {
    problems.push(`${name}: HeartbeatSeconds must be smaller than TimeoutSeconds`);
  }
  problems.push(...checkErrorHandlers(name, state, queryLanguage));
  if (type === 'Map') problems.push(...checkMap(name, state));
  problems.push(...checkNumbers(name, state, queryLanguage, options));
  return problems;
}

function checkChoice(name: string, state: JsonObject, queryLanguage: string): string[] {
  const problems: string[] = [];
  const rules = state.Choices;
  if (!Array.isArray(rules) || rules.length === 0) return [`${name}: Choices must be a non-empty array`];
  for (const rule of rules) {
    if (!isObject(rule) || typeof rule.Next !== 'string') problems.push(`${name}: every top-level Choice rule needs Next`);
    else problems.push(...checkRule(name, rule, queryLanguage, true));
  }
  return problems;
}

function checkRule(name: string, rule: JsonObject, queryLanguage: string, topLevel: boolean): string[] {
  const extra = topLevel ? ['Next', 'Assign'] : [];
  if (queryLanguage === 'JSONata') {
    const unknown = Object.keys(rule).filter((key) => ![...extra, 'Condition', 'Output'].includes(key));
    const problems = unknown.map((key) => `${name}: JSONata Choice rule may not have ${key}`);
    if (!('Condition' in rule)) problems.push(`${name}: JSONata Choice rule needs Condition`);
    return problems;
  }
  const operators = Object.keys(rule).filter((key) => CHOICE_OPERATORS.includes(key));
  const logic = ['And', 'Or', 'Not'].filter((key) => key in rule);
  const unknown = Object.keys(rule).filter((key) => ![...extra, 'Variable', 'And', 'Or', 'Not', ...CHOICE_OPERATORS].includes(key));
  const problems = unknown.map((key) => `${name}: Choice rule may not have ${key}`);
  if (logic.length + operators.length !== 1) problems.push(`${name}: a Choice rule needs exactly one operator, And, Or or Not`);
  if (operators.length === 1 && typeof rule.Variable !== 'string') problems.push(`${name}: comparison without Variable`);
  for (const key of ['And', 'Or']) {
    const list = rule[key];
    if (key in rule && (!Array.isArray(list) || list.length === 0)) problems.push(`${name}: ${key} needs a non-empty array`);
    if (Array.isArray(list)) for (const inner of list) problems.push(...(isObject(inner) ? checkRule(name, inner, queryLanguage, false) : [`${name}: bad rule in ${key}`]));
  }
  if ('Not' in rule) problems.push(...(isObject(rule.Not) ? checkRule(name, rule.Not, queryLanguage, false) : [`${name}: Not needs one rule`]));
  return problems;
}

function checkErrorHandlers(name: string, state: JsonObject, queryLanguage: 'JSONPath' | 'JSONata'): string[] {
  const problems: string[] = [];
  for (const [field, allowed] of [['Retry', RETRIER_FIELDS], ['Catch', allowedCatcherFields(queryLanguage)]] as const) {
    const list = state[field];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(`${name}: ${field} must be an array`);
      continue;
    }
    list.forEach((entry, i) => {
      if (!isObject(entry)) return;
      for (const key of Object.keys(entry)) if (!allowed.includes(key)) problems.push(`${name}: ${field}[${i}] may not have ${key}`);
      const errors = entry.ErrorEquals;
      if (!Array.isArray(errors) || errors.length === 0) problems.push(`${name}: ${field}[${i}] needs ErrorEquals`);
      else if (errors.includes('States.ALL') && (errors.length > 1 || i !== list.length - 1)) {
        problems.push(`${name}: States.ALL must be alone and in the last ${field} entry`);
      }
      if ('JitterStrategy' in entry && entry.JitterStrategy !== 'FULL' && entry.JitterStrategy !== 'NONE') problems.push(`${name}: bad JitterStrategy`);
      if (typeof entry.BackoffRate === 'number' && entry.BackoffRate < 1) problems.push(`${name}: BackoffRate must be >= 1`);
    });
  }
  return problems;
}

function checkMap(name: string, state: JsonObject): string[] {
  const problems: string[] = [];
  const processor = isObject(state.ItemProcessor) ? state.ItemProcessor : undefined;
  const config = processor && isObject(processor.ProcessorConfig) ? processor.ProcessorConfig : undefined;
  const distributed = config?.Mode === 'DISTRIBUTED';
  if (('ItemProcessor' in state) === ('Iterator' in state)) problems.push(`${name}: a Map needs exactly one of ItemProcessor or Iterator`);
  if ('ItemSelector' in state && 'Parameters' in state) problems.push(`${name}: ItemSelector and Parameters exclude each other`);
  if (distributed && config?.ExecutionType !== 'STANDARD' && config?.ExecutionType !== 'EXPRESS') {
    problems.push(`${name}: a distributed Map needs ExecutionType STANDARD or EXPRESS`);
  }
  const distributedOnly = ['ItemReader', 'ItemBatcher', 'ResultWriter', 'Label', 'ToleratedFailurePercentage', 'ToleratedFailureCount',
    'ToleratedFailurePercentagePath', 'ToleratedFailureCountPath'];
  for (const key of distributedOnly) if (key in state && !distributed) problems.push(`${name}: ${key} needs a DISTRIBUTED Map`);
  if ('Label' in state && !(typeof state.Label === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(state.Label))) {
    problems.push(`${name}: Label must be 1-40 letters, digits, '-' or '_'`);
  }
  if (distributed && config?.ExecutionType === 'EXPRESS' && processor && isObject(processor.States)) {
    // AWS: Express child workflows support neither .sync nor .waitForTaskToken, nor activities.
    for (const [inner, child] of Object.entries(processor.States)) {
      const resource = isObject(child) ? child.Resource : undefined;
      if (typeof resource === 'string' && /\.sync|\.waitForTaskToken|:activity:/.test(resource)) {
        problems.push(`${name}: ${inner} uses ${resource} inside an EXPRESS child workflow`);
      }
    }
  }
  return problems;
}

function checkNumbers(name: string, state: JsonObject, queryLanguage: string, options: FieldCheckOptions): string[] {
  const holders: { where: string; object: JsonValue | undefined }[] = [{ where: name, object: state }];
  if (Array.isArray(state.Retry)) state.Retry.forEach((entry, i) => holders.push({ where: `${name}.Retry[${i}]`, object: entry }));
  holders.push({ where: `${name}.ItemBatcher`, object: state.ItemBatcher });
  const reader = state.ItemReader;
  if (isObject(reader)) holders.push({ where: `${name}.ItemReader.ReaderConfig`, object: reader.ReaderConfig });
  const problems: string[] = [];
  for (const { where, object } of holders) {
    if (!isObject(object)) continue;
    for (const [key, value] of Object.entries(object)) {
      if (!NUMBER_FIELDS.has(key) || typeof value === 'number') continue;
      const jsonata = queryLanguage === 'JSONata' && typeof value === 'string' && value.startsWith('{%');
      const placeholder = options.numberPlaceholders && typeof value === 'string' && /^\$\{[A-Za-z0-9_]+\}$/.test(value);
      if (!jsonata && !placeholder) problems.push(`${where}: ${key} must be a number, got ${JSON.stringify(value)}`);
    }
  }
  return problems;
}
