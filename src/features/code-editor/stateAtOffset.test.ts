import { describe, expect, it } from 'vitest';
import { parseText } from '../../asl/parse';
import { stateAtOffset } from './stateAtOffset';

const json = `{
  "Comment": "orders",
  "StartAt": "Fetch",
  "States": {
    "Fetch": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Next": "Fan"
    },
    "Fan": {
      "Type": "Parallel",
      "Branches": [
        { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "End": true } } }
      ],
      "End": true
    }
  }
}`;

const yaml = `StartAt: Fetch
States:
  Fetch:
    Type: Task # the first step
    Resource: arn:aws:states:::lambda:invoke
    End: true
`;

/** Offset of the `nth` occurrence of `needle`, plus `delta`. */
function at(text: string, needle: string, delta = 0, nth = 0): number {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  return index + delta;
}

describe('stateAtOffset: the cursor selects the state it is in', () => {
  it.each([
    ['a machine field', json, at(json, 'orders'), null],
    ['inside a state field value', json, at(json, 'lambda:invoke'), 'Fetch'],
    ['on a field name of a state', json, at(json, '"Type"', 2), 'Fetch'],
    ['on the state name itself', json, at(json, '"Fetch": {', 3), 'Fetch'],
    ['between fields of a state', json, at(json, '"Next"', -1), 'Fetch'],
    ['inside a nested branch state', json, at(json, '"Pass"', 1), 'Left'],
    ['on the Branches key of a Parallel', json, at(json, '"Branches"', 2), 'Fan'],
    ['YAML: a field value', yaml, at(yaml, 'lambda'), 'Fetch'],
    ['YAML: the state name', yaml, at(yaml, 'Fetch:', 2), 'Fetch'],
    ['YAML: StartAt', yaml, at(yaml, 'StartAt', 2), null],
  ])('%s', (_label, text, offset, expected) => {
    expect(stateAtOffset(parseText(text), offset)).toBe(expected);
  });
});
