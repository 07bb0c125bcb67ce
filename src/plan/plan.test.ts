import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TrustpathError } from '../errors.js'
import { createHighsSolver } from '../io/solvers/highs.js'
import { allowedPhases, budgetScopes } from './build-program.js'
import { scorePlan } from './explain.js'
import { planGreedy } from './greedy.js'
import { planReplacements } from './plan.js'
import { formatPlanText } from '../report/plan.js'
import * as lib from '../index.js'
import type { Budgets, Candidate, Plan, PlanFlow, PlanInput, PlanObjective } from './types.js'

const PHASES = [
  { id: '2026', start: '2026-01-01', end: '2026-12-31' },
  { id: '2027', start: '2027-01-01', end: '2027-12-31' },
  { id: '2028', start: '2028-01-01', end: '2028-12-31' },
]
const solver = createHighsSolver()
const EXACT = { timeLimitMs: 20_000, relGap: 0 }

function candidate(deviceId: string, cost: number, extra: Partial<Candidate> = {}): Candidate {
  return { deviceId, cost, costBreakdown: { equipment: cost, labour: 0, siteOverhead: 0, source: 'test' }, findings: [], ...extra }
}
function flow(id: string, value: number, ...paths: (string[] | PlanFlow['paths'][number])[]): PlanFlow {
  return { id, value, paths: paths.map((p) => (Array.isArray(p) ? { deviceIds: p, stretch: 1 } : p)) }
}
function input(phases: number, budgets: Budgets, candidates: Candidate[], flows: PlanFlow[], objective: PlanObjective = 'max-clean', extra: Partial<PlanInput> = {}): PlanInput {
  return { phases: PHASES.slice(0, phases), budgets, candidates, flows, objective, ...extra }
}
async function plan(i: PlanInput): Promise<Plan> {
  const result = await planReplacements(i, solver, EXACT)
  if (!('plan' in result)) throw new Error(`expected a plan, got ${JSON.stringify(result.infeasible)}`)
  return result.plan
}
const phaseOf = (p: Plan): Record<string, string> => Object.fromEntries(p.actions.map((a) => [a.deviceId, a.phase]))

/** Every way a plan can break the rules: budgets (per scope, with carry-over), deadlines, phases, schedules. */
function breaches(i: PlanInput, assignment: Int32Array): string[] {
  const out: string[] = []
  const P = i.phases.length
  i.candidates.forEach((c, ci) => {
    const p = assignment[ci]!
    const [first, last] = allowedPhases(c, P)
    if (p >= 0 && (p < first || p > last)) out.push(`${c.deviceId} outside its phases`)
    if (p < 0 && (c.deadlinePhase !== undefined || c.scheduledPhase !== undefined)) out.push(`${c.deviceId} misses its deadline`)
  })
  for (const scope of budgetScopes(i)) {
    let budget = 0
    let spent = 0
    for (let p = 0; p < P; p++) {
      const amount = scope.amounts[i.phases[p]!.id] ?? 0
      let s = 0
      for (const c of scope.members) if (assignment[c] === p) s += i.candidates[c]!.cost
      budget = i.budgets.carryOver ? budget + amount : amount
      spent = i.budgets.carryOver ? spent + s : s
      if (spent > budget + 1e-6) out.push(`budget ${scope.network ?? 'all'} ${i.phases[p]!.id}`)
    }
  }
  return out
}
function assignmentOf(i: PlanInput, p: Plan): Int32Array {
  const phase = new Map(i.phases.map((ph, k) => [ph.id, k]))
  const byDevice = new Map(p.actions.map((a) => [a.deviceId, phase.get(a.phase)!]))
  return Int32Array.from(i.candidates, (c) => byDevice.get(c.deviceId) ?? -1)
}

describe('planReplacements', () => {
  it('puts a device whose deadline is the first phase into the first phase', async () => {
    const p = await plan(input(2, { shared: { 2026: 100, 2027: 100 } }, [
      candidate('core-1', 80, { deadlinePhase: 0, deadline: '2026-12-31', deadlineRule: 'de-5g-core', findings: ['de-5g-core'] }),
      candidate('ran-1', 60),
    ], [flow('embassy', 10, ['ran-1'])]))
    expect(p.status).toBe('optimal')
    expect(phaseOf(p)).toEqual({ 'core-1': '2026', 'ran-1': '2027' })
    expect(p.actions[0]!.reasons).toEqual(['deadline 2026-12-31 (rule de-5g-core)'])
    expect(p.actions[1]!.reasons).toEqual(['cleans flow embassy from 2027'])
    // A prohibit rule gives no date: the device is due in the first phase, and the reason says so.
    const prohibited = await plan(input(2, { shared: { 2026: 100, 2027: 100 } }, [
      candidate('core-1', 80, { deadlinePhase: 0, deadlineRule: 's889-ban', findings: ['s889-ban'] }),
    ], []))
    expect(prohibited.actions[0]!.reasons).toEqual(['prohibited (rule s889-ban): due in the first phase, 2026'])
    expect(p.findingsCleared).toEqual([{ phase: '2026', count: 1 }, { phase: '2027', count: 0 }])
    expect(p.spend).toEqual([
      { phase: '2026', spent: 80, budget: 100, left: 20 },
      { phase: '2027', spent: 60, budget: 100, left: 40 },
    ])
  })

  it('gives a device whose deadline falls after the last phase that date as a reason, after the last phase', async () => {
    const p = await plan(input(2, { shared: { 2026: 100, 2027: 100 } }, [
      candidate('tr-1', 80, { deadline: '2035-12-31', deadlineRule: 'rest' }),
    ], [flow('f1', 10, ['tr-1'])]))
    expect(p.actions.map((a) => [a.deviceId, a.phase, a.reasons])).toEqual([
      ['tr-1', '2026', ['deadline 2035-12-31 (rule rest), after the last phase', 'cleans flow f1 from 2026']],
    ])
  })

  it('reports a budget too small for the deadlines with the exact increase per phase', async () => {
    const i = input(2, { shared: { 2026: 100, 2027: 50 } }, [
      candidate('a', 150, { deadlinePhase: 0 }),
      candidate('b', 80, { deadlinePhase: 1, earliestPhase: 1 }),
    ], [])
    const result = await planReplacements(i, solver, EXACT)
    expect(result).toEqual({
      infeasible: {
        phases: [
          { phase: '2026', requiredByDeadlines: 150, budget: 100 },
          { phase: '2027', requiredByDeadlines: 80, budget: 50 },
        ],
        increases: [{ phase: '2026', amount: 50 }, { phase: '2027', amount: 30 }],
        carryOver: false,
        dearestDue: { deviceId: 'a', cost: 150 },
      },
    })
  })

  it('says which deadlines a greedy plan (--solver greedy) misses, where it showed the plan as if it met them', async () => {
    // Three routers due by 2027 and money for one a phase: greedy replaces two and leaves one.
    const i = input(2, { shared: { 2026: 233, 2027: 233 } }, [
      candidate('b1', 233, { deadlinePhase: 1 }), candidate('b2', 233, { deadlinePhase: 1 }), candidate('b3', 233, { deadlinePhase: 1 }),
    ], [flow('f', 10, ['b1'])])
    const result = await planReplacements(i, undefined)
    if (!('plan' in result)) throw new Error('expected the greedy plan')
    expect(result.plan.unmetDeadlines).toEqual([{ deviceId: 'b3', deadline: '2027' }])
    expect(formatPlanText(result.plan).split('\n').slice(0, 2)).toMatchInlineSnapshot(`
      [
        "Plan (max-clean): greedy plan (no solver); 2 replacements, $466 in all; value 10 (greedy, 8 variables, 7 constraints, 0.0 s).",
        "This greedy plan misses the deadline of 1 device (b3 due 2027), replacing it later or not at all: it is no plan that meets every deadline. Plan with the solver (--solver highs, with a longer --time-limit if its time ran out) to find one, or the smallest budget increases that allow one.",
      ]
    `)
    // A greedy plan that meets every deadline says nothing of the kind.
    const fits = await planReplacements({ ...i, budgets: { shared: { 2026: 466, 2027: 466 } } }, undefined)
    expect('plan' in fits && fits.plan.unmetDeadlines).toBeUndefined()
  })

  it('asks for the increase per network when budgets are per network, and later when money carries over', async () => {
    const i = input(2, { byNetwork: { op1: { 2026: 100, 2027: 100 }, op2: { 2026: 10, 2027: 10 } }, carryOver: true }, [
      candidate('a', 150, { network: 'op1', deadlinePhase: 1 }),
      candidate('b', 50, { network: 'op1', deadlinePhase: 1 }),
      candidate('c', 30, { network: 'op2', deadlinePhase: 1 }),
    ], [])
    const result = await planReplacements(i, solver, EXACT)
    expect('infeasible' in result && result.infeasible.increases).toEqual([{ phase: '2027', network: 'op2', amount: 10 }])
  })

  it('scores cleaning earlier higher: the more valuable flow is cleaned first', async () => {
    const p = await plan(input(2, { shared: { 2026: 100, 2027: 100 } }, [candidate('d1', 100), candidate('d2', 100)], [
      flow('minor', 5, ['d2']),
      flow('ministry', 10, ['d1']),
    ]))
    expect(phaseOf(p)).toEqual({ d1: '2026', d2: '2027' })
    expect(p.value).toBe(10 * 2 + 5 * 1)
    expect(p.flowsCleaned).toEqual([{ phase: '2026', flows: ['ministry'] }, { phase: '2027', flows: ['minor'] }])
  })

  it('breaks ties in value toward the lower cost, and buys nothing that adds no value', async () => {
    const p = await plan(input(1, { shared: { 2026: 100 } }, [candidate('dear', 100), candidate('cheap', 60), candidate('idle', 1)], [
      flow('f1', 10, ['dear']),
      flow('f2', 10, ['cheap']),
    ]))
    expect(phaseOf(p)).toEqual({ cheap: '2026' })
    expect(p.totalCost).toBe(60)
  })

  it('with rerouting, cleans a flow over the cheaper clean path when the routed one is unaffordable', async () => {
    const p = await plan(input(2, { shared: { 2026: 100, 2027: 100 } }, [candidate('routed', 500), candidate('alt-a', 80), candidate('alt-b', 50)], [
      flow('base', 10, ['routed'], { deviceIds: ['alt-a'], stretch: 1.1 }, { deviceIds: ['alt-b'], stretch: 1.1 }),
    ], 'max-clean', { reroutePenalty: 0.1 }))
    expect(phaseOf(p)).toEqual({ 'alt-b': '2026' })
    expect(p.value).toBeCloseTo(10 * 0.99 * 2, 9)
  })

  it('says which flows are clean only once rerouted, from when, over what stretch, and when their routed path is clean', async () => {
    // Colt's two unlabelled junctions 60 and 62: the IGP routes the flow through Hannover's
    // router, which the budget of 2026 cannot pay beside the cheap one on the longer path.
    const p = await plan(input(2, { shared: { 2026: 60, 2027: 100 } }, [candidate('rt-hannover', 100), candidate('rt-none-62', 50)], [
      flow('none-none', 10, ['rt-hannover', 'rt-none-62'], { deviceIds: ['rt-none-62'], stretch: 1.18, rerouted: true }),
      flow('Paris, Milan', 5, ['rt-none-62']),
    ], 'max-clean', { reroutePenalty: 0.1 }))
    expect(phaseOf(p)).toEqual({ 'rt-none-62': '2026', 'rt-hannover': '2027' })
    expect(p.flowsCleaned[0]).toEqual({ phase: '2026', flows: ['Paris, Milan', 'none-none'] })
    expect(p.rerouted).toEqual([{ flow: 'none-none', from: '2026', stretch: 1.18, routedFrom: '2027' }])
    expect(p.actions.find((a) => a.deviceId === 'rt-none-62')!.reasons).toEqual(['cleans flow "Paris, Milan" from 2026', 'cleans flow none-none from 2026 once rerouted (--allow-reroute)'])
    expect(formatPlanText(p)).toContain('1 flow is clean only over a longer path than the one the network routes it on (--allow-reroute): ' +
      'none-none from 2026 (stretch 1.18; its routed path clean from 2027); until its routing is changed')
  })

  it('lists the rerouted flows the most valuable first', async () => {
    const p = await plan(input(2, { shared: { 2026: 60, 2027: 100 } }, [candidate('dear', 100), candidate('cheap', 50)], [
      flow('a-internal', 1, ['dear', 'cheap'], { deviceIds: ['cheap'], stretch: 1.2, rerouted: true }),
      flow('z-secret', 100, ['dear', 'cheap'], { deviceIds: ['cheap'], stretch: 1.2, rerouted: true }),
    ], 'max-clean'))
    expect(p.rerouted?.map((r) => r.flow)).toEqual(['z-secret', 'a-internal'])
  })

  it('lists no rerouted flow when the routed paths are clean as early', async () => {
    const p = await plan(input(1, { shared: { 2026: 200 } }, [candidate('a', 100), candidate('b', 50)], [
      flow('f', 10, ['a', 'b'], { deviceIds: ['b'], stretch: 1.5, rerouted: true }),
    ], 'max-clean'))
    expect(phaseOf(p)).toEqual({ a: '2026', b: '2026' })
    expect(p.rerouted).toBeUndefined()
    expect(p.actions.every((a) => a.reasons.every((r) => !r.includes('rerouted')))).toBe(true)
  })

  it('min-cost cleans every cleanable flow by the last phase at the least cost and meets the deadlines', async () => {
    const p = await plan(input(2, { shared: { 2026: 100, 2027: 100 } }, [
      candidate('a', 70), candidate('b', 40), candidate('c', 40), candidate('dl', 20, { deadlinePhase: 0 }),
    ], [
      flow('f1', 1, ['a'], ['b', 'c']),
      flow('f2', 1, ['b']),
      flow('stuck', 1, ['not-a-candidate']),
    ], 'min-cost'))
    expect(p.status).toBe('optimal')
    expect(p.totalCost).toBe(20 + 40 + 40)
    expect(Object.keys(phaseOf(p)).sort()).toEqual(['b', 'c', 'dl'])
    expect(p.value).toBe(100)
  })

  it('keeps scheduled replacements in their phase and counts them against that budget', async () => {
    const p = await plan(input(2, { shared: { 2026: 100, 2027: 100 } }, [
      candidate('sched', 90, { scheduledPhase: 0 }),
      candidate('d', 50),
    ], [flow('f', 10, ['d'])]))
    expect(phaseOf(p)).toEqual({ sched: '2026', d: '2027' })
    expect(p.actions[0]!.reasons).toEqual(['already scheduled for 2026'])
  })

  it('names many flows in a reason by count, with the first few ids', async () => {
    const flows = ['f5', 'f1', 'f3', 'f2', 'f4'].map((id) => flow(id, 1, ['d']))
    const p = await plan(input(1, { shared: { 2026: 10 } }, [candidate('d', 5)], flows))
    expect(p.actions[0]!.reasons).toEqual(['cleans 5 flows from 2026 (f1, f2, f3, …)'])
  })

  it('returns the greedy plan, marked heuristic, when no solver is given', async () => {
    // No options either: each has a default (PlanOptions).
    const result = await planReplacements(input(2, { shared: { 2026: 100, 2027: 100 } }, [candidate('d1', 100)], [flow('f', 10, ['d1'])]), undefined)
    expect('plan' in result && result.plan.status).toBe('heuristic')
    expect('plan' in result && result.plan.value).toBe(20)
  })

  it('rejects a replacement scheduled after its deadline rather than calling the plan optimal', async () => {
    const i = input(3, { shared: { 2026: 100, 2027: 100, 2028: 100 } }, [candidate('d', 1, { deadlinePhase: 0, scheduledPhase: 2 })], [])
    await expect(planReplacements(i, solver, EXACT)).rejects.toMatchObject({ code: 'input_invalid', message: expect.stringMatching(/"d" must be replaced by phase 2026 but is scheduled for 2028/) })
    await expect(planReplacements(i, undefined, EXACT)).rejects.toMatchObject({ code: 'input_invalid' })
  })

  it('rejects a deadline before the earliest phase with input_invalid', async () => {
    const i = input(2, {}, [candidate('d', 1, { deadlinePhase: 0, earliestPhase: 1 })], [])
    await expect(planReplacements(i, solver, EXACT)).rejects.toMatchObject({ code: 'input_invalid' })
    await expect(planReplacements(i, solver, EXACT)).rejects.toBeInstanceOf(TrustpathError)
  })

  it('rejects duplicate candidates and budgets for unknown phases', async () => {
    await expect(planReplacements(input(1, {}, [candidate('d', 1), candidate('d', 2)], []), solver, EXACT)).rejects.toMatchObject({ code: 'input_invalid' })
    await expect(planReplacements(input(1, { shared: { 2031: 5 } }, [], []), solver, EXACT)).rejects.toMatchObject({ code: 'input_invalid' })
  })
})

// --- Property tests: small random instances against exhaustive enumeration. ---

const arbInstance = fc
  .record({
    phases: fc.integer({ min: 1, max: 3 }),
    devices: fc.integer({ min: 1, max: 6 }),
    objective: fc.constantFrom<PlanObjective>('max-clean', 'min-cost'),
    carryOver: fc.boolean(),
    perNetwork: fc.boolean(),
    seed: fc.array(fc.nat(1000), { minLength: 80, maxLength: 80 }),
    flows: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ phases, devices, objective, carryOver, perNetwork, seed, flows }): PlanInput => {
    let k = 0
    const next = (n: number): number => seed[k++ % seed.length]! % n
    const candidates = Array.from({ length: devices }, (_, d) => {
      const c = candidate(`d${d}`, 10 + next(6) * 10, { network: next(2) === 0 ? 'op1' : 'op2' })
      const earliest = next(3) === 0 ? next(phases) : 0
      if (earliest > 0) c.earliestPhase = earliest
      if (next(4) === 0) c.deadlinePhase = earliest + next(phases - earliest)
      else if (next(8) === 0) c.scheduledPhase = next(phases)
      return c
    })
    const budget = (): Record<string, number> => Object.fromEntries(PHASES.slice(0, phases).map((p) => [p.id, next(8) * 15]))
    const budgets: Budgets = perNetwork ? { byNetwork: { op1: budget(), op2: budget() }, carryOver } : { shared: budget(), carryOver }
    const flowList = Array.from({ length: flows }, (_, f) => {
      const paths = Array.from({ length: 1 + (next(3) === 0 ? 1 : 0) }, (_, pi) => ({
        deviceIds: Array.from({ length: 1 + next(3) }, () => `d${next(devices + (next(6) === 0 ? 1 : 0))}`),
        stretch: pi === 0 ? 1 : 1 + next(3) * 0.5,
      }))
      return { id: `f${f}`, value: 1 + next(9), paths }
    })
    return { phases: PHASES.slice(0, phases), budgets, candidates, flows: flowList, objective }
  })

/** The best plan by brute force over every (phase or none) per device: the value, then the cost. */
function exhaustive(i: PlanInput): { value: number; cost: number } | null {
  const P = i.phases.length
  const n = i.candidates.length
  const a = new Int32Array(n)
  let best: { value: number; cost: number } | null = null
  const total = (P + 1) ** n
  for (let code = 0; code < total; code++) {
    let rest = code
    for (let d = 0; d < n; d++) {
      a[d] = (rest % (P + 1)) - 1
      rest = Math.floor(rest / (P + 1))
    }
    if (breaches(i, a).length > 0) continue
    const s = scorePlan(i, a)
    if (i.objective === 'min-cost') {
      const dirty = s.groups.some((g) => g.cleanAlready === 0 && g.paths.length > 0 && g.flows.some((f) => s.cleanFrom[f]! < 0))
      if (dirty) continue
      if (!best || s.totalCost < best.cost) best = { value: s.totalCost, cost: s.totalCost }
    } else if (!best || s.value > best.value + 1e-9 || (Math.abs(s.value - best.value) <= 1e-9 && s.totalCost < best.cost)) {
      best = { value: s.value, cost: s.totalCost }
    }
  }
  return best
}

describe('planReplacements options', () => {
  it('refuses a time limit or gap the solver cannot take with a usage error naming the option, where HiGHS\'s own error reached the caller', async () => {
    const i = input(2, { shared: { 2026: 200, 2027: 200 } }, [candidate('r1', 100)], [flow('f1', 10, ['r1'])])
    for (const [options, message] of [
      [{ timeLimitMs: -5 }, 'plan/planReplacements: options.timeLimitMs is -5; expected a finite number of milliseconds above 0'],
      [{ timeLimitMs: Number.POSITIVE_INFINITY }, 'plan/planReplacements: options.timeLimitMs is Infinity; expected a finite number of milliseconds above 0'],
      [{ relGap: Number.NaN }, 'plan/planReplacements: options.relGap is NaN; expected a finite fraction of 0 or more'],
    ] as const) {
      const error = await lib.planReplacements(i, lib.createHighsSolver(), options).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(lib.TrustpathError)
      expect(error).toMatchObject({ code: 'usage', message })
    }
    expect(await lib.planReplacements(i, lib.createHighsSolver(), { timeLimitMs: 10_000, relGap: 0 })).toMatchObject({ plan: { actions: [{ deviceId: 'r1' }] } })
  })
})

describe('planReplacements on random small instances', () => {
  it('finds the optimum exhaustive search finds, or reports infeasible exactly when there is no plan', async () => {
    await fc.assert(
      fc.asyncProperty(arbInstance, async (i) => {
        const best = exhaustive(i)
        const result = await planReplacements(i, solver, EXACT)
        if (best === null) {
          expect('infeasible' in result).toBe(true)
          return
        }
        if (!('plan' in result)) throw new Error(`infeasible, but exhaustive search found ${JSON.stringify(best)}`)
        expect(result.plan.status).toBe('optimal')
        expect(result.plan.value).toBeCloseTo(best.value, 6)
        expect(result.plan.totalCost).toBeCloseTo(best.cost, 6)
      }),
      { numRuns: 150, seed: 42 },
    )
  })

  it('never breaks a budget or a deadline, and greedy never beats the optimum', async () => {
    await fc.assert(
      fc.asyncProperty(arbInstance, async (i) => {
        const result = await planReplacements(i, solver, EXACT)
        const greedy = planGreedy(i)
        if (greedy.feasible) expect(breaches(i, greedy.phaseOf)).toEqual([])
        if (!('plan' in result)) {
          expect(greedy.feasible).toBe(false)
          expect(result.infeasible.increases.length).toBeGreaterThan(0)
          // The increases are enough: with them, the input is feasible.
          const more = structuredClone(i) as PlanInput & { budgets: { shared?: Record<string, number>; byNetwork?: Record<string, Record<string, number>> } }
          for (const inc of result.infeasible.increases) {
            const amounts = inc.network === undefined ? more.budgets.shared! : more.budgets.byNetwork![inc.network]!
            amounts[inc.phase] = (amounts[inc.phase] ?? 0) + inc.amount
          }
          expect('plan' in (await planReplacements(more, solver, EXACT))).toBe(true)
          return
        }
        expect(breaches(i, assignmentOf(i, result.plan))).toEqual([])
        const g = result.plan.greedy!
        if (g.feasible) {
          if (i.objective === 'max-clean') expect(g.value).toBeLessThanOrEqual(result.plan.value + 1e-6)
          else expect(g.value).toBeGreaterThanOrEqual(result.plan.value - 1e-6)
        }
      }),
      { numRuns: 150, seed: 7 },
    )
  })
})
