/** Map states: processor forms, Label, distributed-only fields. */
import { childPointer } from '../../pointer';
import type { JsonObject } from '../../types';
import { get, getObject, has, hasPlaceholder } from '../json';
import { isDistributedMap, processorConfigOf, type StateInfo } from '../model';
import type { RuleContext } from './context';

const MAX_LABEL_LENGTH = 40;
/**
 * AWS: a Label "can't contain whitespace, brackets < > { } [ ], wildcards ? *, special characters
 * " # % \ ^ | ~ ` $ & , ; : / or control characters (U+0000-001F, U+007F-009F)".
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what AWS forbids
const LABEL_FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/u;

/** Fields AWS documents for distributed Maps only. */
const DISTRIBUTED_ONLY = ['ItemReader', 'ItemBatcher', 'ResultWriter', 'ToleratedFailureCount', 'ToleratedFailureCountPath', 'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'];

/** Map-specific rules. */
export function checkMapStates(ctx: RuleContext): void {
  for (const state of ctx.model.states) {
    if (state.type !== 'Map' || !state.obj) continue;
    processors(ctx, state, state.obj);
    label(ctx, state, state.obj);
    distributedOnly(ctx, state, state.obj);
    csvHeaders(ctx, state, state.obj);
  }
}

/**
 * `CSVHeaderLocation: GIVEN` takes the column names from `CSVHeaders`; without them there are no
 * names for the items' fields. A warning: the definition is still created, the run is what breaks.
 */
function csvHeaders(ctx: RuleContext, state: StateInfo, obj: JsonObject): void {
  const reader = getObject(getObject(obj, 'ItemReader') ?? {}, 'ReaderConfig');
  if (!reader) return;
  if (get(reader, 'CSVHeaderLocation') !== 'GIVEN') return;
  const headers = get(reader, 'CSVHeaders');
  if (Array.isArray(headers) && headers.length > 0) return;
  ctx.reporter.report('CSV_HEADERS_MISSING', childPointer(state.pointer, 'ItemReader', 'ReaderConfig'), "CSVHeaderLocation is GIVEN but 'CSVHeaders' lists no column names: add them, or read them from the FIRST_ROW");
}

function processors(ctx: RuleContext, state: StateInfo, obj: JsonObject): void {
  const hasProcessor = has(obj, 'ItemProcessor');
  const hasIterator = has(obj, 'Iterator');
  if (hasProcessor && hasIterator) {
    ctx.reporter.report('ITEM_PROCESSOR_AND_ITERATOR', childPointer(state.pointer, 'Iterator'), "'ItemProcessor' and its legacy form 'Iterator' cannot both be set: keep ItemProcessor", { key: true });
  } else if (!hasProcessor && !hasIterator) {
    ctx.reporter.report('SCHEMA_REQUIRED', state.pointer, `Map state '${state.name}' needs an 'ItemProcessor' (the steps run for each item)`, { key: true });
  }
  if (has(obj, 'ItemSelector') && has(obj, 'Parameters')) {
    ctx.reporter.report('ITEM_SELECTOR_AND_PARAMETERS', childPointer(state.pointer, 'Parameters'), "'ItemSelector' and its legacy form 'Parameters' cannot both be set: keep ItemSelector", { key: true });
  }
  const config = processorConfigOf(obj);
  if (config && isDistributedMap(obj) && !has(config, 'ExecutionType')) {
    const holder = has(obj, 'ItemProcessor') ? 'ItemProcessor' : 'Iterator';
    ctx.reporter.report('SCHEMA_REQUIRED', childPointer(state.pointer, holder, 'ProcessorConfig'), "A DISTRIBUTED Map needs 'ExecutionType' (STANDARD or EXPRESS) for its child executions");
  }
}

function label(ctx: RuleContext, state: StateInfo, obj: JsonObject): void {
  const value = get(obj, 'Label');
  if (typeof value !== 'string' || hasPlaceholder(value)) return;
  const pointer = childPointer(state.pointer, 'Label');
  const length = [...value].length;
  if (length === 0) {
    ctx.reporter.report('INVALID_MAP_LABEL', pointer, 'Label cannot be empty');
  } else if (length > MAX_LABEL_LENGTH) {
    ctx.reporter.report('INVALID_MAP_LABEL', pointer, `Label is ${length} characters long; the maximum is ${MAX_LABEL_LENGTH}`);
  } else {
    const bad = LABEL_FORBIDDEN.exec(value);
    if (bad) ctx.reporter.report('INVALID_MAP_LABEL', pointer, `Label contains the invalid character ${JSON.stringify(bad[0])}: no whitespace, brackets, wildcards, special or control characters`);
  }
}

function distributedOnly(ctx: RuleContext, state: StateInfo, obj: JsonObject): void {
  if (isDistributedMap(obj)) return;
  const mode = get(processorConfigOf(obj) ?? {}, 'Mode');
  if (hasPlaceholder(mode)) return;
  for (const field of DISTRIBUTED_ONLY) {
    if (!has(obj, field)) continue;
    // AWS accepts these on an inline Map when the definition is created, but they only take
    // effect in a distributed map run: a warning, not an error.
    ctx.reporter.report('DISTRIBUTED_ONLY_FIELD', childPointer(state.pointer, field), `'${field}' only works in a distributed Map: set "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"} in ItemProcessor`, { key: true });
  }
}
