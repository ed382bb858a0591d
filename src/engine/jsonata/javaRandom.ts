/**
 * `$random(seed)`: the same seed must give the same number. Step Functions runs on the JVM, so the
 * generator is java.util.Random's (a 48-bit linear congruential generator) and the number its
 * `nextDouble()`: the most likely match of what AWS returns for a seed.
 */
const MULTIPLIER = 0x5deece66dn;
const ADDEND = 0xbn;
const MASK = (1n << 48n) - 1n;

/**
 * The first `new java.util.Random(seed).nextDouble()`, in [0, 1).
 * @example seededDouble(42) === 0.7275636800328681
 */
export function seededDouble(seed: number): number {
  let state = (BigInt.asIntN(64, BigInt(Math.trunc(seed))) ^ MULTIPLIER) & MASK;
  const next = (bits: number): number => {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return Number(state >> BigInt(48 - bits));
  };
  const high = next(26);
  const low = next(27);
  return (high * 2 ** 27 + low) / 2 ** 53;
}
