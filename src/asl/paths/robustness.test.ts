import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIntrinsic } from '../intrinsics/checkIntrinsic';
import { checkPath } from './checkPath';
import { checkPayloadTemplate } from './checkPayloadTemplate';
import { compilePath } from './compilePath';
import { createPathContext } from './context';

// The validator runs on every keystroke: whatever the user types, the checks answer, never crash.
const pathish = fc.stringMatching(/^\$[$a-z0-9.[\]'"*?@()<>=!&|, :-]{0,20}$/);
const callish = fc.stringMatching(/^States\.[A-Za-z]{0,8}\([$a-z0-9.'(),\\{} -]{0,20}$/);

describe('robustness', () => {
  it('checkPath answers for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), pathish), (text) => {
        const result = checkPath(text, 'reference');
        expect(result === null || typeof result === 'string').toBe(true);
      }),
    );
  });

  it('a path that checks as valid compiles and evaluates without throwing', () => {
    const ctx = createPathContext();
    const input = { a: [1, { b: 'x' }], c: { d: null } };
    fc.assert(
      fc.property(pathish, (text) => {
        if (checkPath(text, 'path') !== null) return;
        compilePath(text)(input, ctx);
      }),
    );
  });

  it('checkIntrinsic and checkPayloadTemplate answer for any call text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), callish), (text) => {
        expect(Array.isArray(checkIntrinsic(text))).toBe(true);
        expect(Array.isArray(checkPayloadTemplate({ 'x.$': text }, ''))).toBe(true);
      }),
    );
  });
});
