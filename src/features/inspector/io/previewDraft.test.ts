import { describe, expect, it } from 'vitest';
import type { State } from '../../../asl/types';
import { checkDraft, parseVariablesInput, type PreviewDraft } from './previewDraft';

const task = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } as unknown as State;
const pass = { Type: 'Pass', End: true } as unknown as State;
const draft = (extra: Partial<PreviewDraft> = {}): PreviewDraft => ({ input: '{"a":1}', variables: '{}', outcome: 'result', result: '{"ok":true}', error: 'States.TaskFailed', cause: '', retries: '', ...extra });
const target = (state: State) => ({ state, stateName: 'S', queryLanguage: 'JSONPath' as const });

describe('the variables box', () => {
  it.each<[string, string, string | null]>([
    ['an object of names', '{ "orderId": "o-1", "_n": 2 }', null],
    ['empty means none', '  ', null],
    ['an array is refused', '[1]', 'Variables are a JSON object'],
    ['a name written with its $', '{ "$orderId": 1 }', 'without the $: "orderId"'],
    ['the reserved name states', '{ "states": 1 }', '"states" is reserved'],
    ['a name that is not an identifier', '{ "order-id": 1 }', '"order-id" is not a variable name'],
    ['broken JSON, with where', '{ "a": ', 'Not valid JSON'],
  ])('%s', (_name, text, message) => {
    const parsed = parseVariablesInput(text);
    if (message === null) expect(parsed.ok).toBe(true);
    else expect(parsed.ok ? '' : parsed.message).toContain(message);
  });
});

describe('the request a draft makes', () => {
  it('sends the input, the variables and a Task mocked result', () => {
    const { request, messages } = checkDraft(draft({ variables: '{"v":1}' }), target(task));
    expect(messages).toEqual({});
    expect(request).toMatchObject({ stateName: 'S', input: { a: 1 }, variables: { v: 1 }, mock: { result: { ok: true } } });
  });

  it('sends a mocked error with its cause and the retries already made', () => {
    const { request } = checkDraft(draft({ outcome: 'error', error: ' Payment.Declined ', cause: 'card expired', retries: '2' }), target(task));
    expect(request).toMatchObject({ mock: { error: 'Payment.Declined', cause: 'card expired' }, retrierRetryCount: 2 });
  });

  it('mocks nothing for a state that is not a Task', () => {
    expect(checkDraft(draft({ outcome: 'error' }), target(pass)).request).not.toHaveProperty('mock');
  });

  it.each<[string, Partial<PreviewDraft>, keyof PreviewDraft]>([
    ['a broken input', { input: '{' }, 'input'],
    ['broken variables', { variables: '[]' }, 'variables'],
    ['a broken mocked result', { result: '{"x"' }, 'result'],
    ['an error without a name', { outcome: 'error', error: ' ' }, 'error'],
    ['retries that are not a count', { outcome: 'error', retries: '-1' }, 'retries'],
  ])('makes no request from %s, and says why under that field', (_name, extra, field) => {
    const { request, messages } = checkDraft(draft(extra), target(task));
    expect(request).toBeNull();
    expect(Object.keys(messages)).toEqual([field]);
  });

  it('ignores a broken mocked result while the task is set to fail', () => {
    expect(checkDraft(draft({ outcome: 'error', result: '{' }), target(task)).request).not.toBeNull();
  });
});
