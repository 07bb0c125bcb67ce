import { describe, expect, it } from 'vitest'
import { planGreedy } from './greedy.js'
import type { Candidate, PlanInput } from './types.js'

const PHASES = [
  { id: '2026', start: '2026-01-01', end: '2026-12-31' },
  { id: '2027', start: '2027-01-01', end: '2027-12-31' },
]
const candidate = (deviceId: string, cost: number, extra: Partial<Candidate> = {}): Candidate =>
  ({ deviceId, cost, costBreakdown: { equipment: cost, labour: 0, siteOverhead: 0, source: 'test' }, findings: [], ...extra })

describe('planGreedy', () => {
  it('buys the best value per cost first, in the earliest phase with money', () => {
    const input: PlanInput = {
      phases: PHASES,
      budgets: { shared: { 2026: 100, 2027: 100 } },
      candidates: [candidate('a', 100), candidate('b', 50), candidate('c', 50)],
      flows: [
        { id: 'fa', value: 12, paths: [{ deviceIds: ['a'], stretch: 1 }] },
        { id: 'fb', value: 10, paths: [{ deviceIds: ['b'], stretch: 1 }] },
        { id: 'fc', value: 9, paths: [{ deviceIds: ['c'], stretch: 1 }] },
      ],
      objective: 'max-clean',
    }
    expect([...planGreedy(input).phaseOf]).toEqual([1, 0, 0])
  })

  it('brings deadline-bound devices that clean flows forward to a phase whose money is left, where it had put them in the last phases', () => {
    // Two routers due by the last of three phases, each on a secret flow, and money for two a phase.
    const input: PlanInput = {
      phases: [...PHASES, { id: '2028', start: '2028-01-01', end: '2028-12-31' }],
      budgets: { shared: { 2026: 466, 2027: 466, 2028: 466 } },
      candidates: [candidate('h2', 233, { deadlinePhase: 2 }), candidate('z1', 233, { deadlinePhase: 2 }), candidate('h1', 233, { deadlinePhase: 2 })],
      flows: [
        { id: 's1', value: 100, paths: [{ deviceIds: ['h2'], stretch: 1 }] },
        { id: 's2', value: 50, paths: [{ deviceIds: ['z1'], stretch: 1 }] },
      ],
      objective: 'max-clean',
    }
    const result = planGreedy(input)
    expect(result.feasible).toBe(true)
    expect([...result.phaseOf]).toEqual([0, 0, 2])
  })

  it('brings forward first the device whose replacement cleans the most, when early money is left for one only', () => {
    const input: PlanInput = {
      phases: [...PHASES, { id: '2028', start: '2028-01-01', end: '2028-12-31' }],
      budgets: { shared: { 2026: 233, 2027: 233, 2028: 466 } },
      candidates: [candidate('a', 233, { deadlinePhase: 2 }), candidate('b', 233, { deadlinePhase: 2 }), candidate('c', 233, { deadlinePhase: 2 })],
      flows: [
        { id: 'internal', value: 1, paths: [{ deviceIds: ['a'], stretch: 1 }] },
        { id: 'secret', value: 100, paths: [{ deviceIds: ['b'], stretch: 1 }] },
      ],
      objective: 'max-clean',
    }
    expect([...planGreedy(input).phaseOf]).toEqual([2, 0, 1])
  })

  it('places the dearest deadline-bound devices first, so that the cheap ones do not leave every phase too little room for a router', () => {
    // Abilene (Topology Zoo) with its core routers due by the last of three phases ($233,000,
    // $185,000, $150,000, an aggregation switch of $35,000) and $400,000 a phase without carry-over:
    // placed by id, atl-r1, chi-r1, den-r1 and hou-sw1 left 2027, 2028 and 2029 with less than the
    // $185,000 of ind-r1, and the greedy plan missed its deadline.
    const costs: [string, number][] = [['atl-r1', 185_000], ['chi-r1', 233_000], ['den-r1', 233_000], ['hou-sw1', 35_000], ['ind-r1', 185_000], ['kc-r1', 150_000]]
    const input: PlanInput = {
      phases: [...PHASES, { id: '2028', start: '2028-01-01', end: '2028-12-31' }],
      budgets: { shared: { 2026: 400_000, 2027: 400_000, 2028: 400_000 } },
      candidates: costs.map(([id, cost]) => candidate(id, cost, { deadlinePhase: 2 })),
      flows: [],
      objective: 'max-clean',
    }
    const result = planGreedy(input)
    expect(result.feasible).toBe(true)
    expect([...result.phaseOf].every((p) => p >= 0)).toBe(true)
  })

  it('places deadline-bound devices by their deadline and reports when they do not fit', () => {
    const input: PlanInput = {
      phases: PHASES,
      budgets: { shared: { 2026: 10, 2027: 10 } },
      candidates: [candidate('a', 8, { deadlinePhase: 1 }), candidate('b', 8, { deadlinePhase: 1 }), candidate('c', 8, { deadlinePhase: 1 })],
      flows: [],
      objective: 'max-clean',
    }
    const result = planGreedy(input)
    expect(result.feasible).toBe(false)
    expect([...result.phaseOf]).toEqual([1, 0, -1])
  })
})
