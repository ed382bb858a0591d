import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRunArgs } from './run';

let dir = '';
const file = (name: string, content: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

/** Runs `asl-studio run ...` the way a user does. */
function cli(...args: string[]): { code: number | null; stdout: string; stderr: string; json: Record<string, unknown> | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'run', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 60000 });
  let json: Record<string, unknown> | null;
  try {
    json = JSON.parse(r.stdout) as Record<string, unknown>;
  } catch {
    json = null;
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'asl-run-'));
});

describe('asl-studio run', () => {
  it('prints one JSON object and exits 0 when the execution succeeds', () => {
    const def = file('ok.asl.json', { StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'a.$': '$.a', 'name.$': '$$.StateMachine.Name' }, End: true } } });
    const r = cli(def, '--input', '{"a":1}', '--context', '{"stateMachineName":"demo"}');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.json).toEqual({ status: 'SUCCEEDED', output: { a: 1, name: 'demo' }, error: null, cause: null });
  });

  it('exits 1 on failure and includes AWS-format events with --events', () => {
    const def = file('fail.asl.json', { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E', Cause: 'C' } } });
    const r = cli(def, '--events');
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ status: 'FAILED', error: 'E', cause: 'C' });
    expect((r.json?.events as { type: string }[]).map((e) => e.type)).toEqual(['ExecutionStarted', 'FailStateEntered', 'ExecutionFailed']);
  });

  it('answers Task states from a MockConfigFile test case', () => {
    const def = file('task.asl.json', { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', OutputPath: '$.Payload', End: true } } });
    const mocks = file('mocks.json', { StateMachines: { demo: { TestCases: { happy: { T: 'R' } } } }, MockedResponses: { R: { '0': { Return: { Payload: 'hi' } } } } });
    const input = file('input.json', '{"x": 1.0}');
    const r = cli(def, '--input-file', input, '--mock-config', mocks, '--test-case', 'happy');
    expect(r.code).toBe(0);
    expect(r.json?.output).toBe('hi');
  });

  it.each([
    ['an invalid definition', ['bad.asl.json'], /not a valid STANDARD state machine/],
    ['an unknown test case', ['task.asl.json', '--mock-config', 'mocks.json', '--test-case', 'nope'], /Unknown test case 'nope'/],
    ['malformed input JSON', ['ok.asl.json', '--input', '{nope'], /--input is not valid JSON/],
  ])('exits 2 with a clear message for %s', (_name, args, message) => {
    file('bad.asl.json', { StartAt: 'Missing', States: { P: { Type: 'Pass', End: true } } });
    const r = cli(...args.map((a) => (a.endsWith('.json') ? join(dir, a) : a)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('parseRunArgs', () => {
  it.each<[string[], string | RegExp]>([
    [[], /missing <definition-file>/],
    [['d.json', '--type', 'X'], /--type must be STANDARD or EXPRESS/],
    [['d.json', '--mock-config', 'm.json'], /needs --test-case/],
    [['d.json', '--input', '{}', '--input-file', 'i.json'], /not both/],
    [['d.json', '--wat'], /unknown option/],
    [['d.json', '--file', 'nokey'], /--file needs/],
  ])('%j is a usage error', (args, message) => {
    expect(parseRunArgs(args)).toMatch(message);
  });

  it('reads every option', () => {
    expect(parseRunArgs(['d.json', '--type', 'EXPRESS', '--events', '--seed', '7', '--state-machine', 's', '--mock-config', 'm', '--test-case', 't', '--file', 's3://b/k.csv=data.csv'])).toMatchObject({
      file: 'd.json', type: 'EXPRESS', events: true, seed: 7, stateMachine: 's', mockConfig: 'm', testCase: 't', files: { 'b/k.csv': 'data.csv' },
    });
  });
});
