/**
 * The preview's fields as the user typed them, and the TestState request they make: each field is
 * checked on its own, so a malformed one shows its message and keeps its text while the others stay.
 */
import type { JsonObject, JsonValue, QueryLanguage, State } from '../../../asl/types';
import type { TestStateRequest } from '../../../worker/protocol';
import { parseJsonInput, type Parsed } from '../model/inputs';

/** What a Task returns in the preview: a mocked result or a mocked error (AWS TestState's `mock`). */
export type TaskOutcome = 'result' | 'error';

/** Every preview field, as text. */
export interface PreviewDraft {
  input: string;
  variables: string;
  outcome: TaskOutcome;
  result: string;
  error: string;
  cause: string;
  /** Retries already made by the matching retrier (AWS's `retrierRetryCount`). */
  retries: string;
}

export type DraftField = keyof PreviewDraft;

/** One TestState call: the state, and the options the engine worker takes. */
export interface PreviewRequest extends TestStateRequest {
  state: State;
  stateName: string;
  queryLanguage: QueryLanguage;
  input: JsonValue;
}

export interface CheckedDraft {
  /** null while a field the request needs is malformed. */
  request: PreviewRequest | null;
  /** Why a field cannot be used, by field. */
  messages: Partial<Record<DraftField, string>>;
}

// AWS: variable names are Unicode identifiers (a letter or underscore first), `states` is reserved.
const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;

/**
 * The "Variables in scope" box: a JSON object of names and values (empty: none).
 * @example parseVariablesInput('{"orderId": "o-1"}') // { ok: true, value: { orderId: 'o-1' } }
 */
export function parseVariablesInput(text: string): Parsed<JsonObject> {
  const parsed = parseJsonInput(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value ?? {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'Variables are a JSON object of names and values, like { "orderId": "o-1" }.' };
  }
  for (const name of Object.keys(value)) {
    if (name.startsWith('$')) return { ok: false, message: `Write the variable name without the $: "${name.slice(1)}".` };
    if (name === 'states') return { ok: false, message: '"states" is reserved: $states holds the state\'s input, result and context.' };
    if (!IDENTIFIER.test(name)) return { ok: false, message: `"${name}" is not a variable name: a letter or _ first, then letters, digits or _.` };
  }
  return { ok: true, value };
}

function parseRetries(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: 0 };
  return /^\d{1,4}$/.test(trimmed) ? { ok: true, value: Number(trimmed) } : { ok: false, message: 'Enter a whole number of retries: 0 or more.' };
}

/**
 * Checks every field and builds the request: the input and variables for any state, and for a
 * Task the mocked result or error (with the retries already made).
 */
export function checkDraft(draft: PreviewDraft, target: { state: State; stateName: string; queryLanguage: QueryLanguage }): CheckedDraft {
  const messages: CheckedDraft['messages'] = {};
  const input = parseJsonInput(draft.input);
  if (!input.ok) messages.input = input.message;
  const variables = parseVariablesInput(draft.variables);
  if (!variables.ok) messages.variables = variables.message;
  let mock: PreviewRequest['mock'];
  let retries = 0;
  if (target.state.Type === 'Task' && draft.outcome === 'result') {
    const result = parseJsonInput(draft.result);
    if (result.ok) mock = { result: result.value ?? {} };
    else messages.result = result.message;
  } else if (target.state.Type === 'Task') {
    const error = draft.error.trim();
    if (error === '') messages.error = 'Enter the error the task fails with, like States.TaskFailed.';
    else mock = draft.cause.trim() === '' ? { error } : { error, cause: draft.cause };
    const count = parseRetries(draft.retries);
    if (count.ok) retries = count.value;
    else messages.retries = count.message;
  }
  if (!input.ok || !variables.ok || Object.keys(messages).length > 0) return { request: null, messages };
  return {
    request: {
      ...target,
      input: input.value ?? {},
      variables: variables.value,
      ...(mock ? { mock } : {}),
      ...(retries > 0 ? { retrierRetryCount: retries } : {}),
    },
    messages,
  };
}
