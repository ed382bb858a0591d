import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../types';
import { applyEdits } from './edits';
import { edit, get, holds, put, renameAt, replaceOnce } from './textTestKit';

const ORDERS = `{
  "Comment": "Orders",
  "StartAt": "Validate",
  "States": {
    "Validate": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {
        "FunctionName": "\${ValidateFn}",
        "Payload.$": "$"
      },
      "Next": "Route"
    },
    "Route": {
      "Type": "Choice",
      "Choices": [
        { "Variable": "$.total", "NumericGreaterThan": 100, "Next": "Review" },
        { "Variable": "$.total", "NumericLessThanEquals": 100, "Next": "Ship" }
      ],
      "Default": "Ship"
    },
    "Review": {
      "Type": "Parallel",
      "Branches": [
        {
          "StartAt": "Notify",
          "States": {
            "Notify": { "Type": "Pass", "End": true }
          }
        }
      ],
      "Next": "Ship"
    },
    "Ship": {
      "Type": "Map",
      "ItemsPath": "$.items",
      "ItemProcessor": {
        "ProcessorConfig": { "Mode": "INLINE" },
        "StartAt": "Pack",
        "States": {
          "Pack": {
            "Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke",
            "End": true
          }
        }
      },
      "End": true
    }
  }
}
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
    name: 'sets a scalar field in place',
    change: (v) => put(v, [...S, 'Validate', 'Resource'], 'arn:aws:states:::sqs:sendMessage'),
    expected: (t) => replaceOnce(t, '"Resource": "arn:aws:states:::lambda:invoke",\n      "Parameters"', '"Resource": "arn:aws:states:::sqs:sendMessage",\n      "Parameters"'),
  },
  {
    name: 'adds a field to a state at its canonical place (ResultPath after Parameters, before Next)',
    change: (v) => put(v, [...S, 'Validate', 'ResultPath'], '$.validation'),
    expected: (t) => replaceOnce(t, '"Payload.$": "$"\n      },\n', '"Payload.$": "$"\n      },\n      "ResultPath": "$.validation",\n'),
  },
  {
    name: 'adds a Comment right after Type',
    change: (v) => put(v, [...S, 'Ship', 'Comment'], 'Ship every item'),
    expected: (t) => replaceOnce(t, '"Type": "Map",\n', '"Type": "Map",\n      "Comment": "Ship every item",\n'),
  },
  {
    name: 'removes a field with its comma and line',
    change: (v) => put(v, [...S, 'Validate', 'Parameters'], undefined),
    expected: (t) => replaceOnce(t, '      "Parameters": {\n        "FunctionName": "${ValidateFn}",\n        "Payload.$": "$"\n      },\n', ''),
  },
  {
    name: 'removes the first key of an object',
    change: (v) => put(v, ['Comment'], undefined),
    expected: (t) => replaceOnce(t, '  "Comment": "Orders",\n', ''),
  },
  {
    name: 'removes the last key of an object and the comma before it',
    change: (v) => put(put(v, [...S, 'Validate', 'Parameters', 'Payload.$'], undefined), [...S, 'Validate', 'Parameters', 'FunctionName'], 'fn'),
    expected: (t) => replaceOnce(t, '"FunctionName": "${ValidateFn}",\n        "Payload.$": "$"\n', '"FunctionName": "fn"\n'),
  },
  {
    name: 'renames a state where it stands and updates the reference to it',
    change: (v) => put(renameState(v, 'Review', 'Manual review'), [...S, 'Route', 'Choices', 0, 'Next'], 'Manual review'),
    expected: (t) => replaceOnce(replaceOnce(t, '"Review": {', '"Manual review": {'), '"Next": "Review"', '"Next": "Manual review"'),
  },
  {
    name: 'renames the start state (StartAt follows, the key stays first)',
    change: (v) => put(renameState(v, 'Validate', 'Check order'), ['StartAt'], 'Check order'),
    expected: (t) => replaceOnce(replaceOnce(t, '"StartAt": "Validate"', '"StartAt": "Check order"'), '"Validate": {', '"Check order": {'),
  },
  {
    name: 'appends a new last state after the last one',
    change: (v) => put(put(v, [...S, 'Ship', 'End'], undefined), [...S, 'Ship', 'Next'], 'Done') && put(put(put(v, [...S, 'Ship', 'End'], undefined), [...S, 'Ship', 'Next'], 'Done'), [...S, 'Done'], { Type: 'Succeed' }),
    expected: (t) => replaceOnce(t, '      "End": true\n    }\n  }\n}', '      "Next": "Done"\n    },\n    "Done": {\n      "Type": "Succeed"\n    }\n  }\n}'),
  },
  {
    name: 'inserts a new state after its neighbour in the new key order, keys in canonical order',
    change: (v) => {
      const states = get(v, S) as JsonObject;
      const entries = Object.entries(states);
      entries.splice(1, 0, ['Wait a bit', { Next: 'Route', Seconds: 5, Type: 'Wait' }]);
      return put(put(v, S, Object.fromEntries(entries)), [...S, 'Validate', 'Next'], 'Wait a bit');
    },
    expected: (t) => replaceOnce(t, '      "Next": "Route"\n    },\n', '      "Next": "Wait a bit"\n    },\n    "Wait a bit": {\n      "Type": "Wait",\n      "Seconds": 5,\n      "Next": "Route"\n    },\n'),
  },
  {
    name: 'deletes a state and rewires its predecessor',
    change: (v) => put(put(v, [...S, 'Review'], undefined), [...S, 'Route', 'Choices', 0, 'Next'], 'Ship'),
    expected: (t) => {
      const start = t.indexOf('    "Review": {');
      const end = t.indexOf('    "Ship": {');
      return replaceOnce(t.slice(0, start) + t.slice(end), '"Next": "Review"', '"Next": "Ship"');
    },
  },
  {
    name: 'changes one Choice rule inside the Choices array, not the others',
    change: (v) => put(v, [...S, 'Route', 'Choices', 1, 'NumericLessThanEquals'], 50),
    expected: (t) => replaceOnce(t, '"NumericLessThanEquals": 100', '"NumericLessThanEquals": 50'),
  },
  {
    name: 'removes a Choice rule',
    change: (v) => put(v, [...S, 'Route', 'Choices', 0], undefined),
    expected: (t) => replaceOnce(t, '        { "Variable": "$.total", "NumericGreaterThan": 100, "Next": "Review" },\n', ''),
  },
  {
    name: 'adds a Parallel branch after the last one, indented like it',
    change: (v) => put(v, [...S, 'Review', 'Branches', 1], { StartAt: 'Log', States: { Log: { Type: 'Pass', End: true } } }),
    expected: (t) => replaceOnce(t, '            "Notify": { "Type": "Pass", "End": true }\n          }\n        }\n',
      '            "Notify": { "Type": "Pass", "End": true }\n          }\n        },\n        {\n          "StartAt": "Log",\n          "States": {\n            "Log": {\n              "Type": "Pass",\n              "End": true\n            }\n          }\n        }\n'),
  },
  {
    name: 'changes a state nested in a Map ItemProcessor',
    change: (v) => put(v, [...S, 'Ship', 'ItemProcessor', 'States', 'Pack', 'TimeoutSeconds'], 30),
    expected: (t) => replaceOnce(t, '            "Resource": "arn:aws:states:::lambda:invoke",\n            "End": true', '            "Resource": "arn:aws:states:::lambda:invoke",\n            "TimeoutSeconds": 30,\n            "End": true'),
  },
  {
    name: 'adds a key to a one-line object on that line',
    change: (v) => put(v, [...S, 'Review', 'Branches', 0, 'States', 'Notify', 'Comment'], 'hi'),
    expected: (t) => replaceOnce(t, '{ "Type": "Pass", "End": true }', '{ "Type": "Pass", "Comment": "hi", "End": true }'),
  },
  {
    name: 'replaces a value inside a one-line object on that line',
    change: (v) => put(v, [...S, 'Review', 'Branches', 0, 'States', 'Notify', 'End'], { a: 1 }),
    expected: (t) => replaceOnce(t, '{ "Type": "Pass", "End": true }', '{ "Type": "Pass", "End": {"a": 1} }'),
  },
  {
    name: 'keeps ${Placeholder} strings and writes new ones verbatim',
    change: (v) => put(v, [...S, 'Validate', 'Parameters', 'Payload.$'], '${PayloadPath}'),
    expected: (t) => replaceOnce(t, '"Payload.$": "$"', '"Payload.$": "${PayloadPath}"'),
  },
  {
    name: 'replaces a scalar by an object written over several lines',
    change: (v) => put(v, [...S, 'Ship', 'ItemsPath'], { a: [1, 2] } as JsonValue),
    expected: (t) => replaceOnce(t, '"ItemsPath": "$.items"', '"ItemsPath": {\n        "a": [\n          1,\n          2\n        ]\n      }'),
  },
  {
    name: 'empties an object to {}',
    change: (v) => put(v, [...S, 'Validate', 'Parameters'], {}),
    expected: (t) => replaceOnce(t, '{\n        "FunctionName": "${ValidateFn}",\n        "Payload.$": "$"\n      }', '{}'),
  },
];

describe('updateText on JSON', () => {
  it.each(cases)('$name', ({ change, expected }) => {
    const result = edit(ORDERS, 'json', change);
    expect(result.text).toBe(expected(ORDERS));
    expect(result.fullRewrite).toBeUndefined();
    expect(applyEdits(ORDERS, result.edits)).toBe(result.text);
    expect(holds(result.text, 'json', result.next)).toBe(true);
  });

  it('returns edits sorted, disjoint and trimmed to the characters that change', () => {
    const { edits } = edit(ORDERS, 'json', (v) => {
      let next = put(renameState(v, 'Ship', 'Send'), [...S, 'Review', 'Next'], 'Send');
      next = put(next, [...S, 'Route', 'Default'], 'Send');
      return put(next, [...S, 'Route', 'Choices', 1, 'Next'], 'Send');
    });
    // "Ship" -> "Send": four places, each edit only the letters that change.
    expect(edits.map((e) => [ORDERS.slice(e.offset, e.offset + e.length), e.text])).toEqual(Array(4).fill(['hip', 'end']));
    for (let i = 1; i < edits.length; i++) expect(edits[i].offset).toBeGreaterThan(edits[i - 1].offset + edits[i - 1].length);
  });

  it('leaves the text alone when only the key order changed', () => {
    const result = edit(ORDERS, 'json', (v) => {
      const { States, StartAt, Comment } = v as JsonObject;
      return { States, StartAt, Comment };
    });
    expect(result).toMatchObject({ text: ORDERS, edits: [] });
  });
});

const styles = [
  { name: '4-space indentation', unit: '    ', eol: '\n' },
  { name: 'tab indentation', unit: '\t', eol: '\n' },
  { name: 'CRLF line breaks', unit: '  ', eol: '\r\n' },
];

describe('updateText keeps the layout of the JSON text', () => {
  const machine = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };
  it.each(styles)('$name: a new state and a new field are written in it', ({ unit, eol }) => {
    const text = JSON.stringify(machine, null, unit).replace(/\n/g, eol) + eol;
    const { text: out, next } = edit(text, 'json', (v) =>
      put(put(put(v, ['States', 'A', 'End'], undefined), ['States', 'A', 'Next'], 'B'), ['States', 'B'], { Type: 'Succeed' }));
    const expected = ['{', `${unit}"StartAt": "A",`, `${unit}"States": {`, `${unit}${unit}"A": {`, `${unit}${unit}${unit}"Type": "Pass",`,
      `${unit}${unit}${unit}"Next": "B"`, `${unit}${unit}},`, `${unit}${unit}"B": {`, `${unit}${unit}${unit}"Type": "Succeed"`, `${unit}${unit}}`, `${unit}}`, '}', ''].join(eol);
    expect(out).toBe(expected);
    expect(holds(out, 'json', next)).toBe(true);
  });

  it('keeps a missing final newline missing', () => {
    const text = '{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}';
    const { text: out } = edit(text, 'json', (v) => put(v, ['Comment'], 'c'));
    expect(out).toBe('{"Comment": "c", "StartAt": "A", "States": {"A": {"Type": "Succeed"}}}');
  });

  it('keeps compact one-line JSON compact', () => {
    const text = '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}';
    const { text: out } = edit(text, 'json', (v) => put(v, ['States', 'A', 'Result'], { x: [1, 2] }));
    expect(out).toBe('{"StartAt":"A","States":{"A":{"Type":"Pass","Result":{"x":[1,2]},"End":true}}}');
  });

  it('replaces a value of a compact one-line object compactly', () => {
    const text = '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}';
    const { text: out } = edit(text, 'json', (v) => put(v, ['StartAt'], ['x', 'y']));
    expect(out).toBe('{"StartAt":["x","y"],"States":{"A":{"Type":"Pass","End":true}}}');
  });

  it('fills an empty array on one line when it holds scalars', () => {
    const text = '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Fail",\n      "Tags": []\n    }\n  }\n}\n';
    const { text: out } = edit(text, 'json', (v) => put(v, ['States', 'A', 'Tags'], ['x', 'y']));
    expect(out).toBe(replaceOnce(text, '"Tags": []', '"Tags": ["x", "y"]'));
  });
});

describe('updateText falls back to a full rewrite', () => {
  it.each([
    { name: 'text that is not JSON', text: '{ "StartAt": \n' },
    { name: 'text that does not hold the previous value', text: '{"Other": 1}\n' },
    { name: 'repeated keys', text: '{"StartAt": "A", "StartAt": "B", "States": {}}\n' },
  ])('for $name', ({ text }) => {
    const previous = { StartAt: 'B', States: {} };
    const next = { StartAt: 'C', States: {} };
    const result = updateTextFor(text, previous, next);
    expect(result.fullRewrite).toBe(true);
    expect(result.text).toBe('{\n  "StartAt": "C",\n  "States": {}\n}\n');
    expect(applyEdits(text, result.edits)).toBe(result.text);
  });

  it('when the document stops being an object', () => {
    const result = updateTextFor('{"StartAt": "A"}\n', { StartAt: 'A' }, [1]);
    expect(result).toMatchObject({ fullRewrite: true, text: '[\n  1\n]\n' });
  });
});

import { updateText } from './updateText';
function updateTextFor(text: string, previous: JsonValue, next: JsonValue) {
  return updateText(text, 'json', previous, next);
}
