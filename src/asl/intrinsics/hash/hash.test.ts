import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex } from './md5';
import { sha1Hex } from './sha1';
import { sha256Hex } from './sha256';
import { sha512Hex } from './sha512';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

// Node's crypto is only the reference here: the code under test is plain TypeScript that runs in workers.
const algorithms: [string, (b: Uint8Array) => string][] = [
  ['md5', md5Hex],
  ['sha1', sha1Hex],
  ['sha256', sha256Hex],
  ['sha384', (b) => sha512Hex(b, 384)],
  ['sha512', (b) => sha512Hex(b, 512)],
];

describe('hash functions', () => {
  it.each([
    ['md5', 'abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['sha1', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['sha256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['sha384', 'abc', 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'],
  ])('%s(%s) matches the published test vector', (alg, text, hex) => {
    expect(algorithms.find(([name]) => name === alg)![1](enc(text))).toBe(hex);
  });

  it.each(algorithms)('%s agrees with a reference across block boundaries and UTF-8', (alg, fn) => {
    for (const len of [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000]) {
      const bytes = enc('é'.repeat(len % 5) + 'x'.repeat(len));
      expect(fn(bytes), `${alg} length ${len}`).toBe(createHash(alg).update(bytes).digest('hex'));
    }
  });
});
