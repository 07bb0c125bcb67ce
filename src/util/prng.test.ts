import { describe, expect, it } from 'vitest'
import { buildPrng } from './prng.js'

describe('buildPrng', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = buildPrng(42)
    const b = buildPrng(42)
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()))
  })

  it('gives a different sequence for another seed', () => {
    expect(buildPrng(1).next()).not.toBe(buildPrng(2).next())
  })

  it('keeps integers within [0, n) and floats within [0, 1)', () => {
    const rng = buildPrng(7)
    for (let i = 0; i < 1000; i++) {
      const f = rng.next()
      expect(f).toBeGreaterThanOrEqual(0)
      expect(f).toBeLessThan(1)
      const n = rng.int(3)
      expect([0, 1, 2]).toContain(n)
    }
  })

  it('refuses to pick from an empty list', () => {
    expect(() => buildPrng(1).pick([])).toThrow(RangeError)
  })
})
