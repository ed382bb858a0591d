import { fractionBits, padBigEndian, primes } from './pad';

const MASK = (1n << 64n) - 1n;
let K: bigint[] | null = null;
let H512: bigint[] | null = null;
let H384: bigint[] | null = null;

function constants(): [bigint[], bigint[], bigint[]] {
  if (!K || !H512 || !H384) {
    const ps = primes(80);
    K = ps.map((p) => fractionBits(p, 3n, 64n));
    H512 = ps.slice(0, 8).map((p) => fractionBits(p, 2n, 64n));
    // SHA-384 starts from the square roots of the 9th to 16th primes.
    H384 = ps.slice(8, 16).map((p) => fractionBits(p, 2n, 64n));
  }
  return [K, H512, H384];
}

const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK;

/**
 * SHA-512 or SHA-384 (FIPS 180-4) digest of bytes, as lowercase hex. BigInt keeps it short; the
 * inputs are small (AWS caps States.Hash at 10,000 characters).
 * @example sha512Hex(new TextEncoder().encode('abc'), 384).startsWith('cb00753f')
 */
export function sha512Hex(bytes: Uint8Array, bits: 512 | 384 = 512): string {
  const [k, h512, h384] = constants();
  const h = (bits === 512 ? h512 : h384).slice();
  const view = padBigEndian(bytes, 128, 16);
  const w: bigint[] = new Array<bigint>(80);
  for (let off = 0; off < view.byteLength; off += 128) {
    for (let i = 0; i < 16; i++) w[i] = view.getBigUint64(off + i * 8);
    for (let i = 16; i < 80; i++) {
      const s0 = rotr(w[i - 15], 1n) ^ rotr(w[i - 15], 8n) ^ (w[i - 15] >> 7n);
      const s1 = rotr(w[i - 2], 19n) ^ rotr(w[i - 2], 61n) ^ (w[i - 2] >> 6n);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & MASK;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 80; i++) {
      const t1 = (hh + (rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n)) + ((e & f) ^ (~e & MASK & g)) + k[i] + w[i]) & MASK;
      const t2 = ((rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & MASK;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = (h[i] + x) & MASK));
  }
  const hex = h.map((x) => x.toString(16).padStart(16, '0')).join('');
  return hex.slice(0, bits / 4);
}
