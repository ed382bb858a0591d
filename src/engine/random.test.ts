import { describe, it, expect } from 'vitest';
import { createRandom } from './random';

describe('createRandom', () => {
  it('replays the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect([a.next(), a.next(), a.uuid()]).toEqual([b.next(), b.next(), b.uuid()]);
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('makes version-4 UUIDs', () => {
    const r = createRandom(3);
    for (let i = 0; i < 50; i++) expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('stays in [0, 1)', () => {
    const r = createRandom(9);
    for (let i = 0; i < 1000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
