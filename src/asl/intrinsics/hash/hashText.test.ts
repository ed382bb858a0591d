import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HASH_ALGORITHMS, hashText, isHashAlgorithm } from './index';

const NODE_NAMES = { MD5: 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' } as const;
// Lengths around the padding boundaries (55/56/64 bytes for 64-byte blocks, 111/112/128 for 128-byte ones).
const TEXTS = ['', 'abc', 'input data', 'ü€𝄞 unicode', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'b'.repeat(111), 'b'.repeat(112), 'c'.repeat(1000)];

describe('hashText', () => {
  const rows = HASH_ALGORITHMS.flatMap((alg) => TEXTS.map((text) => [alg, text] as const));
  it.each(rows)('%s of %j matches Node crypto', (alg, text) => {
    expect(hashText(text, alg)).toBe(createHash(NODE_NAMES[alg]).update(text, 'utf8').digest('hex'));
  });

  it('accepts only the exact AWS names', () => {
    expect(isHashAlgorithm('SHA-256')).toBe(true);
    expect(isHashAlgorithm('sha256')).toBe(false);
    expect(isHashAlgorithm('SHA256')).toBe(false);
  });
});
