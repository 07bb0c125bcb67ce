/**
 * A small seeded pseudo-random generator (mulberry32), so the demo scenario and sampled flows are
 * the same on every run and on every machine. Not for anything that needs real randomness.
 */
export type Prng = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  int(n: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
}

/** Builds a mulberry32 generator from a 32-bit seed. */
export function buildPrng(seed: number): Prng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number): number => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)]
    if (item === undefined) throw new RangeError('pick() needs a non-empty list')
    return item
  }
  return { next, int, pick }
}
