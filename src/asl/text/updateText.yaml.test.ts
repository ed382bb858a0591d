import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../types';
import { applyEdits } from './edits';
import { edit, get, holds, put, renameAt, replaceOnce } from './textTestKit';

const ORDERS = `# Order workflow, deployed with SAM
Comment: Orders   # shown in the console
StartAt: Validate
States:
  # --- validation ---
  Validate:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    Parameters:
      FunctionName: \${ValidateFn}  # substituted by SAM
      Payload.$: $
    Next: Route

  Route:
    Type: Choice
    Choices:
      - Variable: $.total
        NumericGreaterThan: 100
        Next: Review
      # small orders ship at once
      - Variable: $.total
        NumericLessThanEquals: 100
        Next: Ship
    Default: Ship
  Review:
    Type: Parallel
    Branches:
      - StartAt: Notify
        States:
          Notify: {Type: Pass, End: true}   # flow style
    Next: Ship
  Ship:
    Type: Map
    ItemsPath: $.items
    ItemProcessor:
      ProcessorConfig:
        Mode: INLINE
      StartAt: Pack
      States:
        Pack:
          Type: Task
          Resource: arn:aws:states:::lambda:invoke
          End: true
    End: true
# end of workflow
`;

const S = ['States'];
const renameState = (v: JsonValue, from: string, to: string) => renameAt(v, S, from, to);

interface Case {
  name: string;
  change: (v: JsonValue) => JsonValue;
  expected: (text: string) => string;
}

const cases: Case[] = [
  {
    name: 'sets a scalar field, keeping the comment on its line',
    change: (v) => put(v, [...S, 'Validate', 'Parameters', 'FunctionName'], '${CheckFn}'),
    expected: (t) => replaceOnce(t, 'FunctionName: ${ValidateFn}  # substituted', 'FunctionName: ${CheckFn}  # substituted'),
  },
  {
    name: 'sets a field next to an oddly spaced comment without touching it',
    change: (v) => put(v, ['StartAt'], 'Route'),
    expected: (t) => replaceOnce(t, 'StartAt: Validate', 'StartAt: Route'),
  },
  {
    name: 'removes the first key and keeps the header comment of the file',
    change: (v) => put(v, ['Comment'], undefined),
    expected: (t) => replaceOnce(t, 'Comment: Orders   # shown in the console\n', ''),
  },
  {
    name: 'adds a field to a state at its canonical place',
    change: (v) => put(v, [...S, 'Validate', 'ResultPath'], '$.validation'),
    expected: (t) => replaceOnce(t, '      Payload.$: $\n', '      Payload.$: $\n    ResultPath: $.validation\n'),
  },
  {
    name: 'removes a field with its lines',
    change: (v) => put(v, [...S, 'Ship', 'ItemsPath'], undefined),
    expected: (t) => replaceOnce(t, '    ItemsPath: $.items\n', ''),
  },
  {
    name: 'renames a state where it stands; the comment above it stays',
    change: (v) => put(renameState(v, 'Validate', 'Check order'), ['StartAt'], 'Check order'),
    expected: (t) => replaceOnce(replaceOnce(t, 'StartAt: Validate', 'StartAt: Check order'), '  Validate:\n', '  Check order:\n'),
  },
  {
    name: 'renames a state referenced from a Choice rule',
    change: (v) => put(renameState(v, 'Review', 'Manual review'), [...S, 'Route', 'Choices', 0, 'Next'], 'Manual review'),
    expected: (t) => replaceOnce(replaceOnce(t, 'Next: Review', 'Next: Manual review'), '  Review:\n', '  Manual review:\n'),
  },
  {
    name: 'inserts a new last state before the closing comment',
    change: (v) => put(put(put(v, [...S, 'Ship', 'End'], undefined), [...S, 'Ship', 'Next'], 'Done'), [...S, 'Done'], { Type: 'Succeed' }),
    expected: (t) => replaceOnce(t, '    End: true\n# end of workflow', '    Next: Done\n  Done:\n    Type: Succeed\n# end of workflow'),
  },
  {
    name: 'deletes a state',
    change: (v) => put(put(v, [...S, 'Review'], undefined), [...S, 'Route', 'Choices', 0, 'Next'], 'Ship'),
    expected: (t) => {
      const start = t.indexOf('  Review:\n');
      const end = t.indexOf('  Ship:\n');
      return replaceOnce(t.slice(0, start) + t.slice(end), 'Next: Review', 'Next: Ship');
    },
  },
  {
    name: 'changes one Choice rule; the comment between rules stays',
    change: (v) => put(v, [...S, 'Route', 'Choices', 1, 'NumericLessThanEquals'], 50),
    expected: (t) => replaceOnce(t, 'NumericLessThanEquals: 100', 'NumericLessThanEquals: 50'),
  },
  {
    name: 'adds a Parallel branch',
    change: (v) => put(v, [...S, 'Review', 'Branches', 1], { StartAt: 'Log', States: { Log: { Type: 'Pass', End: true } } }),
    expected: (t) => replaceOnce(t, '# flow style\n', '# flow style\n      - StartAt: Log\n        States:\n          Log:\n            Type: Pass\n            End: true\n'),
  },
  {
    name: 'changes a state nested in a Map ItemProcessor',
    change: (v) => put(v, [...S, 'Ship', 'ItemProcessor', 'States', 'Pack', 'TimeoutSeconds'], 30),
    expected: (t) => replaceOnce(t, '          End: true\n', '          TimeoutSeconds: 30\n          End: true\n'),
  },
  {
    name: 'keeps a flow mapping in flow style',
    change: (v) => put(v, [...S, 'Review', 'Branches', 0, 'States', 'Notify', 'Comment'], 'hi'),
    expected: (t) => replaceOnce(t, '{Type: Pass, End: true}', '{Type: Pass, Comment: hi, End: true}'),
  },
  {
    name: 'double-quotes a multi-line string inside a flow mapping',
    change: (v) => put(v, [...S, 'Review', 'Branches', 0, 'States', 'Notify', 'Result'], 'two\nlines'),
    expected: (t) => replaceOnce(t, '{Type: Pass, End: true}', '{Type: Pass, Result: "two\\nlines", End: true}'),
  },
  {
    name: 'writes a multi-line string as a block literal in block style',
    change: (v) => put(v, [...S, 'Ship', 'Comment'], 'two\nlines'),
    expected: (t) => replaceOnce(t, '    Type: Map\n', '    Type: Map\n    Comment: |-\n      two\n      lines\n'),
  },
  {
    name: 'quotes a new string YAML 1.1 would read as a boolean',
    change: (v) => put(v, [...S, 'Ship', 'Comment'], 'yes'),
    expected: (t) => replaceOnce(t, '    Type: Map\n', '    Type: Map\n    Comment: "yes"\n'),
  },
];

const countComments = (text: string) => text.split('\n').filter((line) => /(^|\s)#/.test(line)).length;

describe('updateText on YAML', () => {
  it.each(cases)('$name', ({ change, expected }) => {
    const result = edit(ORDERS, 'yaml', change);
    expect(result.text).toBe(expected(ORDERS));
    expect(result.fullRewrite).toBeUndefined();
    expect(applyEdits(ORDERS, result.edits)).toBe(result.text);
    expect(holds(result.text, 'yaml', result.next)).toBe(true);
    expect(countComments(result.text)).toBe(countComments(expected(ORDERS)));
  });

  it('keeps CRLF line breaks and the missing final newline', () => {
    const text = 'StartAt: A # first\r\nStates:\r\n  A:\r\n    Type: Pass\r\n    End: true';
    const { text: out } = edit(text, 'yaml', (v) => put(v, ['States', 'A', 'Result'], { ok: true }));
    expect(out).toBe('StartAt: A # first\r\nStates:\r\n  A:\r\n    Type: Pass\r\n    Result:\r\n      ok: true\r\n    End: true');
  });

  it('follows unindented lists', () => {
    const text = 'StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: arn\n    Retry:\n    - ErrorEquals: [States.ALL]\n    End: true\n';
    const { text: out } = edit(text, 'yaml', (v) => put(v, ['States', 'A', 'Catch'], [{ ErrorEquals: ['States.ALL'], Next: 'A' }]));
    expect(out).toBe(replaceOnce(text, '    End: true\n', '    Catch:\n    - ErrorEquals:\n      - States.ALL\n      Next: A\n    End: true\n'));
  });

  it('follows 4-space indentation', () => {
    const text = 'StartAt: A\nStates:\n    A:\n        Type: Pass\n        End: true\n';
    const { text: out } = edit(text, 'yaml', (v) => put(v, ['States', 'A', 'Result'], { ids: [1] }));
    expect(out).toBe(replaceOnce(text, '        End: true\n', '        Result:\n            ids:\n                - 1\n        End: true\n'));
  });

  it('leaves lines yaml would print differently alone when the edit is elsewhere', () => {
    const text = 'StartAt: A\nStates:\n  A: { Type: Pass,   End: true }\n  B:\n    Type: Succeed   # spaced\n';
    const { text: out } = edit(text, 'yaml', (v) => put(v, ['States', 'B', 'Comment'], 'x'));
    expect(out).toBe('StartAt: A\nStates:\n  A: { Type: Pass,   End: true }\n  B:\n    Type: Succeed   # spaced\n    Comment: x\n');
  });

  it('edits a key of the whole document through its state name', () => {
    const result = edit(ORDERS, 'yaml', (v) => {
      const { States, ...rest } = v as JsonObject;
      return { ...rest, TimeoutSeconds: 60, States: get({ States } as JsonValue, ['States']) };
    });
    expect(result.text).toBe(replaceOnce(ORDERS, 'StartAt: Validate\n', 'StartAt: Validate\nTimeoutSeconds: 60\n'));
  });
});
