import { describe, expect, it } from 'vitest';
import { yamlCursorAt, yamlKeyAt } from './yamlContext';

/** Text with the cursor marked by ‸. */
function at(marked: string): [string, number] {
  const offset = marked.indexOf('‸');
  return [marked.replace('‸', ''), offset];
}

const machine = `Comment: orders
StartAt: Fetch
States:
  Fetch:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    Retry:
      - ErrorEquals:
          - States.ALL
        IntervalSeconds: 2
      - ErrorEquals: [States.Timeout]
        MaxAttempts: 1
    Catch:
    - ErrorEquals: [States.ALL]
      Next: Done
    Next: Fan
  Fan:
    Type: Parallel
    Branches:
      - StartAt: Left
        States:
          "Left side":
            Type: Pass
            End: true
    End: true
`;

/** `machine` with `insert` typed on a new line after the line that contains `after`. */
function typed(after: string, insert: string): [string, number] {
  const lineEnd = machine.indexOf('\n', machine.indexOf(after));
  return at(machine.slice(0, lineEnd + 1) + insert + '‸\n' + machine.slice(lineEnd + 1));
}

describe('yamlCursorAt: which mapping a half-typed line belongs to', () => {
  it.each([
    ['a key typed in a state', typed('Resource:', '    Comm'), ['States', 'Fetch'], 'key', 'Comm'],
    ['a blank line in a state (after Enter)', typed('Resource:', '    '), ['States', 'Fetch'], 'key', ''],
    ['after the last field of a state', typed('    Next: Fan', '    '), ['States', 'Fetch'], 'key', ''],
    ['back at the state names', typed('    Next: Fan', '  '), ['States'], 'key', ''],
    ['back at the top', typed('    Next: Fan', ''), [], 'key', ''],
    ['in the first retrier, below its list', typed('          - States.ALL', '        Max'), ['States', 'Fetch', 'Retry', 0], 'key', 'Max'],
    ['in the second retrier', typed('        MaxAttempts: 1', '        '), ['States', 'Fetch', 'Retry', 1], 'key', ''],
    ['a new retrier started with a dash', typed('        MaxAttempts: 1', '      - Err'), ['States', 'Fetch', 'Retry', 2], 'key', 'Err'],
    ['a list at its key\'s own indentation', typed('      Next: Done', '      Res'), ['States', 'Fetch', 'Catch', 0], 'key', 'Res'],
    ['a second item of a list at its key\'s indentation', typed('      Next: Done', '    - '), ['States', 'Fetch', 'Catch', 1], 'key', ''],
    ['a quoted state name inside a Parallel branch', typed('            End: true', '            Com'), ['States', 'Fan', 'Branches', 0, 'States', 'Left side'], 'key', 'Com'],
    ['a branch field, after its States', typed('            End: true', '        Comment'), ['States', 'Fan', 'Branches', 0], 'key', 'Comment'],
  ])('%s', (_name, [text, offset], container, kind, prefix) => {
    expect(yamlCursorAt(text, offset)).toMatchObject({ container, kind, prefix });
  });

  it.each([
    ['a Type value', typed('Resource:', '    Type: Ta'), ['States', 'Fetch'], 'Type', 'Ta'],
    ['a Next with nothing typed', typed('Resource:', '    Next: '), ['States', 'Fetch'], 'Next', ''],
    ['a catcher Next', typed('      Next: Done', '      Next: D'), ['States', 'Fetch', 'Catch', 0], 'Next', 'D'],
    ['a value on a dash line', typed('        MaxAttempts: 1', '      - JitterStrategy: F'), ['States', 'Fetch', 'Retry', 2], 'JitterStrategy', 'F'],
    ['StartAt at the top', at('StartAt: ‸\nStates: {}\n'), [], 'StartAt', ''],
  ])('the value of %s', (_name, [text, offset], container, key, prefix) => {
    const cursor = yamlCursorAt(text, offset)!;
    expect(cursor).toMatchObject({ container, kind: 'value', key, prefix });
    expect(text.slice(cursor.start, offset)).toBe(prefix);
  });

  it('keeps the rest of the line and handles CRLF line ends', () => {
    const [text, offset] = at('States:\r\n  A:\r\n    Ty‸pe: Pass\r\n');
    expect(yamlCursorAt(text, offset)).toMatchObject({ container: ['States', 'A'], kind: 'key', prefix: 'Ty', after: 'pe: Pass', start: text.indexOf('Type') });
  });

  it('says nothing inside a comment', () => {
    expect(yamlCursorAt(...at('States: # the ‸states\n'))).toBeNull();
    expect(yamlCursorAt(...at('Comment: "a # b‸"\n'))).not.toBeNull();
  });
});

describe('yamlKeyAt: the key under the mouse', () => {
  it.each([
    ['a state field', 'IntervalSeconds', ['States', 'Fetch', 'Retry', 0, 'IntervalSeconds']],
    ['a key on a dash line', '- ErrorEquals: [States.Timeout]', ['States', 'Fetch', 'Retry', 1, 'ErrorEquals']],
    ['a state name', '  Fan:', ['States', 'Fan']],
    ['a quoted key', '"Left side"', ['States', 'Fan', 'Branches', 0, 'States', 'Left side']],
    ['a top-level key', 'StartAt', ['StartAt']],
  ])('%s', (_name, needle, path) => {
    const offset = machine.indexOf(needle) + needle.search(/[\w"]/) + 1;
    expect(yamlKeyAt(machine, offset)?.path).toEqual(path);
  });

  it('ignores values', () => {
    expect(yamlKeyAt(machine, machine.indexOf('Task') + 1)).toBeNull();
  });
});
