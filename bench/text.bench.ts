/**
 * Benchmark: one field change in a 1,000-state JSON definition (about 600 KB), updateText
 * against the baseline jsonc-parser `modify` + `applyEdits` (a full parse tree per call).
 * Run: npm run bench:text
 */
import { applyEdits as jsoncApply, modify } from 'jsonc-parser';
import type { JsonObject, JsonValue } from '../src/asl/types';
import { toYamlText } from '../src/asl/serialize';
import { updateText } from '../src/asl/text/updateText';

function machine(states: number): JsonObject {
  const States: JsonObject = {};
  for (let i = 0; i < states; i++) {
    States[`State ${i}`] = {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: `arn:aws:lambda:us-east-1:123456789012:function:fn${i}`, 'Payload.$': '$', Extra: { a: [1, 2, 3], b: 'x'.repeat(24) } },
      Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }],
      ResultPath: `$.r${i}`,
      ...(i < states - 1 ? { Next: `State ${i + 1}` } : { End: true }),
    };
  }
  return { StartAt: 'State 0', States };
}

function withField(def: JsonObject, state: string, key: string, value: JsonValue): JsonObject {
  const States = def.States as JsonObject;
  return { ...def, States: { ...States, [state]: { ...(States[state] as JsonObject), [key]: value } } };
}

function time(label: string, runs: number, fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1];
  console.log(`${label.padEnd(52)} median ${median.toFixed(2)} ms  (min ${times[0].toFixed(2)}, max ${times[times.length - 1].toFixed(2)})`);
  return median;
}

const def = machine(1000);
const text = JSON.stringify(def, null, 2) + '\n';
console.log(`1,000 states, ${(text.length / 1024).toFixed(0)} KB of JSON`);
const late = withField(def, 'State 900', 'ResultPath', '$.changed');
const early = withField(def, 'State 10', 'ResultPath', '$.changed');
const added = withField(def, 'State 500', 'TimeoutSeconds', 30);

const baseline = time('baseline: jsonc-parser modify + applyEdits', 20, () =>
  jsoncApply(text, modify(text, ['States', 'State 900', 'ResultPath'], '$.changed', { formattingOptions: { insertSpaces: true, tabSize: 2 } })));
const ours = time('updateText: set a field of state 900', 20, () => updateText(text, 'json', def, late));
time('updateText: set a field of state 10', 20, () => updateText(text, 'json', def, early));
time('updateText: add a field to state 500', 20, () => updateText(text, 'json', def, added));
console.log(`ratio baseline / updateText: ${(baseline / ours).toFixed(1)}x`);

const small = machine(100);
const yaml = toYamlText(small);
console.log(`\n100 states, ${(yaml.length / 1024).toFixed(0)} KB of YAML`);
time('updateText (yaml): set a field of state 90', 10, () => updateText(yaml, 'yaml', small, withField(small, 'State 90', 'ResultPath', '$.x')));
