import type { ProgramIndex } from './build-program.js'
import type { MilpProgram, MilpVariable } from './program.js'
import type { MilpSolver, SolveOptions } from './solver.js'
import type { Infeasibility, PlanInput } from './types.js'

/**
 * Increases in later phases cost a hair less, so that among equally small fixes the one that asks
 * for money later wins (it is easier to find). The hair (1e-6 per phase) never changes the total.
 */
const LATER_IS_CHEAPER = 1e-6

/** Amounts are reported rounded up to this step, so the fix is always enough. */
const ROUND_UP_TO = 0.01

/**
 * The program with one "extra money" variable per budget scope and phase, entering every budget
 * row it relaxes (with carry-over, every cumulative row from that phase on), minimising the total
 * extra money with no regard to flows. Its optimum is the smallest budget increase per phase (and
 * network) under which the deadlines (and, for `min-cost`, the flows that must be clean) fit.
 */
export function buildBudgetRelaxation(program: MilpProgram, index: ProgramIndex, phaseIds: readonly string[]): {
  program: MilpProgram
  increases: { variable: number; phase: number; network: string | undefined }[]
} {
  const P = index.phases
  const variables: MilpVariable[] = program.variables.map((v) => ({ ...v, obj: 0 }))
  const constraints = program.constraints.map((c) => ({ ...c, terms: [...c.terms] }))
  const increases: { variable: number; phase: number; network: string | undefined }[] = []
  const byScope = new Map<string, Map<number, number>>()
  for (const r of index.budgetRows) {
    const key = r.network ?? '\u0000all'
    let phases = byScope.get(key)
    if (!phases) byScope.set(key, (phases = new Map()))
    const variable = variables.length
    variables.push({ name: `more[${r.network ?? 'all'},${phaseIds[r.phase]}]`, lo: 0, hi: Infinity, integer: false, obj: 1 + LATER_IS_CHEAPER * (P - 1 - r.phase) })
    phases.set(r.phase, variable)
    increases.push({ variable, phase: r.phase, network: r.network })
  }
  for (const r of index.budgetRows) {
    const phases = byScope.get(r.network ?? '\u0000all')!
    const row = constraints[r.row]!
    for (let q = r.cumulative ? 0 : r.phase; q <= r.phase; q++) row.terms.push({ var: phases.get(q)!, coef: -1 })
  }
  return { program: { sense: 'min', variables, constraints }, increases }
}

/**
 * Explains why no plan meets every deadline within the budgets: per phase (and network), what the
 * deadline-bound devices cost against the money there is, and the smallest budget increase per
 * phase that makes the input feasible (solved exactly as a relaxation of the plan's program).
 */
export async function explainInfeasibility(
  input: PlanInput,
  program: MilpProgram,
  index: ProgramIndex,
  solver: MilpSolver,
  opts: SolveOptions,
): Promise<Infeasibility> {
  const phases: Infeasibility['phases'] = []
  const seen = new Set<string>()
  for (const r of index.budgetRows) {
    const key = `${r.network ?? ''}\u0000${r.phase}`
    if (seen.has(key)) continue
    seen.add(key)
    let required = 0
    for (const c of r.candidates) {
      const cand = input.candidates[c]!
      const bound = cand.scheduledPhase ?? cand.deadlinePhase
      if (bound === r.phase) required += cand.cost
    }
    const scopeAmounts = r.network === undefined ? input.budgets.shared : input.budgets.byNetwork?.[r.network]
    const entry: Infeasibility['phases'][number] = { phase: input.phases[r.phase]!.id, requiredByDeadlines: required, budget: scopeAmounts?.[input.phases[r.phase]!.id] ?? 0 }
    if (r.network !== undefined) entry.network = r.network
    phases.push(entry)
  }

  const relaxation = buildBudgetRelaxation(program, index, input.phases.map((p) => p.id))
  const solution = await solver.solve(relaxation.program, { ...opts, relGap: 0 })
  const increases: Infeasibility['increases'] = []
  if (solution.values.length > 0) {
    for (const inc of relaxation.increases) {
      const amount = solution.values[inc.variable] ?? 0
      if (amount <= 1e-7 * Math.max(1, amount)) continue
      const entry: Infeasibility['increases'][number] = { phase: input.phases[inc.phase]!.id, amount: Math.ceil(amount / ROUND_UP_TO - 1e-6) * ROUND_UP_TO }
      if (inc.network !== undefined) entry.network = inc.network
      increases.push(entry)
    }
  }
  const order = (a: { phase: string; network?: string }, b: { phase: string; network?: string }): number =>
    input.phases.findIndex((p) => p.id === a.phase) - input.phases.findIndex((p) => p.id === b.phase) ||
    (a.network ?? '').localeCompare(b.network ?? '')
  const result: Infeasibility = {
    phases: phases.sort(order), increases: increases.sort(order), carryOver: input.budgets.carryOver === true,
    ...(input.objective === 'min-cost' && input.flows.length > 0 ? { cleanEveryFlow: true } : {}),
  }
  for (const c of input.candidates) {
    if ((c.scheduledPhase ?? c.deadlinePhase) === undefined) continue
    if (result.dearestDue === undefined || c.cost > result.dearestDue.cost) result.dearestDue = { deviceId: c.deviceId, ...(c.name !== undefined && { name: c.name }), cost: c.cost }
  }
  return result
}
