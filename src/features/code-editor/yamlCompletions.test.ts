import { describe, expect, it } from 'vitest';
import { parseText } from '../../asl/parse';
import { aslSchema } from '../../asl/schema';
import { withoutLineAt, yamlCompletions } from './yamlCompletions';
import { yamlHover } from './yamlHover';

const machine = `StartAt: Fetch
States:
  Fetch:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    Next: Pick
  Pick:
    Type: Choice
    Choices:
      - Variable: $.n
        NumericEquals: 1
        Next: Done
    Default: Done
  Fan:
    Type: Parallel
    Branches:
      - StartAt: Left
        States:
          Left:
            Type: Pass
            End: true
          Right:
            Type: Succeed
    End: true
  Done:
    Type: Succeed
`;

/**
 * Completions after typing `insert` on a new line below the line holding `after`. The document
 * comes from the text without the cursor's line, as the editor glue parses it.
 */
function complete(after: string, insert: string) {
  const lineEnd = machine.indexOf('\n', machine.indexOf(after)) + 1;
  const text = machine.slice(0, lineEnd) + insert + '\n' + machine.slice(lineEnd);
  const offset = lineEnd + insert.length;
  const document = parseText(withoutLineAt(text, offset), 'yaml').value;
  return { items: yamlCompletions(text, offset, aslSchema, document), text, lineEnd };
}
const labels = (after: string, insert: string) => complete(after, insert).items.map((i) => i.label);

describe('yamlCompletions', () => {
  it.each([
    ['a Task state offers its fields, not those written', 'Resource:', '    ', ['Comment', 'ResultPath', 'Retry', 'Catch', 'TimeoutSeconds'], ['Type', 'Resource', 'Next', 'Choices', 'Seconds']],
    ['a Choice state offers its own fields', '    Default: Done', '    ', ['Comment', 'InputPath', 'Assign'], ['Next', 'Resource', 'Choices', 'Default']],
    ['a Choice rule offers operators', '        NumericEquals: 1', '        ', ['StringEquals', 'IsPresent', 'And'], ['Variable', 'Next', 'NumericEquals', 'Type']],
    ['a state in a branch offers Pass fields', '            End: true', '            ', ['Result', 'Parameters'], ['Resource', 'End']],
    ['the machine offers its fields', '    Type: Succeed\n', '', ['Comment', 'TimeoutSeconds', 'QueryLanguage', 'Version'], ['StartAt', 'States']],
  ])('%s', (_name, after, insert, included, excluded) => {
    const offered = labels(after, insert);
    for (const name of included) expect(offered).toContain(name);
    for (const name of excluded) expect(offered).not.toContain(name);
  });

  it('inserts `Key: ` snippets shaped by the schema, with the description as documentation', () => {
    const { items } = complete('Resource:', '    Res');
    const byLabel = (label: string) => items.find((i) => i.label === label)!;
    expect(byLabel('ResultPath')).toMatchObject({ insertText: 'ResultPath: ${1:\\$}', snippet: true, documentation: expect.stringContaining('JSONPath only') });
    expect(byLabel('Retry').insertText).toBe('Retry:\n  - $0');
    expect(byLabel('Parameters').insertText).toBe('Parameters:\n  $0');
    expect(byLabel('Comment').insertText).toBe('Comment: $0');
    expect(byLabel('QueryLanguage').insertText).toBe('QueryLanguage: ${1|JSONPath,JSONata|}');
  });

  it('replaces the typed prefix', () => {
    const { items, text, lineEnd } = complete('Resource:', '    Res');
    expect(text.slice(items[0].start, items[0].end)).toBe('Res');
    expect(items[0].start).toBe(lineEnd + 4);
  });

  it('offers a choice of types for a new state, and only Type', () => {
    const { items } = complete('Type: Succeed\n', '  New:\n    ');
    expect(items.map((i) => i.label)).toEqual(['Type']);
    expect(items[0].insertText).toBe('Type: ${1|Task,Pass,Choice,Wait,Succeed,Fail,Parallel,Map|}');
  });

  it.each([
    ['Type offers the state types', 'Resource:', '    Type: ', ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']],
    ['End offers true and false', 'Resource:', '    End: ', ['true', 'false']],
    ['Next offers the states of the same level, itself last', 'Resource:', '    Next: ', ['Pick', 'Fan', 'Done', 'Fetch']],
    ['Default offers the states', '    Default: Done', '    Default: ', ['Fetch', 'Fan', 'Done', 'Pick']],
    ['a rule Next offers the states', '        NumericEquals: 1', '        Next: ', ['Fetch', 'Fan', 'Done', 'Pick']],
    ['a branch state Next stays in its branch', '            End: true', '            Next: ', ['Right', 'Left']],
    ['StartAt of a branch offers its states', '      - StartAt: Left', '        StartAt: ', ['Left', 'Right']],
    ['ResultPath offers its default and examples', 'Resource:', '    ResultPath: ', ['$', '$.result', 'null']],
    ['Resource offers example ARNs', '    Type: Succeed\n', '  X:\n    Type: Task\n    Resource: arn:aws:states:::l', ['arn:aws:states:::lambda:invoke', 'arn:aws:states:::http:invoke']],
  ])('%s', (_name, after, insert, expected) => {
    const offered = labels(after, insert);
    for (const value of expected) expect(offered).toContain(value);
    if (expected.length <= 8 && !insert.includes('Resource')) expect(offered).toEqual(expected);
  });

  it('documents each state type with its own description', () => {
    const { items } = complete('Resource:', '    Type: ');
    expect(items.find((i) => i.label === 'Wait')?.documentation).toContain('A Wait state pauses');
    expect(items.find((i) => i.label === 'Map')?.documentation).toContain('A Map state runs the same steps');
  });

  it('replaces the whole value typed so far, up to a comment', () => {
    const { items, text } = complete('Resource:', '    Type: Ta');
    expect(text.slice(items[0].start, items[0].end)).toBe('Ta');
  });

  it('offers nothing in a comment or under an unknown key', () => {
    expect(labels('Resource:', '    # Res')).toEqual([]);
    expect(labels('Resource:', '    Bogus:\n      ')).toEqual([]);
  });

  it('works without any parsed document, from the text alone', () => {
    const text = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Re';
    const offered = yamlCompletions(text, text.length, aslSchema, undefined).map((i) => i.label);
    // Without a parse the Type is unknown: only the generic state field is offered.
    expect(offered).toEqual(['Type']);
  });
});

describe('withoutLineAt', () => {
  it.each([
    ['a middle line', 'a: 1\nbb‸b\nc: 2\n', 'a: 1\n\nc: 2\n'],
    ['the last line without a break', 'a: 1\nb‸', 'a: 1\n'],
    ['the first line, CRLF', 'x‸x\r\na: 1\r\n', '\r\na: 1\r\n'],
  ])('leaves out %s', (_name, marked, expected) => {
    expect(withoutLineAt(marked.replace('‸', ''), marked.indexOf('‸'))).toBe(expected);
  });
});

describe('yamlHover', () => {
  const parse = parseText(machine, 'yaml');
  const hoverOn = (needle: string, text = machine, withParse = true) => {
    const offset = text.indexOf(needle) + 1;
    return yamlHover(text, offset, aslSchema, withParse ? parse : undefined, parse.value);
  };

  it.each([
    ['StartAt', 'StartAt', 'The name of the state the execution starts in'],
    ["a Task's Type, with the Task text", 'Type: Task', 'A Task runs one unit of work'],
    ["a Choice's Default", 'Default', 'The state to run when no rule matches'],
    ['a Choice rule operator', 'NumericEquals', 'a number equal to this one'],
    ['a state in a branch', 'End: true\n          Right', 'Set to true to make this state terminal'],
  ])('describes %s', (_name, needle, text) => {
    expect(hoverOn(needle)?.markdown).toContain(text);
  });

  it('covers the key it describes', () => {
    const hover = hoverOn('Resource')!;
    expect(machine.slice(hover.start, hover.end)).toBe('Resource');
  });

  it('says nothing on a value', () => {
    expect(hoverOn('arn:aws')).toBeNull();
  });

  it('still describes keys while the text does not parse', () => {
    const broken = machine.replace('    Next: Pick\n', '    Next: Pick\n    Comm\n');
    expect(parseText(broken, 'yaml').value).toBeUndefined();
    const hover = hoverOn('Resource', broken, false);
    expect(hover?.markdown).toContain('The ARN of the work to run');
  });
});
