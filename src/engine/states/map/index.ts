/**
 * Map: runs its ItemProcessor (or legacy Iterator) once per item. Inline Maps record every
 * iteration's events in the execution's history; Distributed Maps run child executions (their
 * events are theirs; the parent records MapRun events), may read items with an ItemReader, batch
 * them, tolerate failures and write results with a ResultWriter.
 */
import type { ItemBatcher, JsonObject, JsonValue, MapState } from '../../../asl/types';
import type { PathContext } from '../../../asl/paths/types';
import { AslRuntimeError } from '../../../asl/paths/errors';
import { evaluateExpecting } from '../../jsonata';
import type { StepResult } from '../../compiled';
import { FAIL } from '../../compiled';
import { ERR, errorOutput } from '../../errors';
import type { Failure } from '../../errors';
import { emit } from '../../events';
import { History } from '../../history';
import { Scope } from '../../scope';
import { compileFilterPath, compilePayload, compileRawPath } from '../../compile/jsonpath';
import type { JsonataTemplate } from '../../compile/jsonata';
import { bindingsOf, compileField, evalField } from '../../compile/jsonata';
import { compileResultFlow, failWith, inspect } from '../../compile/flow';
import type { Thread } from '../../thread';
import type { Runner, StateBuild } from '../build';
import { maxConcurrencyOf, toleratedCountOf, toleratedPercentageOf } from './config';
import type { NumberSource } from './config';
import { readItems } from './reader';
import { batchItems } from './batch';
import type { ChildRecord } from './writer';
import { writeResults } from './writer';
import { launchIterations } from './iterations';

/** AWS: an Inline Map runs at most 40 iterations at a time. */
const INLINE_CONCURRENCY = 40;
/** AWS: a Distributed Map runs up to 10,000 child executions at a time when MaxConcurrency is 0. */
const DISTRIBUTED_CONCURRENCY = 10000;

/** What the Map works on once its input is evaluated. */
interface Prepared {
  /** The effective input (`$` of ItemSelector). */
  input: JsonValue;
  items: JsonValue[];
  maxConcurrency: number | null;
}

/** Compiles a Map state. */
export function compileMap(b: StateBuild): Runner {
  const state = b.state;
  const def = state.def as MapState;
  const processor = def.ItemProcessor ?? def.Iterator;
  if (processor === undefined) throw new Error('a Map state needs an ItemProcessor');
  const distributed = def.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED' || (def.Iterator as { ProcessorConfig?: { Mode?: string } } | undefined)?.ProcessorConfig?.Mode === 'DISTRIBUTED';
  const fragment = b.compileFragment(processor);
  state.children = [fragment];
  const finish = compileResultFlow(state);
  const jsonata = state.jsonata;
  const maxConcurrency = maxConcurrencyOf(def, jsonata);
  const tolCount = toleratedCountOf(def, jsonata);
  const tolPercent = toleratedPercentageOf(def, jsonata);
  const prepare = jsonata ? prepareJsonata(def) : prepareJsonPath(def);
  const select = jsonata ? selectJsonata(def) : selectJsonPath(def);
  const batcher = def.ItemBatcher ? compileBatcher(def.ItemBatcher) : null;
  const writer = def.ResultWriter;
  const writerParams = writer ? (jsonata ? compileField(writer.Arguments, 'ResultWriter') : compilePayload(writer.Parameters, 'ResultWriter')) : null;

  const start = (t: Thread, p: Prepared, mc: number | null): StepResult => {
    const run = t.run;
    // With an ItemReader AWS records the state start before it reads anything: length 0.
    emit(t, 'MapStateStarted', 'mapStateStartedEventDetails', () => ({ length: def.ItemReader ? 0 : p.items.length }));
    t.children?.clear();
    const runId = run.random.uuid();
    let mapRunArn = '';
    const tolerance = !distributed
      ? { count: null, percent: null }
      : then(tolCount(t, p.input), (count) =>
          then(tolPercent(t, p.input), (percent) => {
            const id = run.identity;
            mapRunArn = `arn:${id.partition}:states:${id.region}:${id.accountId}:mapRun:${id.stateMachineName}/${def.Label ?? state.name}:${runId}`;
            emit(t, 'MapRunStarted', 'mapRunStartedEventDetails', () => ({ mapRunArn }));
            return { count, percent };
          }),
        );
    return then(tolerance, (tol) =>
      then(selectAll(t, p), (selected) =>
        then(batcher === null ? selected : batcher(t, p.input, selected), (inputs) => {
          const cap = mc !== null && mc > 0 ? (distributed ? mc : Math.min(mc, INLINE_CONCURRENCY)) : distributed ? DISTRIBUTED_CONCURRENCY : INLINE_CONCURRENCY;
          return launchIterations(t, {
            fragment,
            inputs,
            items: batcher !== null ? inputs : p.items,
            cap,
            distributed,
            tolerance: tol,
            newScope: () => (distributed ? new Scope() : t.scope.child()),
            childHistory: distributed ? () => new History(false, () => run.clock.now(), Infinity) : null,
            complete: (results: JsonValue[], records: ChildRecord[]): StepResult => {
              if (distributed) emit(t, 'MapRunSucceeded');
              emit(t, 'MapStateSucceeded');
              if (!writer) return finish(t, results);
              const params = writerParams === null ? {} : 'evaluate' in writerParams ? evalField(writerParams as JsonataTemplate, t) : writerParams(p.input, t);
              return guard(t, () => then(params, (ps) => finish(t, writeResults(writer, ps, records, mapRunArn, runId, run.files))));
            },
            fail: (f: Failure) => {
              if (distributed) emit(t, 'MapRunFailed', 'mapRunFailedEventDetails', () => failureDetails(f));
              t.failure = f;
              return FAIL;
            },
          });
        }),
      ),
    );
  };

  /** Every iteration's input (ItemSelector); synchronous unless a JSONata selector is involved. */
  const selectAll = (t: Thread, p: Prepared): JsonValue[] | Promise<JsonValue[]> => {
    const out: JsonValue[] = new Array<JsonValue>(p.items.length);
    let pending: Promise<unknown>[] | null = null;
    for (let i = 0; i < p.items.length; i++) {
      const v = select(t, p.input, i, p.items[i]);
      if (v instanceof Promise) (pending ??= []).push(v.then((x) => (out[i] = x)));
      else out[i] = v;
    }
    return pending === null ? out : Promise.all(pending).then(() => out);
  };

  // JSONPath Maps run without a promise when every piece is synchronous.
  return (t) => guard(t, () => then(prepare(t), (p) => then(maxConcurrency(t, p.input), (mc) => start(t, p, mc))));
}

/** Applies `f` to a value or a promise of one, staying synchronous for values. */
function then<T, U>(v: T | Promise<T>, f: (x: T) => U | Promise<U>): U | Promise<U> {
  return v instanceof Promise ? v.then(f) : f(v);
}

/** Runs `f`, turning anything thrown (now or later) into a failure of the state. */
function guard(t: Thread, f: () => StepResult): StepResult {
  try {
    const r = f();
    return r instanceof Promise ? r.catch((e: unknown) => failWith(t, e)) : r;
  } catch (e) {
    return failWith(t, e);
  }
}

function failureDetails(f: Failure): JsonObject {
  const d: JsonObject = {};
  if (f.error !== null) d.error = f.error;
  if (f.cause !== null) d.cause = f.cause;
  return d;
}

type Prepare = (t: Thread) => Prepared | Promise<Prepared>;
type Select = (t: Thread, input: JsonValue, index: number, item: JsonValue) => JsonValue | Promise<JsonValue>;

function notArray(error: string, v: JsonValue): AslRuntimeError {
  return new AslRuntimeError(error, `Map state input must be an array but was: ${JSON.stringify(v)}`);
}

function prepareJsonPath(def: MapState): Prepare {
  const inputPath = compileFilterPath(def.InputPath);
  const itemsPath = compileFilterPath(def.ItemsPath);
  const reader = def.ItemReader;
  const readerParams = reader ? compilePayload(reader.Parameters, 'ItemReader') : null;
  const maxItemsPath = reader?.ReaderConfig?.MaxItemsPath ? compileRawPath(reader.ReaderConfig.MaxItemsPath) : null;
  return (t) => {
    const input = inputPath === null ? t.input : inputPath(t.input, t);
    inspect(t, 'afterInputPath', input);
    if (reader) {
      const params = readerParams === null ? {} : readerParams(input, t);
      const mi = maxItemsPath !== null ? maxItemsPath(input, t) : reader.ReaderConfig?.MaxItems;
      const items = readItems(reader, params, t.run.files, typeof mi === 'number' ? mi : mi === undefined ? null : Number(mi));
      return { input, items, maxConcurrency: null };
    }
    const items = itemsPath === null ? input : itemsPath(input, t);
    // AWS reports a non-array the same way in both query languages.
    if (!Array.isArray(items)) throw notArray(ERR.QUERY_EVALUATION, items);
    return { input, items, maxConcurrency: null };
  };
}

function prepareJsonata(def: MapState): Prepare {
  const items = compileField(def.Items, 'Items');
  const reader = def.ItemReader;
  const readerArgs = reader ? compileField(reader.Arguments, 'ItemReader') : null;
  return async (t) => {
    const input = t.input;
    if (reader) {
      const params = readerArgs === null ? {} : await evalField(readerArgs, t);
      const mi = reader.ReaderConfig?.MaxItems;
      return { input, items: readItems(reader, params, t.run.files, typeof mi === 'number' ? mi : null), maxConcurrency: null };
    }
    if (items === null) {
      if (!Array.isArray(input)) throw notArray(ERR.QUERY_EVALUATION, input);
      return { input, items: input, maxConcurrency: null };
    }
    const v = items.isConstant ? items.constant : await evaluateExpecting(items, bindingsOf(t), 'array');
    if (!Array.isArray(v)) throw notArray(ERR.QUERY_EVALUATION, v);
    return { input, items: v, maxConcurrency: null };
  };
}

/** `$$` with `Map.Item` for ItemSelector. */
function itemContext(t: Thread, index: number, value: JsonValue): PathContext {
  return { contextObject: { ...t.contextObject, Map: { Item: { Index: index, Value: value } } }, variable: (name) => t.scope.get(name), random: t.random };
}

function selectJsonPath(def: MapState): Select {
  const selector = compilePayload(def.ItemSelector ?? def.Parameters, def.ItemSelector !== undefined ? 'ItemSelector' : 'Parameters');
  if (selector === null) return (_t, _input, _i, item) => item;
  return (t, input, i, item) => selector(input, itemContext(t, i, item));
}

function selectJsonata(def: MapState): Select {
  const selector = compileField(def.ItemSelector, 'ItemSelector');
  if (selector === null) return (_t, _input, _i, item) => item;
  return (t, _input, i, item) => {
    if (selector.isConstant) return selector.constant;
    const b = bindingsOf(t);
    return selector.evaluate({ ...b, states: { ...b.states, context: { ...t.contextObject, Map: { Item: { Index: i, Value: item } } } } });
  };
}

function compileBatcher(batcher: ItemBatcher): (t: Thread, input: JsonValue, items: JsonValue[]) => JsonValue[] | Promise<JsonValue[]> {
  const num = (v: number | string | undefined, path: string | undefined): NumberSource => {
    if (path !== undefined) {
      const p = compileRawPath(path);
      return (t, input) => {
        const x = p(input, t);
        return typeof x === 'number' ? x : null;
      };
    }
    return () => (typeof v === 'number' ? v : v === undefined ? null : Number(v));
  };
  const maxItems = num(batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath);
  const maxBytes = num(batcher.MaxInputBytesPerBatch, batcher.MaxInputBytesPerBatchPath);
  const batchInput = batcher.BatchInput !== undefined && typeof batcher.BatchInput === 'object' && batcher.BatchInput !== null && !Array.isArray(batcher.BatchInput)
    ? compilePayload(batcher.BatchInput, 'BatchInput')
    : null;
  return (t, input, items) =>
    then(maxItems(t, input), (mi) =>
      then(maxBytes(t, input), (mb) => batchItems(items, mi, mb, batchInput === null ? batcher.BatchInput : batchInput(input, t))),
    );
}

export { errorOutput };
