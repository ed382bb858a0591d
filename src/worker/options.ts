/**
 * Turns the plain-data run options of the protocol into the engine's ExecutionOptions (which hold
 * functions, such as task handlers, that cannot cross postMessage).
 */
import type { JsonValue } from '../asl/types';
import type { ClockOption, ExecutionOptions, TaskHandler } from '../engine';
import type { ClockSetting, RunOptions } from './protocol';

/** The studio waits this long for a person to answer a callback before virtual time jumps to its timeout. */
const APP_CALLBACK_GRACE_MS = 60 * 60 * 1000;

const LAMBDA_INVOKE = /^arn:[^:]+:states:::lambda:invoke$/;

/**
 * The "return the task input as its result" handler. A Lambda function invoked through
 * `lambda:invoke` receives `Payload`, so it returns that (the engine wraps it in the invoke
 * response as AWS does). `.waitForTaskToken` tasks keep waiting for the user's answer.
 */
export const echoTaskInput: TaskHandler = (invocation) => {
  if (invocation.taskToken !== undefined) return { waitForCallback: true };
  const input = invocation.input;
  if (LAMBDA_INVOKE.test(invocation.resource) && isObject(input) && 'Payload' in input) {
    const payload = input.Payload ?? null;
    // A payload shaped like a handler outcome ({ result } / { error }) would be read as one.
    return isOutcomeShaped(payload) ? { result: { Payload: payload, StatusCode: 200 } } : payload;
  }
  return { result: input };
};

function isObject(v: JsonValue): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isOutcomeShaped(v: JsonValue): boolean {
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  return keys.includes('result') || keys.includes('error') || keys.includes('waitForCallback');
}

function toClock(clock: ClockSetting | undefined): ClockOption | undefined {
  if (clock === undefined || typeof clock === 'string') return clock;
  return { mode: 'scaled', factor: clock.scaled };
}

/** Builds the engine options of a run started from the worker. */
export function toExecutionOptions(input: JsonValue, options: RunOptions): ExecutionOptions {
  return {
    input,
    type: options.type,
    context: options.context,
    mocks: options.mocks,
    defaultHandler: options.echoTaskInput ? echoTaskInput : undefined,
    seed: options.seed,
    clock: toClock(options.clock),
    breakpoints: options.breakpoints?.map((b) => ({ stateName: b.stateName })),
    pauseOnStart: options.pauseOnStart,
    limits: options.limits,
    files: options.files,
    callbackGraceMs: options.callbackGraceMs ?? APP_CALLBACK_GRACE_MS,
  };
}
