import { describe, expect, it } from 'vitest';
import { findPlaceholders } from './placeholders';

describe('findPlaceholders', () => {
  it.each([
    ['a SAM substitution in an ARN', '"Resource": "${ProcessFunctionArn}"', ['${ProcessFunctionArn}']],
    ['several in one string', '"arn:aws:states:${AWS::Region}:${AWS::AccountId}:x"', ['${AWS::Region}', '${AWS::AccountId}']],
    ['a CDK token with dots', '"${Token.Value-1}"', ['${Token.Value-1}']],
    ['not a JSONata expression', '"{% $states.input %}"', []],
    ['not a JSONPath', '"$.detail"', []],
    ['not an empty brace pair', '"${}"', []],
  ])('%s', (_label, text, expected) => {
    expect(findPlaceholders(text).map((s) => text.slice(s.offset, s.offset + s.length))).toEqual(expected);
  });

  it('stops at the limit', () => {
    expect(findPlaceholders('${A}'.repeat(10), 3)).toHaveLength(3);
  });
});
