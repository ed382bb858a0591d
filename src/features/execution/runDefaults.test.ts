import { describe, expect, it } from 'vitest';
import type { JsonValue, StateMachine } from '../../asl/types';
import { startExecution } from '../../engine';
import { samples } from '../../samples';
import { toExecutionOptions } from '../../worker/options';
import { defaultInputText, matchSample, sampleExtras } from './runDefaults';

describe('first-run defaults', () => {
  it('recognises a sample by its start and states, even after a field changed', () => {
    const def = JSON.parse(samples[0].text) as { Comment?: string };
    def.Comment = 'edited';
    expect(matchSample(def)?.id).toBe(samples[0].id);
    expect(defaultInputText(matchSample(def))).toBe(samples[0].input);
  });

  it('uses {} for a document that is not a sample', () => {
    const def = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };
    expect(matchSample(def)).toBeUndefined();
    expect(defaultInputText(matchSample(def))).toBe('{}');
    expect(sampleExtras(undefined)).toEqual({});
  });

  // What a user sees on a first run of each sample with the default settings (mocks + echo on).
  it.each(samples.map((s) => [s.id, s] as const))('the %s sample runs with the default run settings', async (_id, sample) => {
    const extras = sampleExtras(sample);
    const ex = startExecution(
      JSON.parse(sample.text) as StateMachine,
      toExecutionOptions(JSON.parse(sample.input) as JsonValue, { echoTaskInput: true, mocks: extras.mocks }),
    );
    const waiting = await Promise.race([ex.done.then(() => null), new Promise<string>((r) => setTimeout(() => r('waiting'), 300))]);
    if (waiting === 'waiting') {
      // A callback task: the user answers it with the suggested output.
      const [pending] = ex.pendingTaskTokens();
      ex.sendTaskSuccess(pending.token, JSON.parse(extras.callbackOutput ?? '{}') as JsonValue);
    }
    const result = await ex.done;
    expect([result.status, result.error, result.cause]).toEqual(['SUCCEEDED', null, null]);
  });

  it('the order-processing sample answers its tasks from its mocks', async () => {
    const sample = samples.find((s) => s.id === 'order-processing')!;
    const result = await startExecution(JSON.parse(sample.text) as StateMachine, toExecutionOptions(JSON.parse(sample.input) as JsonValue, { mocks: sampleExtras(sample).mocks })).done;
    expect(result.output).toEqual({ orderId: 'ord-1001', total: 59.98 });
  });
});
