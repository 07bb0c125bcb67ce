import { TrustpathError } from '../errors.js'
import { ProgramBuilder } from './program.js'
import type { MilpProgram, MilpTerm } from './program.js'
import type { Candidate, PlanInput } from './types.js'

const DEFAULTS = { reroutePenalty: 0.1 } as const

/** A set of candidates that must all be replaced for some path to be clean (indices into `candidates`). */
export type DeviceSet = { devices: number[]; key: string }

/**
 * Flows with identical paths, merged: the model needs one clean indicator per distinct device set,
 * not per flow, so 100k flows over a few hundred device sets stay a small program.
 */
export type FlowGroup = {
  /** Indices into `input.flows`. */
  flows: number[]
  /** Sum of the flows' values. */
  value: number
  /** Paths that can become clean: a device set and the share of the value it keeps (stretch penalty). */
  paths: { set: number; factor: number }[]
  /** Share of the value the flow has without replacing anything (a path with no untrusted device), else 0. */
  cleanAlready: number
}

/** Where each decision of the program lives, for reading a solution back. */
export type ProgramIndex = {
  phases: number
  candidates: number
  /** `x[c * phases + p]`: variable of "replace candidate c in phase p", or -1 when not allowed. */
  x: Int32Array
  sets: DeviceSet[]
  /** `setClean[s * phases + p]`: variable of "set s is replaced by the end of phase p", or -1. */
  setClean: Int32Array
  groups: FlowGroup[]
  /** "One of these sets is clean by phase p" (rerouting, max-clean): `vars[p]`, or -1. */
  unions: { sets: number[]; vars: Int32Array }[]
  /** Budget rows: their scope and the money they allow (cumulative with carry-over). */
  budgetRows: BudgetRow[]
  /** One unit of objective is this much value (max-clean): value coefficients are integers in it. */
  valueUnit: number
  /** Weight of one unit of cost in the objective (max-clean tie-break, see `buildProgram`). */
  costWeight: number
}

/** A budget constraint: spend of `network` (or everyone) in `phase` (up to `phase` with carry-over). */
export type BudgetRow = { row: number; phase: number; network: string | undefined; budget: number; cumulative: boolean; candidates: number[] }

function invalid(fn: string, message: string, hint?: string): TrustpathError {
  return new TrustpathError('input_invalid', `plan/${fn}: ${message}`, hint === undefined ? {} : { hint })
}

/** Checks a `PlanInput` once at a public entry; throws `TrustpathError('input_invalid')`. */
export function validatePlanInput(input: PlanInput, fn: string): void {
  const P = input.phases.length
  if (P === 0) throw invalid(fn, 'no phases were given.', 'Give at least one phase (a year or a quarter).')
  const phaseIds = new Set<string>()
  for (const ph of input.phases) {
    if (phaseIds.has(ph.id)) throw invalid(fn, `phase "${ph.id}" appears twice.`)
    phaseIds.add(ph.id)
  }
  const seen = new Set<string>()
  const inRange = (i: number | undefined): boolean => i === undefined || (Number.isInteger(i) && i >= 0 && i < P)
  for (const c of input.candidates) {
    if (seen.has(c.deviceId)) throw invalid(fn, `candidate "${c.deviceId}" appears twice (${input.candidates.length} candidates).`)
    seen.add(c.deviceId)
    if (!(c.cost >= 0)) throw invalid(fn, `candidate "${c.deviceId}" has cost ${c.cost}; costs must be 0 or more (Infinity: cannot be replaced).`)
    if (!inRange(c.deadlinePhase) || !inRange(c.earliestPhase) || !inRange(c.scheduledPhase)) {
      throw invalid(fn, `candidate "${c.deviceId}" names a phase index outside 0..${P - 1}.`)
    }
    if (c.scheduledPhase === undefined && c.deadlinePhase !== undefined) {
      if (c.deadlinePhase < (c.earliestPhase ?? 0)) {
        throw invalid(fn, `candidate "${c.deviceId}" must be replaced by phase ${input.phases[c.deadlinePhase]!.id} but may not be touched before ${input.phases[c.earliestPhase ?? 0]!.id}.`,
          'Move the earliest phase or the deadline, or add an exemption.')
      }
      if (!Number.isFinite(c.cost)) throw invalid(fn, `candidate "${c.deviceId}" has a deadline but no finite cost.`, 'Add a cost-table row for its model or role.')
    }
    if (c.scheduledPhase !== undefined && !Number.isFinite(c.cost)) throw invalid(fn, `scheduled candidate "${c.deviceId}" has no finite cost.`)
    if (c.scheduledPhase !== undefined && c.deadlinePhase !== undefined && c.scheduledPhase > c.deadlinePhase) {
      throw invalid(fn, `candidate "${c.deviceId}" must be replaced by phase ${input.phases[c.deadlinePhase]!.id} but is scheduled for ${input.phases[c.scheduledPhase]!.id}.`,
        'Schedule it by its deadline, or move the deadline.')
    }
  }
  const budgets = [input.budgets.shared, ...Object.values(input.budgets.byNetwork ?? {})]
  for (const b of budgets) {
    for (const [phase, amount] of Object.entries(b ?? {})) {
      if (!phaseIds.has(phase)) throw invalid(fn, `a budget names phase "${phase}", which is not among the phases (${[...phaseIds].join(', ')}).`)
      if (!(amount >= 0)) throw invalid(fn, `the budget of phase "${phase}" is ${amount}; budgets must be 0 or more.`)
    }
  }
  for (const f of input.flows) {
    if (!(f.value >= 0) || !Number.isFinite(f.value)) throw invalid(fn, `flow "${f.id}" has value ${f.value}; values must be finite and 0 or more.`)
    for (const p of f.paths) if (!(p.stretch >= 0)) throw invalid(fn, `flow "${f.id}" has a path with stretch ${p.stretch}.`)
  }
  const penalty = input.reroutePenalty ?? DEFAULTS.reroutePenalty
  if (!(penalty >= 0)) throw invalid(fn, `reroutePenalty is ${penalty}; it must be 0 or more.`)
}

/** Phases in which candidate `c` may be replaced: [first, last], empty when first > last. */
export function allowedPhases(c: Candidate, phases: number): [number, number] {
  if (c.scheduledPhase !== undefined) return [c.scheduledPhase, c.scheduledPhase]
  if (!Number.isFinite(c.cost)) return [1, 0]
  return [c.earliestPhase ?? 0, Math.min(c.deadlinePhase ?? phases - 1, phases - 1)]
}

/**
 * The share of a flow's value a path keeps: 1 on the routed path (stretch 1), less
 * `reroutePenalty` per unit of stretch above 1 on a longer clean path, never below 0.
 */
export function pathFactor(stretch: number, penalty: number): number {
  return Math.max(0, 1 - penalty * Math.max(0, stretch - 1))
}

/** Merges flows with identical paths and interns their device sets. Paths through a device that is
 * not a candidate (or cannot be replaced in any phase) can never become clean and are dropped. */
export function groupFlows(input: PlanInput): { sets: DeviceSet[]; groups: FlowGroup[] } {
  const P = input.phases.length
  const penalty = input.reroutePenalty ?? DEFAULTS.reroutePenalty
  const byId = new Map<string, number>()
  input.candidates.forEach((c, i) => byId.set(c.deviceId, i))
  const replaceable = input.candidates.map((c) => {
    const [a, b] = allowedPhases(c, P)
    return a <= b
  })
  const sets: DeviceSet[] = []
  const setByKey = new Map<string, number>()
  const groups: FlowGroup[] = []
  const groupByKey = new Map<string, number>()
  input.flows.forEach((f, fi) => {
    let cleanAlready = 0
    const paths: { set: number; factor: number }[] = []
    for (const path of f.paths) {
      const factor = pathFactor(path.stretch, penalty)
      const devices: number[] = []
      let cleanable = true
      for (const id of new Set(path.deviceIds)) {
        const c = byId.get(id)
        if (c === undefined || !replaceable[c]) {
          cleanable = false
          break
        }
        devices.push(c)
      }
      if (!cleanable) continue
      if (devices.length === 0) {
        cleanAlready = Math.max(cleanAlready, factor)
        continue
      }
      devices.sort((a, b) => a - b)
      const key = devices.join(',')
      let s = setByKey.get(key)
      if (s === undefined) {
        s = sets.length
        sets.push({ devices, key })
        setByKey.set(key, s)
      }
      paths.push({ set: s, factor })
    }
    // Keep, per set, the best factor; order paths by set for a canonical key.
    const best = new Map<number, number>()
    for (const p of paths) best.set(p.set, Math.max(best.get(p.set) ?? 0, p.factor))
    const canonical = [...best].map(([set, factor]) => ({ set, factor })).sort((a, b) => a.set - b.set)
    const key = `${cleanAlready}|${canonical.map((p) => `${p.set}:${p.factor}`).join(';')}`
    let g = groupByKey.get(key)
    if (g === undefined) {
      g = groups.length
      groups.push({ flows: [], value: 0, paths: canonical, cleanAlready })
      groupByKey.set(key, g)
    }
    const group = groups[g]!
    group.flows.push(fi)
    group.value += f.value
  })
  return { sets, groups }
}

/**
 * The value resolution: the largest power of ten (down to 1e-6) of which every objective
 * coefficient is a whole multiple. Two plans whose values differ, differ by at least this much.
 */
function valueUnitOf(coefficients: readonly number[]): number {
  for (let k = 0; k <= 6; k++) {
    const scale = 10 ** k
    if (coefficients.every((c) => Math.abs(c * scale - Math.round(c * scale)) <= 1e-9 * Math.max(1, c * scale))) return 1 / scale
  }
  return 1e-6
}

/**
 * Builds the replacement plan as a mixed-integer program.
 *
 * - `x[c,p]` binary: replace candidate c in phase p, only for phases in [earliest, deadline]; at
 *   most one phase per candidate, exactly one when it has a deadline; scheduled ones are fixed.
 *   Candidates that neither have a deadline nor sit on a cleanable path get no variable at all.
 * - Budgets: per phase, for everyone (`shared`) and per network (`byNetwork`); with `carryOver`,
 *   cumulative spend ≤ cumulative budget. A phase missing from a budget record has no money (0),
 *   so a plan never spends what nobody granted.
 * - `s[S,p]` in [0,1]: device set S is replaced by the end of phase p, `s ≤ Σ_{q≤p} x[d,q]` for each
 *   d in S. Flows with the same paths share one indicator; x integral makes s integral at the optimum.
 * - Several paths (`--allow-reroute`): a flow is worth its best clean path's factor (`pathFactor`),
 *   written as a telescoping sum over "one of the top j paths is clean" indicators `u ≤ Σ s`.
 *
 * `max-clean` maximises Σ_g Σ_p value_g·factor·clean[g,p] − ε·Σ cost·x. Value coefficients are
 * expressed in the value unit δ (`valueUnitOf`), so they are whole numbers and two plans with
 * different values differ by at least 1 objective unit; ε = 1 / (2·(C + 1)) with C the cost of
 * every variable candidate together, so the whole cost term stays below ½ and can only break ties
 * between plans of equal value, never trade value for money.
 *
 * `min-cost` minimises Σ cost·x subject to the deadlines, and requires every flow that has a
 * cleanable path (every device on it is a candidate with a finite cost and a phase it may be
 * replaced in) to be clean by the end of the last phase. Whether the budgets allow that is the
 * solver's question: if not, the program is infeasible and `explainInfeasibility` says by how much.
 */
export function buildProgram(input: PlanInput): { program: MilpProgram; index: ProgramIndex } {
  validatePlanInput(input, 'buildProgram')
  return buildProgramUnchecked(input)
}

/** `buildProgram` without the input check, for callers that already checked. */
export function buildProgramUnchecked(input: PlanInput): { program: MilpProgram; index: ProgramIndex } {
  const P = input.phases.length
  const C = input.candidates.length
  const maxClean = input.objective === 'max-clean'
  const b = new ProgramBuilder(maxClean ? 'max' : 'min')
  const { sets, groups } = groupFlows(input)

  // Which sets matter: max-clean, on a path worth something; min-cost, of a flow that must be cleaned.
  const setUsed = new Uint8Array(sets.length)
  const required = groups.map((g) => g.cleanAlready === 0 && g.paths.length > 0 && (maxClean ? g.value > 0 : true))
  groups.forEach((g, gi) => {
    if (maxClean ? g.value <= 0 : !required[gi]) return
    for (const p of g.paths) if (!maxClean || p.factor > g.cleanAlready) setUsed[p.set] = 1
  })
  const relevant = new Uint8Array(C)
  input.candidates.forEach((c, i) => {
    if (c.deadlinePhase !== undefined || c.scheduledPhase !== undefined) relevant[i] = 1
  })
  sets.forEach((s, si) => {
    if (setUsed[si]) for (const d of s.devices) relevant[d] = 1
  })

  // Objective scaling (see the doc comment).
  const coefficients: number[] = []
  if (maxClean) {
    for (const g of groups) {
      if (g.cleanAlready > 0) coefficients.push(g.value * g.cleanAlready)
      for (const p of g.paths) if (p.factor > g.cleanAlready) coefficients.push(g.value * (p.factor - g.cleanAlready))
    }
  }
  const valueUnit = valueUnitOf(coefficients)
  let totalCost = 0
  input.candidates.forEach((c, i) => {
    if (relevant[i] && Number.isFinite(c.cost)) totalCost += c.cost
  })
  const costWeight = maxClean ? 1 / (2 * (totalCost + 1)) : 1

  // x variables and the one-phase rows.
  const x = new Int32Array(C * P).fill(-1)
  input.candidates.forEach((c, i) => {
    if (!relevant[i]) return
    const [first, last] = allowedPhases(c, P)
    const terms: MilpTerm[] = []
    for (let p = first; p <= last; p++) {
      const v = b.variable({
        name: `x[${c.deviceId},${input.phases[p]!.id}]`,
        lo: c.scheduledPhase === p ? 1 : 0,
        hi: 1,
        integer: true,
        obj: maxClean ? -costWeight * c.cost : c.cost,
      })
      x[i * P + p] = v
      terms.push({ var: v, coef: 1 })
    }
    if (c.scheduledPhase !== undefined) return
    if (c.deadlinePhase !== undefined) b.row(`deadline[${c.deviceId}]`, terms, { lo: 1, hi: 1 })
    else if (terms.length > 1) b.row(`once[${c.deviceId}]`, terms, { hi: 1 })
  })

  // Set indicators: max-clean needs every phase, min-cost only the last.
  const setClean = new Int32Array(sets.length * P).fill(-1)
  sets.forEach((s, si) => {
    if (!setUsed[si]) return
    let firstPhase = 0
    for (const d of s.devices) firstPhase = Math.max(firstPhase, allowedPhases(input.candidates[d]!, P)[0])
    for (let p = maxClean ? firstPhase : Math.max(firstPhase, P - 1); p < P; p++) {
      const v = b.continuous(`s[${si},${input.phases[p]!.id}]`, 0, 1)
      setClean[si * P + p] = v
      for (const d of s.devices) {
        const terms: MilpTerm[] = [{ var: v, coef: 1 }]
        for (let q = 0; q <= p; q++) {
          const xv = x[d * P + q]!
          if (xv >= 0) terms.push({ var: xv, coef: -1 })
        }
        b.row(`s[${si},${input.phases[p]!.id}]<=${input.candidates[d]!.deviceId}`, terms, { hi: 0 })
      }
    }
  })

  // Groups: objective (max-clean) or requirement (min-cost).
  const unions: { sets: number[]; vars: Int32Array }[] = []
  const unionByKey = new Map<string, number>()
  groups.forEach((g, gi) => {
    if (!maxClean) {
      if (!required[gi]) return
      const last = g.paths.flatMap((path) => {
        const s = setClean[path.set * P + P - 1]!
        return s >= 0 ? [{ var: s, coef: 1 }] : []
      })
      b.row(`clean[${input.flows[g.flows[0]!]!.id}${g.flows.length > 1 ? `+${g.flows.length - 1}` : ''}]`, last, { lo: 1 })
      return
    }
    if (g.cleanAlready > 0) b.objectiveOffset += (g.value * g.cleanAlready * P) / valueUnit
    if (g.value <= 0) return
    const useful = g.paths.filter((p) => p.factor > g.cleanAlready)
    // Several paths, best factor first: value·Σ_j (φ_j − φ_{j+1})·[one of the top j paths is clean],
    // with φ_{K+1} the value it has anyway. Level 1 is s itself; level j ≥ 2 is u ≤ Σ_{i≤j} s_i, u ≤ 1,
    // shared by every group with the same top-j sets. Same LP bound as a path-choice variable per
    // path, with fewer rows.
    const ranked = [...useful].sort((a, c) => c.factor - a.factor || a.set - c.set)
    ranked.forEach((path, j) => {
      const coef = (g.value * (path.factor - (ranked[j + 1]?.factor ?? g.cleanAlready))) / valueUnit
      if (coef <= 0) return
      if (j === 0) {
        for (let p = 0; p < P; p++) {
          const v = setClean[path.set * P + p]!
          if (v >= 0) b.addObjective(v, coef)
        }
        return
      }
      const members = ranked.slice(0, j + 1).map((r) => r.set).sort((a, c) => a - c)
      const key = members.join(',')
      let union = unionByKey.get(key)
      if (union === undefined) {
        union = unions.length
        const vars = new Int32Array(P).fill(-1)
        for (let p = 0; p < P; p++) {
          const terms: MilpTerm[] = members.flatMap((m) => {
            const sv = setClean[m * P + p]!
            return sv >= 0 ? [{ var: sv, coef: -1 }] : []
          })
          if (terms.length === 0) continue
          const v = b.continuous(`u[${union},${input.phases[p]!.id}]`, 0, 1)
          vars[p] = v
          b.row(`u[${union},${input.phases[p]!.id}]<=any`, [{ var: v, coef: 1 }, ...terms], { hi: 0 })
        }
        unions.push({ sets: members, vars })
        unionByKey.set(key, union)
      }
      for (let p = 0; p < P; p++) {
        const v = unions[union]!.vars[p]!
        if (v >= 0) b.addObjective(v, coef)
      }
    })
  })

  // Budgets.
  const budgetRows: BudgetRow[] = []
  const carry = input.budgets.carryOver === true
  for (const scope of budgetScopes(input)) {
    let cumulative = 0
    for (let p = 0; p < P; p++) {
      const amount = scope.amounts[input.phases[p]!.id] ?? 0
      cumulative += amount
      const terms: MilpTerm[] = []
      for (const i of scope.members) {
        const cost = input.candidates[i]!.cost
        for (let q = carry ? 0 : p; q <= p; q++) {
          const v = x[i * P + q]!
          if (v >= 0 && cost > 0) terms.push({ var: v, coef: cost })
        }
      }
      const budget = carry ? cumulative : amount
      const row = b.row(`budget[${scope.network ?? 'all'},${input.phases[p]!.id}]`, terms, { hi: budget })
      budgetRows.push({ row, phase: p, network: scope.network, budget, cumulative: carry, candidates: scope.members })
    }
  }

  return {
    program: b.build(),
    index: { phases: P, candidates: C, x, sets, setClean, groups, unions, budgetRows, valueUnit, costWeight },
  }
}

/** Who shares which budget: everyone (`shared`), then each network in `byNetwork`, by name. */
export function budgetScopes(input: PlanInput): { network: string | undefined; amounts: Readonly<Record<string, number>>; members: number[] }[] {
  const scopes: { network: string | undefined; amounts: Readonly<Record<string, number>>; members: number[] }[] = []
  if (input.budgets.shared) scopes.push({ network: undefined, amounts: input.budgets.shared, members: input.candidates.map((_, i) => i) })
  for (const network of Object.keys(input.budgets.byNetwork ?? {}).sort()) {
    const members = input.candidates.flatMap((c, i) => (c.network === network ? [i] : []))
    scopes.push({ network, amounts: input.budgets.byNetwork![network]!, members })
  }
  return scopes
}

/** The phase each candidate is replaced in under `values` (-1: not replaced). */
export function phasesFromValues(index: ProgramIndex, values: ArrayLike<number>): Int32Array {
  const out = new Int32Array(index.candidates).fill(-1)
  for (let c = 0; c < index.candidates; c++) {
    for (let p = 0; p < index.phases; p++) {
      const v = index.x[c * index.phases + p]!
      if (v >= 0 && (values[v] ?? 0) > 0.5) out[c] = p
    }
  }
  return out
}

/** Program values that encode a given assignment (e.g. the greedy plan), as a solver start. */
export function valuesFromPhases(program: MilpProgram, index: ProgramIndex, phaseOf: Int32Array): Float64Array {
  const P = index.phases
  const values = new Float64Array(program.variables.length)
  for (let c = 0; c < index.candidates; c++) {
    const p = phaseOf[c]!
    if (p < 0) continue
    const v = index.x[c * P + p]!
    if (v >= 0) values[v] = 1
  }
  const cleanFrom = index.sets.map((s) => {
    let from = 0
    for (const d of s.devices) {
      const p = phaseOf[d]!
      if (p < 0 || index.x[d * P + p]! < 0) return P
      from = Math.max(from, p)
    }
    return from
  })
  index.sets.forEach((_, si) => {
    for (let p = 0; p < P; p++) {
      const v = index.setClean[si * P + p]!
      if (v >= 0) values[v] = p >= cleanFrom[si]! ? 1 : 0
    }
  })
  for (const union of index.unions) {
    for (let p = 0; p < P; p++) {
      const v = union.vars[p]!
      if (v >= 0) values[v] = union.sets.some((si) => cleanFrom[si]! <= p) ? 1 : 0
    }
  }
  return values
}
