/**
 * The hash algorithms AWS offers to States.Hash and JSONata's `$hash`: pure TypeScript,
 * synchronous, the same in the browser, the worker and Node.
 */
import { md5Hex } from './md5';
import { sha1Hex } from './sha1';
import { sha256Hex } from './sha256';
import { sha512Hex } from './sha512';

export const HASH_ALGORITHMS = ['MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'] as const;
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number];

/** Hex digest per algorithm, by its AWS name. */
export const HASH_FUNCTIONS: Readonly<Record<HashAlgorithm, (bytes: Uint8Array) => string>> = {
  MD5: md5Hex,
  'SHA-1': sha1Hex,
  'SHA-256': sha256Hex,
  'SHA-384': (b) => sha512Hex(b, 384),
  'SHA-512': (b) => sha512Hex(b, 512),
};

/** True for an algorithm name AWS accepts (exact spelling, as in `'SHA-256'`). */
export function isHashAlgorithm(name: string): name is HashAlgorithm {
  return (HASH_ALGORITHMS as readonly string[]).includes(name);
}

/**
 * Hashes the UTF-8 bytes of `text`; lowercase hex.
 * @example hashText('abc', 'SHA-1') === 'a9993e364706816aba3e25717850c26c9cd0d89d'
 */
export function hashText(text: string, algorithm: HashAlgorithm): string {
  return HASH_FUNCTIONS[algorithm](new TextEncoder().encode(text));
}
