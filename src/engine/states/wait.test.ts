import { describe, it, expect } from 'vitest';
import type { JsonValue } from '../../asl/types';
import { exec, single, T0 } from '../testkit';

describe('Wait', () => {
  it.each<[string, Record<string, JsonValue>, JsonValue, number]>([
    ['Seconds', { Type: 'Wait', Seconds: 90 }, {}, 90000],
    ['SecondsPath', { Type: 'Wait', SecondsPath: '$.s' }, { s: 7 }, 7000],
    ['SecondsPath from a variable', { Type: 'Wait', SecondsPath: '$$.Execution.Input.s' }, { s: 3 }, 3000],
    ['Timestamp in the future', { Type: 'Wait', Timestamp: '2024-01-01T01:00:00Z' }, {}, 3600000],
    ['Timestamp in the past (no wait)', { Type: 'Wait', Timestamp: '2016-03-14T01:59:00Z' }, {}, 0],
    ['TimestampPath with an offset', { Type: 'Wait', TimestampPath: '$.t' }, { t: '2024-01-01T02:00:00+01:00' }, 3600000],
    ['JSONata Seconds', { Type: 'Wait', QueryLanguage: 'JSONata', Seconds: '{% $states.input.s * 2 %}' }, { s: 5 }, 10000],
  ])('%s advances the virtual clock, not the wall clock', async (_n, state, input, waited) => {
    const started = Date.now();
    const r = await exec(single(state), { input });
    expect(r.status).toBe('SUCCEEDED');
    expect(Date.parse(r.stopDate) - T0).toBe(waited);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each<[string, Record<string, JsonValue>, JsonValue, string, string]>([
    ['a missing SecondsPath', { Type: 'Wait', SecondsPath: '$.s' }, {}, 'States.Runtime', 'The SecondsPath parameter does not reference an input value: $.s'],
    ['a fractional SecondsPath', { Type: 'Wait', SecondsPath: '$.s' }, { s: 1.5 }, 'States.Runtime', 'The SecondsPath parameter cannot be parsed as a long value: $.s == 1.5'],
    ['a TimestampPath without offset', { Type: 'Wait', TimestampPath: '$.t' }, { t: '2016-12-05T21:29:29' }, 'States.Runtime', 'The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: $.t == 2016-12-05T21:29:29'],
    ['a JSONata Timestamp that is not one', { Type: 'Wait', QueryLanguage: 'JSONata', Timestamp: '{% $states.input.t %}' }, { t: '05-12-2016T21:29:29Z' }, 'States.QueryEvaluationError', 'The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: 05-12-2016T21:29:29Z'],
  ])('fails on %s with AWS\'s message', async (_n, state, input, error, cause) => {
    const r = await exec(single(state), { input });
    expect(r).toMatchObject({ status: 'FAILED', error, cause: `An error occurred while executing the state 'S' (entered at the event id #2). ${cause}` });
  });

  it('waits for real with a scaled clock', async () => {
    const started = Date.now();
    const r = await exec(single({ Type: 'Wait', Seconds: 2 }), { clock: { mode: 'scaled', factor: 40 } });
    expect(r.status).toBe('SUCCEEDED');
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });
});
