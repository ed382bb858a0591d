import { describe, it, expect } from 'vitest';
import { jsonByteLength, resolveLimits } from './limits';
import type { JsonValue } from '../asl/types';

const utf8 = (v: JsonValue): number => new TextEncoder().encode(JSON.stringify(v)).length;

describe('jsonByteLength', () => {
  it.each<[string, JsonValue]>([
    ['empty object', {}],
    ['nested', { a: [1, 2.5, -3e-7, true, false, null], b: { c: 'x' } }],
    ['escapes', { 'q"\\': 'line\nbreak\ttab\u0001\u001f' }],
    ['multibyte', { é: 'ünïcødé 🆗 中文' }],
    ['big array', Array.from({ length: 200 }, (_, i) => ({ i, s: 'v' + i }))],
    ['lone surrogate', '\ud800x'],
  ])('matches the UTF-8 size of JSON.stringify: %s', (_name, value) => {
    expect(jsonByteLength(value)).toBe(utf8(value));
  });

  it('stops early past the maximum', () => {
    const big = { a: 'x'.repeat(1000), b: 'y'.repeat(1000) };
    expect(jsonByteLength(big, 100)).toBeGreaterThan(100);
  });
});

describe('resolveLimits', () => {
  it('uses the AWS quotas by default and none with `false`', () => {
    expect(resolveLimits(undefined)).toEqual({ maxPayloadBytes: 262144, maxHistoryEvents: 25000 });
    expect(resolveLimits(false).maxHistoryEvents).toBe(Infinity);
  });
});
