import { describe, expect, it } from 'vitest';
import { compileStringMatches } from './stringMatches';

// Patterns are written as the JS string the definition's JSON decodes to: the JSON text
// "a\\*b" is the pattern a\*b here.
describe('compileStringMatches', () => {
  it.each([
    ['log-*.txt', 'log-2024.txt', true],
    ['log-*.txt', 'log-.txt', true],
    ['log-*.txt', 'log-2024.csv', false],
    ['*', '', true],
    ['*', 'anything', true],
    ['', '', true],
    ['', 'x', false],
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['a*', 'a', true],
    ['*a', 'ba', true],
    ['*a', 'ab', false],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'acb', false],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['**', 'x', true],
    ['*.*', 'no-dot', false],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['a\\\\b', 'a\\b', true],
    ['a\\\\*', 'a\\anything', true],
    ['\\*', '*', true],
    ['\\*', 'x', false],
    ['a.c', 'abc', false],
    ['(x)?[y]+', '(x)?[y]+', true],
    ['*foo*', 'xxfooxx', true],
    ['*foo*', 'xxfoxx', false],
    ['ab*ab', 'ab', false],
    ['ab*ab', 'abab', true],
  ])('%j matches %j: %s', (pattern, value, expected) => {
    expect(compileStringMatches(pattern)(value)).toBe(expected);
  });
});
