import { buildProgramUnchecked, validatePlanInput, valuesFromPhases } from './build-program.js'
import { describePlan, explainPlan, scorePlan } from './explain.js'
import { planGreedy } from './greedy.js'
import { explainInfeasibility } from './infeasibility.js'
import type { MilpSolver } from './solver.js'
import type { Infeasibility, Plan, PlanInput } from './types.js'
import { TrustpathError } from '../errors.js'

/** Options of `planReplacements`. */
export type PlanOptions = {
  /** Stop the solver after this long and report the best plan with its proven gap. @default 60_000 */
  timeLimitMs?: number
  /** Stop once the plan is proven within this relative gap of the optimum. @default 1e-4 */
  relGap?: number
  /** Give the solver the greedy plan as a start (it then never ends worse than greedy). @default true */
  warmStart?: boolean
}

const DEFAULTS = { timeLimitMs: 60_000, relGap: 1e-4, warmStart: true } satisfies PlanOptions

/**
 * Refuses a time limit or gap the solver cannot take: they reached HiGHS, whose "setOptionValue
 * failed with HiGHS status -1" (a negative limit) or "numeric option values must be finite" (NaN,
 * Infinity) named neither the option nor the function.
 */
function validatePlanOptions(opts: Required<PlanOptions>): void {
  const checks = [
    ['timeLimitMs', opts.timeLimitMs, opts.timeLimitMs > 0 && Number.isFinite(opts.timeLimitMs), 'a finite number of milliseconds above 0', 'For example { timeLimitMs: 60_000 } (a minute).'],
    ['relGap', opts.relGap, opts.relGap >= 0 && Number.isFinite(opts.relGap), 'a finite fraction of 0 or more', 'For example { relGap: 0.01 } (within 1% of the optimum), or 0 to prove the optimum.'],
  ] as const
  for (const [name, value, ok, expected, hint] of checks) {
    if (!ok) throw new TrustpathError('usage', `plan/planReplacements: options.${name} is ${String(value)}; expected ${expected}`, { hint })
  }
}

/**
 * Plans which untrusted devices to replace in which phase: every deadline met, no budget broken,
 * the most sensitive traffic clean earliest (`max-clean`) or every cleanable flow clean at the least
 * cost (`min-cost`). Solves the program with `solver`; with `solver` undefined, returns the greedy
 * plan (status `heuristic`). The greedy plan's value is always reported beside the solver's.
 * Infeasible input returns `{ infeasible }`: the smallest budget increase per phase that fixes it.
 *
 * @throws TrustpathError `usage` when `timeLimitMs` or `relGap` is not a number the solver takes,
 *   `input_invalid` when the input does not hold together (a deadline in no phase, ...).
 * @example
 * const result = await planReplacements(input, createHighsSolver(), { timeLimitMs: 30_000 })
 * if ('plan' in result) console.log(result.plan.status, result.plan.value, result.plan.gap)
 */
export async function planReplacements(
  input: PlanInput,
  solver: MilpSolver | undefined,
  options: PlanOptions = {},
): Promise<{ plan: Plan } | { infeasible: Infeasibility }> {
  const opts = { ...DEFAULTS, ...options } satisfies PlanOptions
  validatePlanOptions(opts)
  validatePlanInput(input, 'planReplacements')
  const greedy = planGreedy(input)
  const greedyScore = scorePlan(input, greedy.phaseOf)
  const greedySummary = {
    value: input.objective === 'max-clean' ? greedyScore.value : greedyScore.totalCost,
    totalCost: greedyScore.totalCost,
    feasible: greedy.feasible,
  }
  const { program, index } = buildProgramUnchecked(input)
  const sizes = { variables: program.variables.length, constraints: program.constraints.length }

  const unmet = unmetDeadlines(input, greedy.phaseOf)
  const misses = unmet.length > 0 ? { unmetDeadlines: unmet } : {}
  if (solver === undefined) {
    const plan = describePlan(input, greedy.phaseOf, { status: 'heuristic', gap: null, solver: { name: 'greedy', milliseconds: 0, ...sizes } })
    return { plan: { ...plan, greedy: greedySummary, ...misses } }
  }

  const solveOptions = { timeLimitMs: opts.timeLimitMs, relGap: opts.relGap }
  const start = opts.warmStart && greedy.feasible ? valuesFromPhases(program, index, greedy.phaseOf) : undefined
  const solution = await solver.solve(program, start ? { ...solveOptions, start } : solveOptions)
  if (solution.status === 'infeasible') {
    return { infeasible: await explainInfeasibility(input, program, index, solver, solveOptions) }
  }
  if (solution.objective === null || solution.values.length !== program.variables.length) {
    // The time ran out before the solver found any plan (or it failed): fall back on greedy, marked as such.
    const plan = describePlan(input, greedy.phaseOf, {
      status: solution.status === 'time_limit' ? 'time_limit' : 'error',
      gap: null,
      solver: { name: `${solver.name} (greedy fallback)`, milliseconds: Math.round(solution.milliseconds), ...sizes },
    })
    return { plan: { ...plan, greedy: greedySummary, ...misses } }
  }
  const plan = explainPlan(input, program, index, solution, solver.name)
  return { plan: { ...plan, greedy: greedySummary } }
}

/**
 * The deadline-bound candidates a greedy assignment replaces after their deadline's phase or not at
 * all (greedy puts a device it cannot fit in no phase): a plan that shows them is no plan that
 * meets every deadline, and must say so.
 */
function unmetDeadlines(input: PlanInput, phaseOf: Int32Array): { deviceId: string; deadline: string }[] {
  const out: { deviceId: string; deadline: string }[] = []
  input.candidates.forEach((c, i) => {
    const due = c.deadlinePhase
    if (due === undefined || due >= input.phases.length) return
    if (phaseOf[i]! < 0 || phaseOf[i]! > due) out.push({ deviceId: c.deviceId, deadline: input.phases[due]!.id })
  })
  return out.sort((a, b) => a.deviceId.localeCompare(b.deviceId, 'en', { numeric: true }))
}
