/**
 * Merkle-Damgard padding for the SHA family: 0x80, zeros, then the bit length big-endian in the
 * last `lengthBytes` bytes (8 for SHA-1/256, 16 for SHA-384/512).
 */
export function padBigEndian(bytes: Uint8Array, blockSize: number, lengthBytes: number): DataView {
  const total = Math.ceil((bytes.length + 1 + lengthBytes) / blockSize) * blockSize;
  const padded = new Uint8Array(total);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(total - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(total - 4, bits >>> 0);
  return view;
}

/** The first `count` primes. */
export function primes(count: number): number[] {
  const out: number[] = [];
  for (let n = 2; out.length < count; n++) if (out.every((p) => n % p !== 0)) out.push(n);
  return out;
}

/** floor(n^(1/k)) for a BigInt, by Newton's method (exact, so constants need no table). */
export function integerRoot(n: bigint, k: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << (BigInt(n.toString(2).length) / k + 1n);
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) return x;
    x = y;
  }
}

/** The first `bits` bits of the fractional part of p^(1/k): the SHA round and start constants. */
export function fractionBits(p: number, k: bigint, bits: bigint): bigint {
  return integerRoot(BigInt(p) << (bits * k), k) & ((1n << bits) - 1n);
}
