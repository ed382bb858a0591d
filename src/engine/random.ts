/**
 * Seeded randomness. Every random choice of an execution (UUIDs, task tokens, retry jitter,
 * `$random`, States.MathRandom) comes from one generator so a run replays exactly from its seed.
 */

/** A seeded generator of numbers in [0, 1) plus helpers built on it. */
export interface Random {
  readonly seed: number;
  next(): number;
  uuid(): string;
}

/**
 * Creates a generator (sfc32 seeded through splitmix32: fast, 128-bit state, good spread).
 * @example const r = createRandom(7); r.next(); r.uuid()
 */
export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // Warm up so close seeds diverge at once.
  for (let i = 0; i < 12; i++) next();
  const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
  const uuid = (): string => {
    const w = (): number => Math.floor(next() * 4294967296) >>> 0;
    const x = w();
    const y = w();
    const z = w();
    const v = w();
    return (
      hex(x, 8) + '-' + hex(y >>> 16, 4) + '-' + hex(0x4000 | (y & 0x0fff), 4) + '-' +
      hex(0x8000 | ((z >>> 16) & 0x3fff), 4) + '-' + hex(z & 0xffff, 4) + hex(v, 8)
    );
  };
  return { seed: seed >>> 0, next, uuid };
}

/** A fresh seed when the caller gives none (recorded in the result so the run can be replayed). */
export function randomSeed(): number {
  return Math.floor(Math.random() * 4294967296) >>> 0;
}
