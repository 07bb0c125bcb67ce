import type { DeviceRole } from '../domain/device.js'
import type { ConfirmReason } from '../domain/finding.js'
import type { ManufacturerSlug } from '../domain/manufacturer.js'

/** A period in which replacements happen and money is spent (a year or a quarter). */
export type Phase = {
  /** `2026`, `2026-Q3`. */
  id: string
  /** First day (ISO date). */
  start: string
  /** Last day (ISO date). */
  end: string
}

/** Money available per phase: shared by all operators, or per operator network. */
export type Budgets = {
  /** Budget by phase id for all operators together (absent: no shared cap). */
  shared?: Readonly<Record<string, number>>
  /** Budget by operator network, then phase id. */
  byNetwork?: Readonly<Record<string, Readonly<Record<string, number>>>>
  /** Unspent money of a phase stays available in later phases. @default false */
  carryOver?: boolean
}

/** What replacing one device costs, and why. */
export type CostBreakdown = {
  equipment: number
  labour: number
  /** The per-site overhead, charged once per site per phase in which any of its devices is replaced; 0 here when it is modelled per site. */
  siteOverhead: number
  /** Which cost-table row gave the figures. */
  source: string
}

/** A device the plan may replace. */
export type Candidate = {
  deviceId: string
  /** The device's name, where the inventory gives one other than its id (NetBox's id `101` names nothing to the reader). */
  name?: string
  network?: string
  site?: string
  /** The topology node the device sits on, when known. */
  node?: string
  role?: DeviceRole
  model?: string
  group?: ManufacturerSlug
  cost: number
  costBreakdown: CostBreakdown
  /** Index of the last phase in which it may be replaced (from remove-by / prohibit findings). */
  deadlinePhase?: number
  /**
   * The deadline itself (ISO date: a remove-by date, or the date a prohibition applies from when
   * that is after the first phase starts) and the rule that set it, for the plan's reasons; without
   * `deadlinePhase`, a date after the last phase, which no phase must meet.
   */
  deadline?: string
  deadlineRule?: string
  /**
   * Present when the finding that sets the deadline is waived by an exemption: its last day and
   * reason. The deadline is then the later of that day and the finding's own date.
   */
  waived?: { until: string; reason: string }
  /** Index of the first phase in which it may be touched. @default 0 */
  earliestPhase?: number
  /** Already scheduled: it is replaced in exactly this phase (its cost counts against that phase). */
  scheduledPhase?: number
  /** Rule ids of the findings its replacement clears. */
  findings: string[]
  /**
   * Present when every prohibit or remove-by finding of the device asks to confirm it first
   * (`Finding.toConfirm`): what to confirm, the reasons of all its findings in `ConfirmReason`'s order.
   */
  toConfirm?: readonly ConfirmReason[]
}

/** A sensitive flow and what stands between it and a clean path. */
export type PlanFlow = {
  id: string
  /** Weight of the flow's class times its volume. */
  value: number
  /**
   * The flow is clean once every candidate in one of these sets is replaced: the first set is the
   * untrusted equipment on its routed paths; more sets are alternative clean paths (`--allow-reroute`),
   * marked `rerouted`: the flow is clean over one only once the network routes it there.
   */
  paths: { deviceIds: string[]; stretch: number; rerouted?: true }[]
}

/** What the planner optimises. */
export type PlanObjective = 'max-clean' | 'min-cost'

/** Everything the planner needs, as plain data. */
export type PlanInput = {
  phases: readonly Phase[]
  budgets: Budgets
  candidates: readonly Candidate[]
  flows: readonly PlanFlow[]
  objective: PlanObjective
  /** Penalty per unit of stretch on a rerouted clean path, as a share of the flow's value. @default 0.1 */
  reroutePenalty?: number
}

/** One replacement in the plan. */
export type PlanAction = {
  deviceId: string
  /** The device's name, where the inventory gives one other than its id. */
  name?: string
  phase: string
  cost: number
  network?: string
  /** Why this device, in this phase: a deadline, the flows it helps clean, or both. */
  reasons: string[]
  findingsCleared: string[]
  /**
   * Present when the device's findings are all to confirm (its maker rests on weak evidence, or a
   * date the policy needs is missing...): what to confirm before the replacement is ordered, as
   * `Candidate.toConfirm`. The plan still replaces it, the safe choice; a site visit comes first.
   */
  confirmBeforeOrdering?: readonly ConfirmReason[]
}

/** A flow the plan makes clean only once rerouted (see `Plan.rerouted`). */
export type ReroutedFlow = { flow: string; from: string; stretch: number; routedFrom?: string }

/** Spend against budget in one phase (per network when budgets are per network). */
export type PhaseSpend = { phase: string; network?: string; spent: number; budget: number | null; left: number | null }

/** How the solver ended. */
export type SolverStatus = 'optimal' | 'time_limit' | 'infeasible' | 'error' | 'heuristic'

/** A replacement plan that explains itself. */
export type Plan = {
  objective: PlanObjective
  status: SolverStatus
  /** Relative MIP gap when the time limit ended the search (0 when optimal; null for `heuristic`). */
  gap: number | null
  /** Objective value (sum over flows of value × clean phases, for max-clean; total cost for min-cost). */
  value: number
  totalCost: number
  actions: PlanAction[]
  spend: PhaseSpend[]
  /** Flows clean from each phase on (ids), by phase. */
  flowsCleaned: { phase: string; flows: string[] }[]
  /**
   * Flows clean from a phase on only over another path than the one the network routes them on
   * (`--allow-reroute`): from `from`, over a path of `stretch` (its metric / the routed one's), until
   * their routed paths are clean (`routedFrom`; absent when the plan never cleans them). Present
   * when there are any, the most valuable flow (volume × class weight) first.
   */
  rerouted?: ReroutedFlow[]
  findingsCleared: { phase: string; count: number }[]
  /** The greedy baseline on the same input, for comparison. */
  greedy?: { value: number; totalCost: number; feasible: boolean }
  /**
   * Devices a greedy plan (no solver, or the solver's fallback when its time ran out) replaces after
   * the phase of their deadline or not at all: the plan misses their deadlines. Absent when none.
   */
  unmetDeadlines?: { deviceId: string; deadline: string }[]
  solver: { name: string; milliseconds: number; variables: number; constraints: number }
}

/** Why no plan meets every deadline within the budgets, and what would fix it. */
export type Infeasibility = {
  /**
   * Per phase (and network): what the devices due in that phase cost, against that phase's budget.
   * A device may be replaced before its phase: the text sums both over the phases up to each one.
   */
  phases: { phase: string; network?: string; requiredByDeadlines: number; budget: number }[]
  /** The smallest budget increase per phase (and network) that makes the input feasible. */
  increases: { phase: string; network?: string; amount: number }[]
  /** Whether unspent money stays for later phases (`--carry-over`); without it, a phase's budget must pay whole replacements. */
  carryOver?: boolean
  /** The dearest device a deadline or schedule binds, which one phase's budget must pay whole. */
  dearestDue?: { deviceId: string; name?: string; cost: number }
  /**
   * `min-cost` asks for every flow that can be cleaned to be clean by the last phase, so that the
   * budgets must pay for that too, not only for the deadlines (`max-clean` asks only the deadlines).
   */
  cleanEveryFlow?: boolean
}
