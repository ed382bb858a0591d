/**
 * AWS Step Functions Local MockConfigFile: test cases map state names to mocked responses, whose
 * keys ("0", "1-2"...) say which invocation of the state gets which `Return` or `Throw`.
 */
import type { JsonObject, JsonValue } from '../../asl/types';

/** One mocked invocation. */
export type MockResponse = { kind: 'return'; value: JsonValue } | { kind: 'throw'; error: string; cause: string | null };

/** The responses of one test case: by state name, indexed by invocation number. */
export interface MockTestCase {
  name: string;
  stateMachine: string;
  states: Map<string, { responseName: string; responses: (MockResponse | undefined)[] }>;
}

/** A MockConfigFile problem: the CLI reports it as bad usage (exit 2). */
export class MockConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MockConfigError';
  }
}

const isObj = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Selects and parses one test case. `stateMachine` defaults to the only one in the file, else to
 * `fallbackStateMachine` (the execution's state machine name).
 */
export function loadMockTestCase(config: JsonValue, testCase: string, stateMachine?: string, fallbackStateMachine?: string): MockTestCase {
  if (!isObj(config)) throw new MockConfigError('The mock config must be a JSON object with StateMachines and MockedResponses.');
  const machines = config.StateMachines;
  if (!isObj(machines)) throw new MockConfigError('The mock config has no "StateMachines" object.');
  const names = Object.keys(machines);
  let smName = stateMachine;
  if (smName === undefined) {
    if (names.length === 1) smName = names[0];
    else if (fallbackStateMachine !== undefined && names.includes(fallbackStateMachine)) smName = fallbackStateMachine;
    else throw new MockConfigError(`The mock config defines ${names.length} state machines (${names.join(', ')}); choose one with --state-machine.`);
  }
  const sm = machines[smName];
  if (!isObj(sm)) throw new MockConfigError(`The mock config has no state machine '${smName}' (known: ${names.join(', ') || 'none'}).`);
  const cases = sm.TestCases;
  if (!isObj(cases)) throw new MockConfigError(`State machine '${smName}' in the mock config has no "TestCases" object.`);
  const tc = cases[testCase];
  if (!isObj(tc)) {
    throw new MockConfigError(`Unknown test case '${testCase}' for state machine '${smName}' (known: ${Object.keys(cases).join(', ') || 'none'}).`);
  }
  const responsesByName = isObj(config.MockedResponses) ? config.MockedResponses : {};
  const states = new Map<string, { responseName: string; responses: (MockResponse | undefined)[] }>();
  for (const [stateName, ref] of Object.entries(tc)) {
    if (typeof ref !== 'string') throw new MockConfigError(`Test case '${testCase}': state '${stateName}' must name a mocked response.`);
    const def = responsesByName[ref];
    if (!isObj(def)) throw new MockConfigError(`Test case '${testCase}': state '${stateName}' uses mocked response '${ref}', which MockedResponses does not define.`);
    states.set(stateName, { responseName: ref, responses: parseResponses(ref, def) });
  }
  return { name: testCase, stateMachine: smName, states };
}

function parseResponses(name: string, def: JsonObject): (MockResponse | undefined)[] {
  const out: (MockResponse | undefined)[] = [];
  for (const [key, value] of Object.entries(def)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(key);
    if (m === null) throw new MockConfigError(`Mocked response '${name}': key '${key}' must be an invocation number ("0") or a range ("1-3").`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) throw new MockConfigError(`Mocked response '${name}': range '${key}' ends before it starts.`);
    if (to - from > 100000) throw new MockConfigError(`Mocked response '${name}': range '${key}' is too large.`);
    const response = parseResponse(name, key, value);
    for (let i = from; i <= to; i++) out[i] = response;
  }
  return out;
}

function parseResponse(name: string, key: string, value: JsonValue): MockResponse {
  if (!isObj(value)) throw new MockConfigError(`Mocked response '${name}' ${key}: expected an object with Return or Throw.`);
  const hasReturn = Object.prototype.hasOwnProperty.call(value, 'Return');
  if (hasReturn === (value.Throw !== undefined)) throw new MockConfigError(`Mocked response '${name}' ${key}: give exactly one of Return and Throw.`);
  if (hasReturn) return { kind: 'return', value: value.Return };
  const t = value.Throw;
  if (!isObj(t) || typeof t.Error !== 'string') throw new MockConfigError(`Mocked response '${name}' ${key}: Throw needs an Error string.`);
  return { kind: 'throw', error: t.Error, cause: typeof t.Cause === 'string' ? t.Cause : null };
}
