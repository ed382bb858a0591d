import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../asl/types';
import { COMMANDS, main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'asl-studio-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Runs the real entry point, as the conformance runner and users do. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const valid = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
const invalid = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "End": "yes" }
  }
}`;
const withWarning = JSON.stringify({ StartAt: 'M', States: { M: { Type: 'Map', ItemBatcher: { MaxItemsPerBatch: 2 }, ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true } } });
const callback = JSON.stringify({ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', End: true } } });

describe('asl-studio validate (process)', () => {
  it('exits 0 and prints nothing for a valid definition', () => {
    const r = cli('validate', file('valid.asl.json', valid));
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 with file:line:col CODE message lines for an invalid one', () => {
    const path = file('invalid.asl.json', invalid);
    const r = cli('validate', path);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const column = invalid.split('\n')[3].indexOf('"yes"') + 1;
    expect(lines[0].startsWith(`${path}:4:${column} SCHEMA_TYPE `)).toBe(true);
  });

  it('prints a JSON array with --json', () => {
    const r = cli('validate', file('invalid2.asl.json', invalid), '--json');
    expect(r.code).toBe(1);
    const diagnostics = JSON.parse(r.stdout) as Diagnostic[];
    expect(diagnostics.map((d) => [d.code, d.pointer, d.range?.start.line])).toEqual([['SCHEMA_TYPE', '/States/A/End', 4]]);
  });

  it('exits 0 when there are only warnings, and shows them', () => {
    const r = cli('validate', file('warn.asl.json', withWarning));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('DISTRIBUTED_ONLY_FIELD warning:');
  });

  it('applies EXPRESS rules with --type EXPRESS', () => {
    const path = file('callback.asl.json', callback);
    expect(cli('validate', path).code).toBe(0);
    const r = cli('validate', path, '--type', 'EXPRESS');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('EXPRESS_UNSUPPORTED_INTEGRATION');
  });

  it('reads YAML by extension', () => {
    const r = cli('validate', file('machine.asl.yaml', 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: yes\n'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/:5:\d+ SCHEMA_TYPE /);
  });

  it('exits 1 for text that is not JSON', () => {
    const r = cli('validate', file('garbage.asl.json', 'not a definition'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/:1:1 /);
  });

  it('exits 2 with a message on stderr for an unreadable file', () => {
    const r = cli('validate', join(dir, 'does-not-exist.json'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cannot read');
  });
});

describe('asl-studio (in process)', () => {
  function capture() {
    const out = { stdout: '', stderr: '' };
    const io = { stdout: (t: string) => { out.stdout += t; }, stderr: (t: string) => { out.stderr += t; } };
    return { out, io };
  }

  it.each([
    [['validate'], 'missing <file>'],
    [['validate', 'a.json', 'b.json'], "unexpected argument 'b.json'"],
    [['validate', 'a.json', '--type', 'BATCH'], '--type must be STANDARD or EXPRESS'],
    [['validate', 'a.json', '--strict'], "unknown option '--strict'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [[], 'Usage: asl-studio'],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const { out, io } = capture();
    expect(await main(args, io)).toBe(2);
    expect(out.stderr).toContain(message);
  });

  it('prints usage with --help and exits 0', async () => {
    const { out, io } = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('validate <file> [--json] [--type STANDARD|EXPRESS]');
  });

  it('lists validate and run in its command table', () => {
    expect(Object.keys(COMMANDS)).toEqual(expect.arrayContaining(['validate', 'run']));
  });
});
