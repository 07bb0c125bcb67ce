import { budgetScopes, groupFlows, phasesFromValues } from './build-program.js'
import type { DeviceSet, FlowGroup, ProgramIndex } from './build-program.js'
import type { MilpProgram } from './program.js'
import type { MilpSolution } from './solver.js'
import type { PhaseSpend, Plan, PlanAction, PlanInput, ReroutedFlow, SolverStatus } from './types.js'
import { formatCount } from '../util/plural.js'

/** At most this many flow ids are named in one reason; the rest are counted. */
const FLOWS_PER_REASON = 3

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** A flow id in a list of them: quoted when it holds a comma (`"Paris, Milan"` read as two flows). */
const flowName = (id: string): string => (/[,;]/.test(id) || id.trim() !== id || id === '' ? JSON.stringify(id) : id)

/** What an assignment (candidate → phase, -1 for none) achieves, flow by flow. */
export type PlanScore = {
  /** Σ over flows of value × Σ over phases of the best clean path's factor (the max-clean objective). */
  value: number
  totalCost: number
  /** Per flow: the first phase it is clean in (-1: never; -2: clean without any replacement). */
  cleanFrom: Int32Array
  /** Per flow: the device set that cleans it first (-1 when none). */
  cleanedBy: Int32Array
  sets: DeviceSet[]
  groups: FlowGroup[]
}

/** Scores an assignment without any solver: the same value the program maximises. */
export function scorePlan(input: PlanInput, phaseOf: Int32Array, grouped = groupFlows(input)): PlanScore {
  const P = input.phases.length
  const { sets, groups } = grouped
  let totalCost = 0
  phaseOf.forEach((p, c) => {
    if (p >= 0) totalCost += input.candidates[c]!.cost
  })
  const setFrom = sets.map((s) => {
    let from = 0
    for (const d of s.devices) {
      const p = phaseOf[d]!
      if (p < 0) return P
      from = Math.max(from, p)
    }
    return from
  })
  const cleanFrom = new Int32Array(input.flows.length).fill(-1)
  const cleanedBy = new Int32Array(input.flows.length).fill(-1)
  let value = 0
  for (const g of groups) {
    let groupValue = 0
    let first = P
    let by = -1
    for (let p = 0; p < P; p++) {
      let best = g.cleanAlready
      for (const path of g.paths) {
        if (setFrom[path.set]! <= p) {
          best = Math.max(best, path.factor)
          if (p < first) {
            first = p
            by = path.set
          }
        }
      }
      groupValue += g.value * best
    }
    value += groupValue
    for (const f of g.flows) {
      cleanFrom[f] = g.cleanAlready > 0 ? -2 : first < P ? first : -1
      cleanedBy[f] = g.cleanAlready > 0 ? -1 : by
    }
  }
  return { value, totalCost, cleanFrom, cleanedBy, sets, groups }
}

/** How the plan was found, for the report. */
export type PlanMeta = {
  status: SolverStatus
  gap: number | null
  solver: Plan['solver']
}

/**
 * Turns an assignment (candidate index → phase index, -1 for none) into a `Plan`: the actions with
 * their phase, cost and reasons, spend per phase against the budgets, flows cleaned and findings
 * cleared by phase. Every list is sorted: actions by phase then device id, flows by id.
 */
export function describePlan(input: PlanInput, phaseOf: Int32Array, meta: PlanMeta): Plan {
  const P = input.phases.length
  const phaseId = (p: number): string => input.phases[p]!.id
  const score = scorePlan(input, phaseOf)

  const rerouted = reroutedFlows(input, phaseOf, score)
  const reroutedIds = new Set(rerouted.map((r) => r.flow))

  // Flows each replaced device helps clean, by the phase they become clean in (rerouted apart:
  // `from` + P). A flow clean only over another path than its routed one says so: the network
  // routes it through untrusted equipment until its routing is changed.
  const helps = new Map<number, Map<number, string[]>>()
  input.flows.forEach((f, fi) => {
    const set = score.cleanedBy[fi]!
    const from = score.cleanFrom[fi]!
    if (set < 0 || from < 0) return
    const key = reroutedIds.has(f.id) ? from + P : from
    for (const d of score.sets[set]!.devices) {
      let byPhase = helps.get(d)
      if (!byPhase) helps.set(d, (byPhase = new Map()))
      let ids = byPhase.get(key)
      if (!ids) byPhase.set(key, (ids = []))
      ids.push(f.id)
    }
  })

  const actions: PlanAction[] = []
  phaseOf.forEach((p, ci) => {
    if (p < 0) return
    const c = input.candidates[ci]!
    const reasons: string[] = []
    if (c.scheduledPhase !== undefined) reasons.push(`already scheduled for ${phaseId(c.scheduledPhase)}`)
    if (c.deadlinePhase !== undefined) {
      const rule = c.deadlineRule !== undefined ? ` (rule ${c.deadlineRule})` : ''
      // A prohibition in force when the plan starts has no date of its own: it is due in the first
      // phase, whose end is no date the policy gave (a rule effective 2026-01-01 is not "deadline
      // 2027-12-31"); one that applies from a later date carries that date, as a remove-by does.
      reasons.push(c.deadline !== undefined ? `deadline ${c.deadline}${rule}` : `prohibited${rule}: due in the first phase, ${input.phases[c.deadlinePhase]!.id}`)
    } else if (c.deadline !== undefined) {
      reasons.push(`deadline ${c.deadline}${c.deadlineRule !== undefined ? ` (rule ${c.deadlineRule})` : ''}, after the last phase`)
    }
    // An exemption postpones the deadline; it does not take the device out of the plan.
    if (c.waived !== undefined) reasons.push(`waived until ${c.waived.until} (${c.waived.reason})`)
    for (const [key, ids] of [...(helps.get(ci) ?? new Map<number, string[]>())].sort((a, b) => a[0] % P - b[0] % P || a[0] - b[0])) {
      ids.sort(byText)
      const from = key % P
      const over = key >= P ? ' once rerouted (--allow-reroute)' : ''
      reasons.push(ids.length <= FLOWS_PER_REASON
        ? `cleans flow${ids.length > 1 ? 's' : ''} ${ids.map(flowName).join(', ')} from ${phaseId(from)}${over}`
        : `cleans ${formatCount(ids.length, 'flow')} from ${phaseId(from)}${over} (${ids.slice(0, FLOWS_PER_REASON).map(flowName).join(', ')}, …)`)
    }
    const action: PlanAction = { deviceId: c.deviceId, phase: phaseId(p), cost: c.cost, reasons, findingsCleared: [...c.findings].sort(byText) }
    if (c.name !== undefined) action.name = c.name
    if (c.network !== undefined) action.network = c.network
    if (c.toConfirm !== undefined) action.confirmBeforeOrdering = c.toConfirm
    actions.push(action)
  })
  const phaseIndex = new Map(input.phases.map((ph, i) => [ph.id, i]))
  actions.sort((a, b) => phaseIndex.get(a.phase)! - phaseIndex.get(b.phase)! || byText(a.deviceId, b.deviceId))

  // Spend against each budget; with carry-over, a phase's budget includes what earlier phases left.
  const spend: PhaseSpend[] = []
  const scopes = budgetScopes(input)
  if (!input.budgets.shared) scopes.unshift({ network: undefined, amounts: {}, members: input.candidates.map((_, i) => i) })
  for (const scope of scopes) {
    const capped = scope.network !== undefined || input.budgets.shared !== undefined
    let carried = 0
    for (let p = 0; p < P; p++) {
      let spent = 0
      for (const i of scope.members) if (phaseOf[i] === p) spent += input.candidates[i]!.cost
      const row: PhaseSpend = { phase: phaseId(p), spent, budget: null, left: null }
      if (scope.network !== undefined) row.network = scope.network
      if (capped) {
        const budget = (scope.amounts[phaseId(p)] ?? 0) + carried
        row.budget = budget
        row.left = budget - spent
        carried = input.budgets.carryOver === true ? budget - spent : 0
      }
      spend.push(row)
    }
  }

  const flowsCleaned = input.phases.map((ph) => ({ phase: ph.id, flows: [] as string[] }))
  input.flows.forEach((f, fi) => {
    const from = score.cleanFrom[fi]!
    if (from >= 0) flowsCleaned[from]!.flows.push(f.id)
  })
  for (const entry of flowsCleaned) entry.flows.sort(byText)
  const findingsCleared = input.phases.map((ph) => ({ phase: ph.id, count: 0 }))
  phaseOf.forEach((p, ci) => {
    if (p >= 0) findingsCleared[p]!.count += input.candidates[ci]!.findings.length
  })

  return {
    objective: input.objective,
    status: meta.status,
    gap: meta.gap,
    value: input.objective === 'max-clean' ? score.value : score.totalCost,
    totalCost: score.totalCost,
    actions,
    spend,
    flowsCleaned,
    ...(rerouted.length > 0 ? { rerouted } : {}),
    findingsCleared,
    solver: meta.solver,
  }
}

/**
 * The flows an assignment makes clean, from the phase they are first clean in, only over a path
 * marked `rerouted` (`--allow-reroute`): the network still routes them through untrusted
 * equipment until their routed paths are clean, or until their routing is changed.
 */
function reroutedFlows(input: PlanInput, phaseOf: Int32Array, score: PlanScore): ReroutedFlow[] {
  const P = input.phases.length
  const candidate = new Map(input.candidates.map((c, i) => [c.deviceId, i]))
  // The phase from which every device of a path is replaced; P when one never is.
  const cleanFrom = (ids: readonly string[]): number => {
    let from = 0
    for (const id of ids) {
      const c = candidate.get(id)
      const p = c === undefined ? -1 : phaseOf[c]!
      if (p < 0) return P
      from = Math.max(from, p)
    }
    return from
  }
  const out: (ReroutedFlow & { value: number })[] = []
  input.flows.forEach((f, fi) => {
    if (score.cleanFrom[fi]! < 0) return
    let routedFrom = P
    let best: { from: number; stretch: number } | undefined
    for (const path of f.paths) {
      const from = cleanFrom(path.deviceIds)
      if (path.rerouted !== true) routedFrom = Math.min(routedFrom, from)
      else if (from < P && (best === undefined || from < best.from || (from === best.from && path.stretch < best.stretch))) best = { from, stretch: path.stretch }
    }
    if (best === undefined || best.from >= routedFrom) return
    out.push({ flow: f.id, from: input.phases[best.from]!.id, stretch: best.stretch, ...(routedFrom < P ? { routedFrom: input.phases[routedFrom]!.id } : {}), value: f.value })
  })
  // The most valuable first (volume × class weight): the rerouting that matters most leads the list.
  return out.sort((a, b) => b.value - a.value || byText(a.flow, b.flow)).map(({ value: _, ...r }) => r)
}

/** Reads a solver's solution of `buildProgram`'s program back into a `Plan` that explains itself. */
export function explainPlan(input: PlanInput, program: MilpProgram, index: ProgramIndex, solution: MilpSolution, solverName: string): Plan {
  const phaseOf = phasesFromValues(index, solution.values)
  const status: SolverStatus = solution.status === 'optimal' || solution.status === 'time_limit' || solution.status === 'infeasible' ? solution.status : 'error'
  return describePlan(input, phaseOf, {
    status,
    gap: solution.status === 'optimal' ? 0 : solution.gap,
    solver: { name: solverName, milliseconds: Math.round(solution.milliseconds), variables: program.variables.length, constraints: program.constraints.length },
  })
}
