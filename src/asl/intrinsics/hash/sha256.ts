import { toHex } from './md5';
import { fractionBits, padBigEndian, primes } from './pad';

let K: Int32Array | null = null;
let H: number[] | null = null;

function constants(): [Int32Array, number[]] {
  if (!K || !H) {
    const ps = primes(64);
    K = Int32Array.from(ps, (p) => Number(fractionBits(p, 3n, 32n)) | 0);
    H = ps.slice(0, 8).map((p) => Number(fractionBits(p, 2n, 32n)) | 0);
  }
  return [K, H];
}

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/**
 * SHA-256 (FIPS 180-4) digest of bytes, as lowercase hex.
 * @example sha256Hex(new TextEncoder().encode('abc')).startsWith('ba7816bf')
 */
export function sha256Hex(bytes: Uint8Array): string {
  const [k, h0] = constants();
  const h = h0.slice();
  const view = padBigEndian(bytes, 64, 8);
  const w = new Int32Array(64);
  for (let off = 0; off < view.byteLength; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = (h[i] + x) | 0));
  }
  const out = new DataView(new ArrayBuffer(32));
  h.forEach((x, i) => out.setInt32(i * 4, x));
  return toHex(new Uint8Array(out.buffer));
}
