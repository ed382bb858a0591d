import { describe, it, expect } from 'vitest';
import { exec } from '../testkit';

const passProcessor = (extra: Record<string, unknown> = {}) => ({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } }, ...extra });

describe('Map (inline)', () => {
  it('maps ItemsPath through ItemSelector with $$.Map.Item, keeping order', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: { Type: 'Map', ItemsPath: '$.xs', ItemSelector: { 'v.$': '$$.Map.Item.Value', 'i.$': '$$.Map.Item.Index', 'tag.$': '$.tag' }, ItemProcessor: passProcessor(), ResultPath: '$.out', End: true },
      },
    };
    const r = await exec(def, { input: { xs: ['a', 'b'], tag: 't' } });
    expect(r.output).toEqual({ xs: ['a', 'b'], tag: 't', out: [{ v: 'a', i: 0, tag: 't' }, { v: 'b', i: 1, tag: 't' }] });
    expect(r.types).toEqual([
      'ExecutionStarted', 'MapStateEntered', 'MapStateStarted',
      'MapIterationStarted', 'PassStateEntered', 'PassStateExited', 'MapIterationSucceeded',
      'MapIterationStarted', 'PassStateEntered', 'PassStateExited', 'MapIterationSucceeded',
      'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded',
    ]);
  });

  it('accepts the legacy Iterator and Parameters', async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', Parameters: { 'x.$': '$$.Map.Item.Value' }, Iterator: passProcessor(), End: true } } };
    expect((await exec(def, { input: [1, 2] })).output).toEqual([{ x: 1 }, { x: 2 }]);
  });

  it('honours MaxConcurrency on the clock (4 items x 10 s, 2 at a time = 20 s)', async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', MaxConcurrency: 2, ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 10, End: true } } }, End: true } } };
    const r = await exec(def, { input: [1, 2, 3, 4] });
    expect(Date.parse(r.stopDate) - Date.parse(r.startDate)).toBe(20000);
    expect(r.output).toEqual([1, 2, 3, 4]);
  });

  it('fails when an iteration fails (MapIterationFailed, MapStateFailed)', async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', MaxConcurrency: 1, ItemProcessor: { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E', Cause: 'c' } } }, End: true } } };
    const r = await exec(def, { input: [1, 2] });
    expect(r).toMatchObject({ status: 'FAILED', error: 'E', cause: 'c' });
    expect(r.types).toEqual(['ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapIterationStarted', 'FailStateEntered', 'MapIterationFailed', 'MapStateFailed', 'ExecutionFailed']);
  });

  it('rejects items that are not an array', async () => {
    const r = await exec({ StartAt: 'M', States: { M: { Type: 'Map', ItemsPath: '$.xs', ItemProcessor: passProcessor(), End: true } } }, { input: { xs: 'nope' } });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(r.cause).toContain('Map state input must be an array but was: "nope"');
    expect(r.types).toEqual(['ExecutionStarted', 'MapStateEntered', 'EvaluationFailed', 'MapStateFailed', 'ExecutionFailed']);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['MaxConcurrencyPath with a non-number', { MaxConcurrencyPath: '$.mc' }, 'The MaxConcurrencyPath field refers to value "x" which is not a valid integer: $.mc'],
  ])('explains %s', async (_n, field, cause) => {
    const r = await exec({ StartAt: 'M', States: { M: { Type: 'Map', ItemsPath: '$.xs', ItemProcessor: passProcessor(), End: true, ...field } } }, { input: { xs: [1], mc: 'x' } });
    expect(r.cause).toBe(`An error occurred while executing the state 'M' (entered at the event id #2). ${cause}`);
  });

  it('runs JSONata Items, ItemSelector and Output', async () => {
    const def = {
      QueryLanguage: 'JSONata',
      StartAt: 'M',
      States: {
        M: { Type: 'Map', Items: '{% $states.input.xs %}', ItemSelector: { d: '{% $states.context.Map.Item.Value * 2 %}' }, ItemProcessor: passProcessor(), Output: '{% $sum($states.result.d) %}', End: true },
      },
    };
    expect((await exec(def, { input: { xs: [1, 2, 3] } })).output).toBe(12);
  });
});

describe('Map (distributed)', () => {
  const distributed = (processor: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    StartAt: 'M',
    States: { M: { Type: 'Map', ItemProcessor: { ...processor, ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } }, End: true, ...extra } },
  });
  const failOver = (limit: number) => ({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$', NumericGreaterThan: limit, Next: 'Bad' }], Default: 'Ok' }, Bad: { Type: 'Fail', Error: 'TooBig' }, Ok: { Type: 'Pass', End: true } } });

  it('records MapRun events instead of the child executions\' events', async () => {
    const r = await exec(distributed(passProcessor(), { Label: 'L' }), { input: [1, 2] });
    expect(r.output).toEqual([1, 2]);
    expect(r.types).toEqual(['ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapRunStarted', 'MapRunSucceeded', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded']);
    expect((r.events?.[3].mapRunStartedEventDetails as { mapRunArn: string }).mapRunArn).toMatch(/:mapRun:StateMachine\/L:/);
  });

  it.each<[string, Record<string, unknown>, number[], string]>([
    ['no tolerance: one failure fails', {}, [1, 9], 'FAILED'],
    ['ToleratedFailureCount 1 tolerates one', { ToleratedFailureCount: 1 }, [1, 9], 'SUCCEEDED'],
    ['ToleratedFailureCount 1 fails on two', { ToleratedFailureCount: 1 }, [9, 9, 1], 'FAILED'],
    ['ToleratedFailurePercentage 50 tolerates half', { ToleratedFailurePercentage: 50 }, [9, 1], 'SUCCEEDED'],
  ])('%s', async (_n, extra, input, status) => {
    const r = await exec(distributed(failOver(5), extra), { input });
    expect(r.status).toBe(status);
    if (status === 'FAILED' && Object.keys(extra).length > 0) expect(r.error).toBe('States.ExceedToleratedFailureThreshold');
  });

  it('reads CSV items with an ItemReader, batches them and writes results with a ResultWriter', async () => {
    const files: Record<string, string> = { 'in/data.csv': 'name,n\nann,1\n"b,o",2\ncy,3\n' };
    const def = distributed(passProcessor(), {
      ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' }, Parameters: { Bucket: 'in', Key: 'data.csv' } },
      ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { run: 7 } },
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', Prefix: 'res' } },
    });
    const r = await exec(def, { files });
    expect(r.status).toBe('SUCCEEDED');
    const manifestKey = (r.output as { ResultWriterDetails: { Key: string } }).ResultWriterDetails.Key;
    expect(manifestKey).toMatch(/^res\/.+\/manifest\.json$/);
    const succeeded = JSON.parse(files[`out/${manifestKey.replace('manifest.json', 'SUCCEEDED_0.json')}`]) as { Output: string }[];
    expect(succeeded.map((s) => JSON.parse(s.Output))).toEqual([
      { BatchInput: { run: 7 }, Items: [{ name: 'ann', n: '1' }, { name: 'b,o', n: '2' }] },
      { BatchInput: { run: 7 }, Items: [{ name: 'cy', n: '3' }] },
    ]);
  });

  it.each([
    ['JSON', '[{"a":1},{"a":2}]'],
    ['JSONL', '{"a":1}\n{"a":2}\n'],
  ])('reads %s files', async (type, text) => {
    const def = distributed(passProcessor(), { ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: type }, Parameters: { Bucket: 'b', Key: 'k' } } });
    expect((await exec(def, { files: { 'b/k': text } })).output).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('fails clearly when the ItemReader file was not supplied', async () => {
    const def = distributed(passProcessor(), { ItemReader: { Resource: 'arn:aws:states:::s3:getObject', Parameters: { Bucket: 'b', Key: 'k' } } });
    const r = await exec(def);
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.ItemReaderFailed' });
    expect(r.cause).toContain('s3://b/k');
  });
});

describe('Map (distributed) nesting', () => {
  it('keeps events of branches inside a child execution out of the parent history', async () => {
    const inner = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', End: true } } }], End: true } } };
    const def = { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { ...inner, ProcessorConfig: { Mode: 'DISTRIBUTED' } }, End: true } } };
    const r = await exec(def, { input: [1] });
    expect(r.output).toEqual([[1]]);
    expect(r.types).not.toContain('ParallelStateEntered');
  });
});
