/** Messages for fields the schema does not allow where they are written. */
import { aslSchema, type JsonSchema } from '../schema';
import { fromPointer } from '../pointer';
import { STATE_TYPES } from '../types';
import type { DiagnosticCode } from './codes';

const STATE_DEFINITIONS: Record<string, string> = {
  Task: 'taskState', Pass: 'passState', Choice: 'choiceState', Wait: 'waitState',
  Succeed: 'succeedState', Fail: 'failState', Parallel: 'parallelState', Map: 'mapState',
};

/** field -> the state types that accept it, from the schema itself. */
const ACCEPTED_BY = new Map<string, string[]>();
for (const type of STATE_TYPES) {
  const def = aslSchema.definitions?.[STATE_DEFINITIONS[type]];
  for (const field of Object.keys(def?.properties ?? {})) {
    ACCEPTED_BY.set(field, [...(ACCEPTED_BY.get(field) ?? []), type]);
  }
}

const SPECIAL: Record<string, string> = {
  'Choice:Next': "Choice states do not support 'Next': each rule in Choices names its Next, and Default is taken when none matches",
  'Choice:End': "Choice states cannot end the execution: point a rule or Default at a Succeed or Fail state",
  'Succeed:Next': "Succeed states are terminal and cannot have 'Next'",
  'Succeed:End': "Succeed states are always terminal: remove 'End'",
  'Fail:Next': "Fail states are terminal and cannot have 'Next'",
  'Fail:End': "Fail states are always terminal: remove 'End'",
};

const CONTAINERS: Record<string, string> = {
  Choices: 'Choice rule', And: 'Choice rule', Or: 'Choice rule', Not: 'Choice rule', Retry: 'retrier', Catch: 'catcher',
  Branches: 'Parallel branch', ItemProcessor: 'ItemProcessor', Iterator: 'Iterator', ProcessorConfig: 'ProcessorConfig',
  ItemReader: 'ItemReader', ReaderConfig: 'ReaderConfig', ItemBatcher: 'ItemBatcher', ResultWriter: 'ResultWriter',
  WriterConfig: 'WriterConfig', Credentials: 'Credentials',
};

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** " Did you mean 'Resource'?" for a near miss among the allowed names. */
function suggestion(extra: string, allowed: string[]): string {
  if (extra.length > 60) return '';
  let best = '';
  let bestScore = Infinity;
  for (const name of allowed) {
    const score = name.toLowerCase() === extra.toLowerCase() ? 0 : distance(extra, name);
    if (score < bestScore) [best, bestScore] = [name, score];
  }
  return best && bestScore <= Math.max(1, Math.floor(extra.length / 4)) ? ` Did you mean '${best}'?` : '';
}

/** Code and message for an unknown or misplaced field `extra` in the object at `pointer`. */
export function describeAdditionalProperty(
  extra: string,
  pointer: string,
  parentSchema: JsonSchema | undefined,
): { code: DiagnosticCode; message: string } {
  const allowed = Object.keys(parentSchema?.properties ?? {});
  const stateType = parentSchema?.properties?.Type?.const;
  if (typeof stateType === 'string') {
    const special = SPECIAL[`${stateType}:${extra}`];
    if (special) return { code: 'FIELD_NOT_ALLOWED_FOR_STATE_TYPE', message: special };
    const acceptedBy = ACCEPTED_BY.get(extra);
    if (acceptedBy) {
      return {
        code: 'FIELD_NOT_ALLOWED_FOR_STATE_TYPE',
        message: `Field '${extra}' is not supported by ${stateType} states (only by ${acceptedBy.join(', ')})`,
      };
    }
    return { code: 'SCHEMA_ADDITIONAL_PROPERTY', message: `Unknown field '${extra}' in ${stateType} state.${suggestion(extra, allowed)}` };
  }
  const segments = fromPointer(pointer);
  if (segments.length === 0) {
    return { code: 'SCHEMA_ADDITIONAL_PROPERTY', message: `Unknown top-level field '${extra}'.${suggestion(extra, allowed)}` };
  }
  const container = [...segments].reverse().find((s) => !/^\d+$/.test(s)) ?? '';
  const what = CONTAINERS[container] ?? `'${container}'`;
  if (extra === 'QueryLanguage' && (container === 'Branches' || container === 'ItemProcessor' || container === 'Iterator')) {
    return {
      code: 'SCHEMA_ADDITIONAL_PROPERTY',
      message: `Field 'QueryLanguage' is not supported on a ${what}: states inside follow the state machine's QueryLanguage, so set it on each state`,
    };
  }
  return { code: 'SCHEMA_ADDITIONAL_PROPERTY', message: `Unknown field '${extra}' in ${what}.${suggestion(extra, allowed)}` };
}
