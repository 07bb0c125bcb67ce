import type { Device, DeviceRole } from '../domain/device.js'
import { lifecycleOf } from '../domain/lifecycle.js'
import { TRANSIT_ROLES } from '../exposure/node-trust.js'
import { CONFIRM_REASONS } from '../domain/finding.js'
import type { ConfirmReason, Finding, Waiver } from '../domain/finding.js'
import type { ManufacturerSlug } from '../domain/manufacturer.js'
import type { FlowExposureWithPath } from '../exposure/analyze.js'
import type { CostTable } from './cost-table.js'
import { costsOf } from './costs.js'
import { deadlinePhase } from './phases.js'
import type { Budgets, Candidate, Phase, PlanFlow, PlanInput, PlanObjective } from './types.js'

/** A checked device: what the planner learns of it. */
export type PlanDevice = {
  device: Device
  group: ManufacturerSlug | undefined
  findings: readonly Finding[]
  /** The topology node it sits on, when there is a topology. */
  node?: string | undefined
}

/** Weights of flow classes: how much cleaning one unit of volume of the class is worth. */
export const DEFAULT_CLASS_WEIGHTS: Readonly<Record<string, number>> = { secret: 10, confidential: 5, restricted: 3, internal: 1 }

/** Options of {@link buildPlanInput}. */
export type BuildPlanInputOptions = {
  phases: readonly Phase[]
  budgets: Budgets
  costTable: CostTable
  objective: PlanObjective
  /** Weight per flow class, whatever the case (`Secret` is `secret`); classes not listed weigh `defaultWeight`. @default DEFAULT_CLASS_WEIGHTS */
  classWeights?: Readonly<Record<string, number>>
  /** @default 1 */
  defaultWeight?: number
  /** Rules whose findings impose deadlines; findings of other rules make devices candidates without one. @default every rule */
  deadlineRules?: ReadonlySet<string> | undefined
  /** Replacements already scheduled (phase index) and devices that cannot be touched before a phase. */
  schedule?: ReadonlyMap<string, { phase?: number; notBefore?: number }>
  /** Let a flow become clean over its cheapest fix path too. @default false */
  allowReroute?: boolean
  /** Roles whose devices forward traffic: only they stand between a flow and a clean path. @default TRANSIT_ROLES */
  transitRoles?: readonly DeviceRole[]
  /** How the exposure treated unknown nodes: when untrusted, a flow crossing one cannot be cleaned by replacements. @default 'untrusted' */
  unknownAs?: 'untrusted' | 'trusted'
}

/** What the planner was given, and what it could not use. */
export type PlanInputResult = {
  input: PlanInput
  /** Flows that no replacement can clean (they cross unknown nodes, untrusted nodes with no candidate, or one where a device recorded as out of service forwards traffic). */
  uncleanable: string[]
  /** Value of each candidate for subsidy ranking: its share of the value of the flows it blocks. */
  deviceValue: Map<string, number>
  /**
   * Devices with findings that the inventory records as out of service (retired, sold, stolen...),
   * sorted: no candidates, since there is nothing to buy for them, only their removal to confirm.
   */
  outOfService: string[]
  /**
   * Candidates whose every deadline falls after the last phase, sorted: no phase must replace them,
   * so the plan does where that cleans flows (or, with `min-cost`, where a flow needs it).
   */
  dueAfterPhases: string[]
  /** Classes of exposed flows that no class weight names, with their flows (in input order): they weigh `defaultWeight`. */
  unweightedClasses: { class: string; flows: string[] }[]
}

/**
 * What a device's prohibit and remove-by findings leave to confirm when every one of them asks to
 * confirm it first (the reasons of all, in `ConfirmReason`'s order); undefined when one stands as it is.
 */
function confirmReasonsOf(findings: readonly Finding[]): readonly ConfirmReason[] | undefined {
  const reasons = new Set<ConfirmReason>()
  for (const f of findings) {
    if (f.effect.kind === 'flag') continue
    if (f.toConfirm === undefined) return undefined
    for (const r of f.toConfirm) reasons.add(r)
  }
  return reasons.size === 0 ? undefined : CONFIRM_REASONS.filter((r) => reasons.has(r))
}

/**
 * Turns checked devices and flow exposures into the planner's input: every device with a
 * `prohibit` or `remove-by` finding is a candidate, but one the inventory records as out of service
 * (`outOfService`; a flow through its node counts as one no replacement cleans), costed from the cost table (a site's overhead
 * shared by its candidates), with the deadline of its earliest finding (`prohibit`: the first
 * phase, or the date it applies from when that is later; a finding an exemption waives, kept with
 * its `waiver`: the later of the exemption's last day and its own date); each exposed flow depends on the candidates on the untrusted nodes of its routed paths.
 */
export function buildPlanInput(devices: Iterable<PlanDevice>, flows: readonly FlowExposureWithPath[], opts: BuildPlanInputOptions): PlanInputResult {
  // A sheet writes SECRET or Secret: looked up exactly, they weighed 1 where secret weighs 10.
  const weights = new Map(Object.entries(opts.classWeights ?? DEFAULT_CLASS_WEIGHTS).map(([k, w]) => [k.trim().toLowerCase(), w]))
  const defaultWeight = opts.defaultWeight ?? 1
  const unweighted = new Map<string, string[]>()
  const weightOf = (f: FlowExposureWithPath): number => {
    if (f.class === undefined) return defaultWeight
    const w = weights.get(f.class.trim().toLowerCase())
    if (w !== undefined) return w
    const flows = unweighted.get(f.class)
    if (flows === undefined) unweighted.set(f.class, [f.id])
    else flows.push(f.id)
    return defaultWeight
  }
  const transit: ReadonlySet<string> = new Set(opts.transitRoles ?? TRANSIT_ROLES)
  const picked: PlanDevice[] = []
  const outOfService: string[] = []
  // Nodes where a device recorded as out of service forwards traffic: replacing the others there
  // leaves it on the flow's path until the topology no longer routes through it.
  const stuckNodes = new Set<string>()
  for (const d of devices) {
    if (!d.findings.some((f) => f.effect.kind !== 'flag')) continue
    if (lifecycleOf(d.device.status) === 'out-of-service') {
      outOfService.push(d.device.id)
      if (d.node !== undefined && (d.device.role === undefined || transit.has(d.device.role))) stuckNodes.add(d.node)
    } else picked.push(d)
  }
  const costs = costsOf(picked.map((d) => ({ id: d.device.id, role: d.device.role, model: d.device.model, site: d.device.site })), opts.costTable)

  const byNode = new Map<string, string[]>()
  const firstStart = opts.phases[0]?.start
  const lastEnd = opts.phases[opts.phases.length - 1]?.end
  const dueAfterPhases: string[] = []
  const candidates: Candidate[] = picked.map(({ device, group, findings, node }) => {
    const cost = costs.byDevice.get(device.id)!
    const c: Candidate = {
      deviceId: device.id,
      cost: cost.total,
      costBreakdown: { equipment: cost.equipment, labour: cost.labour, siteOverhead: cost.siteOverhead, source: cost.source },
      findings: [...new Set(findings.filter((f) => f.effect.kind !== 'flag').map((f) => f.rule))].sort(),
    }
    if (device.name !== undefined && device.name !== device.id) c.name = device.name
    if (device.network !== undefined) c.network = device.network
    if (device.site !== undefined) c.site = device.site
    if (node !== undefined) c.node = node
    if (node !== undefined && (device.role === undefined || transit.has(device.role))) {
      const list = byNode.get(node)
      if (list === undefined) byNode.set(node, [device.id])
      else list.push(device.id)
    }
    if (device.role !== undefined) c.role = device.role
    if (device.model !== undefined) c.model = device.model
    if (group !== undefined) c.group = group
    // The earliest deadline wins; its date and rule go with it into the plan's reasons and the
    // schedule check. A prohibit finding in force when the first phase starts is due in that phase
    // and has no date of its own; one that applies only from a later date (the policy's effective
    // date, or the day a list added the maker: DJI on the Covered List from 2025-12-22) is due by
    // that date, as a remove-by date is, rather than a year or more early.
    // A date after the last phase binds no phase of this plan: mapped to the last phase, a device
    // due in 2035 had to be replaced by 2029, and its cost counted as due then.
    // A waived finding is due again once its exemption ends: by the later of the exemption's last
    // day and the finding's own date, rather than never (the device is still there on the day after).
    let deadline: { phase: number; date?: string; rule: string; waiver?: Waiver } | undefined
    let later: { date: string; rule: string; waiver?: Waiver } | undefined
    for (const f of findings) {
      if (f.effect.kind === 'flag' || (opts.deadlineRules !== undefined && !opts.deadlineRules.has(f.rule))) continue
      const own = f.effect.kind === 'remove_by' ? f.effect.date : f.deadline !== undefined && firstStart !== undefined && f.deadline > firstStart ? f.deadline : undefined
      const w = f.waiver
      const date = w === undefined ? own : own !== undefined && own > w.until ? own : w.until
      if (date !== undefined && lastEnd !== undefined && date > lastEnd) {
        if (later === undefined || date < later.date) later = { date, rule: f.rule, ...(w !== undefined && { waiver: w }) }
        continue
      }
      const next: { phase: number; date?: string; rule: string; waiver?: Waiver } = date === undefined
        ? { phase: 0, rule: f.rule } : { phase: deadlinePhase(date, opts.phases), date, rule: f.rule, ...(w !== undefined && { waiver: w }) }
      if (deadline === undefined || next.phase < deadline.phase || (next.phase === deadline.phase && (next.date ?? '') < (deadline.date ?? ''))) deadline = next
    }
    if (deadline !== undefined) {
      c.deadlinePhase = deadline.phase
      if (deadline.date !== undefined) c.deadline = deadline.date
      c.deadlineRule = deadline.rule
      if (deadline.waiver !== undefined) c.waived = { until: deadline.waiver.until, reason: deadline.waiver.reason }
    } else if (later !== undefined) {
      c.deadline = later.date
      c.deadlineRule = later.rule
      if (later.waiver !== undefined) c.waived = { until: later.waiver.until, reason: later.waiver.reason }
      dueAfterPhases.push(device.id)
    }
    const toConfirm = confirmReasonsOf(findings)
    if (toConfirm !== undefined) c.toConfirm = toConfirm
    const s = opts.schedule?.get(device.id)
    if (s?.phase !== undefined) c.scheduledPhase = s.phase
    if (s?.notBefore !== undefined) c.earliestPhase = s.notBefore
    return c
  })

  const planFlows: PlanFlow[] = []
  const uncleanable: string[] = []
  const deviceValue = new Map<string, number>()
  const devicesOn = (nodes: readonly string[]): string[] | undefined => {
    const ids: string[] = []
    for (const n of nodes) {
      const list = byNode.get(n)
      if (list === undefined || stuckNodes.has(n)) return undefined
      ids.push(...list)
    }
    return [...new Set(ids)].sort()
  }
  for (const f of flows) {
    if (f.exposedShare === 0) continue
    const value = weightOf(f) * f.volume
    const paths: PlanFlow['paths'] = []
    const blockedByUnknown = (opts.unknownAs ?? 'untrusted') === 'untrusted' && f.unknown.length > 0
    const routed = blockedByUnknown ? undefined : devicesOn(f.untrusted.map((n) => n.node))
    if (routed !== undefined && routed.length > 0) paths.push({ deviceIds: routed, stretch: 1 })
    if (opts.allowReroute && f.cheapestFix !== null && f.cheapestFix.nodes.length > 0 && f.routedMetric !== null && f.routedMetric > 0) {
      const fix = devicesOn(f.cheapestFix.nodes)
      if (fix !== undefined && fix.length > 0 && fix.join() !== routed?.join()) {
        paths.push({ deviceIds: fix, stretch: f.cheapestFix.metric / f.routedMetric, rerouted: true })
      }
    }
    if (paths.length === 0) {
      uncleanable.push(f.id)
      continue
    }
    planFlows.push({ id: f.id, value, paths })
    const first = paths[0]!.deviceIds
    for (const d of first) deviceValue.set(d, (deviceValue.get(d) ?? 0) + value / first.length)
  }

  return {
    input: { phases: opts.phases, budgets: opts.budgets, candidates, flows: planFlows, objective: opts.objective },
    uncleanable: uncleanable.sort(),
    deviceValue,
    outOfService: outOfService.sort(),
    dueAfterPhases: dueAfterPhases.sort(),
    unweightedClasses: [...unweighted].map(([cls, flows]) => ({ class: cls, flows })).sort((a, b) => a.class.localeCompare(b.class)),
  }
}
