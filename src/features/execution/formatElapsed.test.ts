import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../engine';
import { elapsed } from './formatElapsed';

const at = (ms: number): HistoryEvent => ({ id: 1, previousEventId: 0, type: 'X', timestamp: new Date(Date.UTC(2025, 0, 1) + ms).toISOString() });
const start = Date.UTC(2025, 0, 1);

describe('elapsed', () => {
  it.each([
    [0, '0 ms'],
    [999, '999 ms'],
    [1500, '1.50 s'],
    [12_340, '12.3 s'],
    [61_000, '1m 01s'],
    [4165_000, '1h 09m'],
    [3 * 86_400_000 + 3_600_000, '3d 1h'],
  ])('%i ms reads %s', (ms, text) => {
    expect(elapsed(at(ms), start)).toBe(text);
  });
});
