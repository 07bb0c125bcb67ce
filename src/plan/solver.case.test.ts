import { describe, expect, it } from 'vitest'
import { ProgramBuilder, violations } from './program.js'
import type { MilpProgram } from './program.js'
import type { MilpSolver } from './solver.js'

/** A 0/1 knapsack: weights, values, capacity. Optimum: items 1, 2, 3 (weight 26) → 51. */
const KNAPSACK = { weights: [12, 7, 11, 8, 9, 23], values: [24, 13, 23, 15, 16, 41], capacity: 26 }

function knapsack(w: readonly number[], v: readonly number[], capacity: number): MilpProgram {
  const b = new ProgramBuilder('max')
  const xs = v.map((value, i) => b.binary(`item ${i}`, value))
  b.row('capacity', xs.map((x, i) => ({ var: x, coef: w[i]! })), { hi: capacity })
  return b.build()
}

/** A seeded generator for hard knapsacks (no Math.random: runs are reproducible). */
function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** The conformance suite every `MilpSolver` passes. */
export function runSolverSuite(newSolver: () => MilpSolver): void {
  describe(`MilpSolver conformance: ${newSolver().name}`, () => {
    it('solves a knapsack to optimality', async () => {
      const program = knapsack(KNAPSACK.weights, KNAPSACK.values, KNAPSACK.capacity)
      const s = await newSolver().solve(program, { relGap: 0 })
      expect(s.status).toBe('optimal')
      expect(s.objective).toBeCloseTo(51, 6)
      expect(violations(program, s.values)).toEqual([])
      expect(s.gap).toBeCloseTo(0, 9)
      // and by enumeration
      let best = 0
      for (let mask = 0; mask < 1 << KNAPSACK.values.length; mask++) {
        let w = 0
        let v = 0
        KNAPSACK.values.forEach((val, i) => {
          if (mask & (1 << i)) {
            w += KNAPSACK.weights[i]!
            v += val
          }
        })
        if (w <= KNAPSACK.capacity) best = Math.max(best, v)
      }
      expect(s.objective).toBeCloseTo(best, 6)
    })

    it('reports an infeasible program as infeasible, without values', async () => {
      const b = new ProgramBuilder('min')
      const x = b.binary('x', 1)
      const y = b.binary('y', 1)
      b.row('at least three', [{ var: x, coef: 1 }, { var: y, coef: 1 }], { lo: 3 })
      const s = await newSolver().solve(b.build())
      expect(s.status).toBe('infeasible')
      expect(s.objective).toBeNull()
    })

    it('honours equality rows and ranged rows', async () => {
      const b = new ProgramBuilder('max')
      const x = b.continuous('x', 0, 10, 1)
      const y = b.continuous('y', 0, 10, 3)
      const z = b.continuous('z', -5, 5, -1)
      b.row('sum is four', [{ var: x, coef: 1 }, { var: y, coef: 1 }], { lo: 4, hi: 4 })
      b.row('z in range', [{ var: z, coef: 1 }, { var: y, coef: -1 }], { lo: -3, hi: 2 })
      const program = b.build()
      const s = await newSolver().solve(program)
      expect(s.status).toBe('optimal')
      // y = 4, x = 0, z = y - 3 = 1 → 12 - 1 = 11 (x = 4, z = -3 gives only 7)
      expect(s.objective).toBeCloseTo(11, 6)
      expect(s.values[y]).toBeCloseTo(4, 6)
      expect(s.values[z]).toBeCloseTo(1, 6)
      expect(violations(program, s.values)).toEqual([])
    })

    it('keeps integer variables integral and lets continuous ones take fractions', async () => {
      const b = new ProgramBuilder('max')
      const i = b.variable({ name: 'i', lo: 0, hi: 10, integer: true, obj: 1 })
      const c = b.continuous('c', 0, 10, 1)
      b.row('i cap', [{ var: i, coef: 2 }], { hi: 7 })
      b.row('c cap', [{ var: c, coef: 2 }], { hi: 7 })
      const s = await newSolver().solve(b.build(), { relGap: 0 })
      expect(s.status).toBe('optimal')
      expect(s.values[i]).toBeCloseTo(3, 6)
      expect(s.values[c]).toBeCloseTo(3.5, 6)
      expect(s.objective).toBeCloseTo(6.5, 6)
    })

    it('adds the objective offset and accepts names that are not LP-safe', async () => {
      const b = new ProgramBuilder('min')
      const a = b.binary('3 dev/äx:1', 2)
      const a2 = b.binary('3 dev/äx:1', 3)
      b.row('need one (really)', [{ var: a, coef: 1 }, { var: a2, coef: 1 }], { lo: 1 })
      b.objectiveOffset = 10
      const s = await newSolver().solve(b.build(), { relGap: 0 })
      expect(s.status).toBe('optimal')
      expect(s.objective).toBeCloseTo(12, 6)
      expect(s.values[a]).toBeCloseTo(1, 6)
    })

    it('returns the best solution with its gap when the time limit runs out', async () => {
      const rnd = lcg(7)
      const n = 120
      const w = Array.from({ length: n }, () => 1_000_000 + Math.floor(rnd() * 1_000_000))
      const v = w.map((wi) => wi + Math.floor(rnd() * 1000))
      const capacity = Math.floor(w.reduce((a, b2) => a + b2, 0) / 2)
      const program = knapsack(w, v, capacity)
      const s = await newSolver().solve(program, { timeLimitMs: 300, relGap: 0 })
      expect(['time_limit', 'optimal']).toContain(s.status)
      expect(s.objective).not.toBeNull()
      expect(violations(program, s.values)).toEqual([])
      expect(s.gap).not.toBeNull()
      if (s.status === 'time_limit') {
        expect(s.gap!).toBeGreaterThan(0)
        expect(s.bound!).toBeGreaterThanOrEqual(s.objective!)
      }
      expect(s.milliseconds).toBeLessThan(5_000)
    })

    it('solves an empty program', async () => {
      const s = await newSolver().solve({ sense: 'max', variables: [], constraints: [] })
      expect(s.status).toBe('optimal')
      expect(s.objective ?? 0).toBe(0)
    })
  })
}
