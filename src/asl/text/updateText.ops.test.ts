import { describe, expect, it } from 'vitest';
import { addBranch, deleteState, insertState, newState, renameState, setField } from '../ops';
import type { OpResult } from '../ops';
import type { JsonValue, StateMachine } from '../types';
import { holds, parse } from './textTestKit';
import type { Format } from './textTestKit';
import { updateText } from './updateText';

const JSON_TEXT = `{
  "StartAt": "Validate",
  "States": {
    "Validate": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Next": "Review"
    },
    "Review": {
      "Type": "Parallel",
      "Branches": [
        {
          "StartAt": "Notify",
          "States": { "Notify": { "Type": "Pass", "End": true } }
        }
      ],
      "Next": "Done"
    },
    "Done": { "Type": "Succeed" }
  }
}
`;

const YAML_TEXT = `# Review workflow
StartAt: Validate
States:
  Validate:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke  # the validator
    Next: Review
  Review:
    Type: Parallel
    Branches:
      - StartAt: Notify
        States:
          Notify: {Type: Pass, End: true}
    Next: Done
  Done:
    Type: Succeed   # all good
`;

type Replaced = [old: string, text: string][];

const WAIT_JSON = ',\n    "Wait": {\n      "Type": "Wait",\n      "Seconds": 5,\n      "Next": "Review"\n    }';
const BRANCH_JSON = ',\n        {\n          "StartAt": "Pass",\n          "States": {\n            "Pass": {\n              "Type": "Pass",\n              "End": true\n            }\n          }\n        }';
const REVIEW_JSON = ',\n    "Review": {\n      "Type": "Parallel",\n      "Branches": [\n        {\n          "StartAt": "Notify",\n          "States": { "Notify": { "Type": "Pass", "End": true } }\n        }\n      ],\n      "Next": "Done"\n    }';

/** Each op and what its edits replace in the old text: [old text, new text] per edit. */
const ops: { name: string; run: (def: StateMachine) => OpResult<object>; json: Replaced; yaml: Replaced }[] = [
  {
    name: 'insertState after Validate: the rewired Next and the new state',
    run: (def) => insertState(def, { state: newState('Wait'), at: { after: 'Validate' } }),
    json: [['Review', 'Wait'], ['', WAIT_JSON]],
    // The old "Next: Review" line becomes the new state's: one insertion above it.
    yaml: [['', '    Next: Wait\n  Wait:\n    Type: Wait\n    Seconds: 5\n']],
  },
  {
    name: 'renameState Done: the key in place and the reference',
    run: (def) => renameState(def, 'Done', 'Finished'),
    json: [['Done', 'Finished'], ['Done', 'Finished']],
    yaml: [['Done\n  Done', 'Finished\n  Finished']],
  },
  {
    name: 'addBranch to Review: the branch only',
    run: (def) => addBranch(def, 'Review'),
    json: [['', BRANCH_JSON]],
    yaml: [['', '      - StartAt: Pass\n        States:\n          Pass:\n            Type: Pass\n            End: true\n']],
  },
  {
    name: 'setField Comment on Validate: one line after Type, the noisy comment line below untouched',
    run: (def) => setField(def, 'Validate', 'Comment', 'Checks the order'),
    json: [['', ',\n      "Comment": "Checks the order"']],
    yaml: [['', '    Comment: Checks the order\n']],
  },
  {
    name: 'deleteState Review: its lines and the rewired Next',
    run: (def) => deleteState(def, 'Review'),
    json: [['Review', 'Done'], [REVIEW_JSON, '']],
    yaml: [['    Next: Review\n  Review:\n    Type: Parallel\n    Branches:\n      - StartAt: Notify\n        States:\n          Notify: {Type: Pass, End: true}\n', '']],
  },
];

describe.each<[Format, string]>([['json', JSON_TEXT], ['yaml', YAML_TEXT]])('updateText after the graph ops (%s)', (format, text) => {
  it.each(ops)('$name', (op) => {
    const previous = parse(text, format);
    const result = op.run(previous as unknown as StateMachine);
    if (!result.ok) throw new Error(result.error.message);
    const next = result.definition as unknown as JsonValue;
    const update = updateText(text, format, previous, next);
    expect(update.fullRewrite).toBeUndefined();
    expect(holds(update.text, format, next)).toBe(true);
    expect(update.edits.map((e) => [text.slice(e.offset, e.offset + e.length), e.text])).toEqual(op[format]);
  });
});
