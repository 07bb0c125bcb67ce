import { CONFIRM_REASONS } from '../domain/finding.js'
import type { ConfirmReason } from '../domain/finding.js'
import type { SubsidyComparison } from '../plan/subsidy.js'
import type { Infeasibility, Plan, PlanAction } from '../plan/types.js'
import { csvLine } from './csv.js'
import { formatCount, pluralOf } from '../util/plural.js'
import { displayWidth, showControls } from '../util/text-width.js'

/** An amount of money as the reports write it: `$1,234,567`. */
export const formatUsd = (x: number): string => `$${Math.round(x).toLocaleString('en-US')}`
const usd = formatUsd
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
/** A volume for people: whole units, never "-0". */
export const formatVolume = (x: number): string => Math.max(0, Math.round(x)).toLocaleString('en-US')

/** The first line of `formatPlanText`: the objective, how good the plan is, what it replaces and costs. */
export function formatPlanHeadline(plan: Plan): string {
  const status = plan.status === 'optimal' ? 'optimal' :
    plan.status === 'time_limit' ? `best found when the time limit ran out${plan.gap !== null ? `, within ${pct(plan.gap)} of the optimum` : ''}` :
    plan.status === 'heuristic' ? 'greedy plan (no solver)' : plan.status
  // A min-cost plan's objective value is its cost: "value $3.7M" beside the cost read as the value of the flows it cleans.
  const value = plan.objective === 'min-cost' ? '' : `; value ${plan.value.toLocaleString('en-US')}`
  return `Plan (${plan.objective}): ${status}; ${formatCount(plan.actions.length, 'replacement')}, ${usd(plan.totalCost)} in all${value}` +
    ` (${plan.solver.name}, ${formatCount(plan.solver.variables, 'variable')}, ${formatCount(plan.solver.constraints, 'constraint')}, ${(plan.solver.milliseconds / 1000).toFixed(1)} s).` +
    (plan.unmetDeadlines === undefined || plan.unmetDeadlines.length === 0 ? '' : `\n${formatUnmetDeadlines(plan.unmetDeadlines)}`)
}

/** Most devices named when a greedy plan misses deadlines. */
const UNMET_SHOWN = 5

/** What a greedy plan that misses deadlines must say: which devices, and how to find a plan that meets them. */
export function formatUnmetDeadlines(unmet: NonNullable<Plan['unmetDeadlines']>): string {
  const shown = unmet.slice(0, UNMET_SHOWN).map((u) => `${showControls(u.deviceId)} due ${u.deadline}`).join(', ')
  return `This greedy plan misses the deadline of ${formatCount(unmet.length, 'device')} (${shown}${unmet.length > UNMET_SHOWN ? ', …' : ''}), ` +
    `replacing ${pluralOf(unmet.length, 'it', 'them')} later or not at all: it is no plan that meets every deadline. ` +
    'Plan with the solver (--solver highs, with a longer --time-limit ' +
    'if its time ran out) to find one, or the smallest budget increases that allow one.'
}

/**
 * The greedy baseline against the plan, by what the objective counts: the value of the flows it
 * cleans (`max-clean`), or its cost (`min-cost`, where the objective value is the cost and a
 * greedy plan that costs more showed as "120.0% of this plan", as if it did better).
 */
export function formatGreedyComparison(plan: Pick<Plan, 'objective' | 'value' | 'totalCost'>, greedy: NonNullable<Plan['greedy']>): string {
  const misses = greedy.feasible ? '' : ', misses a deadline or budget'
  if (plan.objective === 'min-cost') {
    const more = plan.totalCost > 0 ? greedy.totalCost / plan.totalCost - 1 : 0
    return `cost ${usd(greedy.totalCost)} (${Math.abs(more) < 0.0005 ? 'the same as this plan' : `${pct(more)} ${more > 0 ? 'more' : 'less'} than this plan`})${misses}`
  }
  // No flow to clean gives both a value of 0: "0 (100.0% of this plan)" read as a ratio of nothing.
  const ratio = plan.value > 0 ? `${pct(greedy.value / plan.value)} of this plan` : 'the same as this plan'
  return `value ${greedy.value.toLocaleString('en-US')} (${ratio}), cost ${usd(greedy.totalCost)}${misses}`
}

/**
 * What a max-clean plan's value counts, for a reader who has not seen the model: "value 226,000"
 * alone said nothing of what it is a value of.
 */
export const PLAN_VALUE_MEANING = 'Value: each flow made clean counts its volume × class weight once for every phase it is clean in, so cleaning earlier counts more'

/** What each reason to confirm asks of the reader, in a few words. */
const CONFIRM_WORDS: Readonly<Record<ConfirmReason, string>> = {
  weak_evidence: 'the maker rests on weak evidence',
  split_evidence: 'the evidence is split between makers',
  owner_at_date_undecided: 'the device\'s date does not tell whose group its maker was in',
  acquired_date_undecided: 'the date it was bought or installed is missing',
  purpose_not_established: 'its purpose is not known',
}

/** `confirm before ordering (the maker rests on weak evidence)`: the mark of a replacement of a device to confirm. */
export function formatConfirmBeforeOrdering(reasons: readonly ConfirmReason[]): string {
  return `confirm before ordering (${reasons.map((r) => CONFIRM_WORDS[r]).join('; ')})`
}

/** Devices to confirm named in the line on them; JSON marks every replacement. */
const CONFIRM_SHOWN = 5

/**
 * The line on the replacements of devices whose findings are all to confirm: how many, what they
 * cost, and which, so that a site visit comes before the order; undefined when there are none.
 */
export function formatToConfirmLine(plan: Pick<Plan, 'actions'>): string | undefined {
  const toConfirm = plan.actions.filter((a) => a.confirmBeforeOrdering !== undefined)
  if (toConfirm.length === 0) return undefined
  const shown = toConfirm.slice(0, CONFIRM_SHOWN).map((a) => showControls(a.deviceId)).join(', ')
  const reasons = new Set(toConfirm.flatMap((a) => a.confirmBeforeOrdering!))
  return `${formatCount(toConfirm.length, 'replacement')} (${usd(toConfirm.reduce((s, a) => s + a.cost, 0))}) ${pluralOf(toConfirm.length, 'is', 'are')} of ` +
    `${pluralOf(toConfirm.length, 'a device', 'devices')} whose findings are to confirm (${CONFIRM_REASONS.filter((r) => reasons.has(r)).map((r) => CONFIRM_WORDS[r]).join('; ')}): ` +
    `confirm before ordering (${shown}${toConfirm.length > CONFIRM_SHOWN ? ', …' : ''})`
}

/** Rerouted flows named in the line on them; JSON lists them all. */
const REROUTED_SHOWN = 5

/**
 * The line on the flows a plan makes clean only over another path than the one the network routes
 * them on (`--allow-reroute`): until their routing is changed, their traffic still crosses untrusted
 * equipment. Undefined when there are none.
 */
export function formatReroutedLine(plan: Pick<Plan, 'rerouted'>): string | undefined {
  const rerouted = plan.rerouted ?? []
  if (rerouted.length === 0) return undefined
  const shown = rerouted.slice(0, REROUTED_SHOWN).map((r) => `${showControls(r.flow)} from ${r.from} (stretch ${r.stretch.toFixed(2)}; ` +
    `${r.routedFrom === undefined ? 'its routed path never clean in this plan' : `its routed path clean from ${r.routedFrom}`})`).join(', ')
  return `${formatCount(rerouted.length, 'flow')} ${pluralOf(rerouted.length, 'is', 'are')} clean only over a longer path than the one the network routes ` +
    `${pluralOf(rerouted.length, 'it', 'them')} on (--allow-reroute): ${shown}${rerouted.length > REROUTED_SHOWN ? ', …' : ''}; ` +
    `until ${pluralOf(rerouted.length, 'its', 'their')} routing is changed (link metrics, traffic engineering), ${pluralOf(rerouted.length, 'it crosses', 'they cross')} untrusted equipment`
}

/** Replacements listed per phase in the text; JSON has them all. */
const ACTIONS_PER_PHASE = 25

/** A plan by phase, as text: what is replaced, what it costs, what it cleans, and money left. */
export function formatPlanText(plan: Plan): string {
  const lines: string[] = [formatPlanHeadline(plan)]
  if (plan.greedy !== undefined && plan.status !== 'heuristic') lines.push(`Greedy baseline: ${formatGreedyComparison(plan, plan.greedy)}.`)
  if (plan.objective === 'max-clean') lines.push(`${PLAN_VALUE_MEANING}.`)
  const toConfirm = formatToConfirmLine(plan)
  if (toConfirm !== undefined) lines.push(`${toConfirm}.`)
  const rerouted = formatReroutedLine(plan)
  if (rerouted !== undefined) lines.push(`${rerouted}.`)
  const phases = [...new Set([...plan.spend.map((s) => s.phase), ...plan.actions.map((a) => a.phase)])]
  // A tool's numeric id (NetBox's `101`) says nothing to the reader: the name goes beside it, and
  // the column is as wide as the longest device shown, so that the costs stay in line.
  // Ids and names come from the inventory: their escape sequences are shown, not sent to the terminal.
  const deviceOf = (a: PlanAction): string => showControls(a.name === undefined ? a.deviceId : `${a.deviceId} (${a.name})`)
  const shown = phases.flatMap((phase) => plan.actions.filter((a) => a.phase === phase).slice(0, ACTIONS_PER_PHASE))
  const width = Math.max(26, ...shown.map((a) => displayWidth(deviceOf(a))))
  for (const phase of phases) {
    const actions = plan.actions.filter((a) => a.phase === phase)
    const spend = plan.spend.filter((s) => s.phase === phase)
    const cleaned = plan.flowsCleaned.find((f) => f.phase === phase)?.flows ?? []
    const findings = plan.findingsCleared.find((f) => f.phase === phase)?.count ?? 0
    lines.push('')
    lines.push(`Phase ${phase}: ${formatCount(actions.length, 'replacement')}, ${usd(actions.reduce((s, a) => s + a.cost, 0))}; ` +
      `${formatCount(findings, 'finding')} cleared; ${formatCount(cleaned.length, 'flow')} clean from this phase on.`)
    const perNetwork = spend.some((s) => s.network !== undefined)
    for (const s of spend) {
      if (perNetwork && s.network === undefined && s.budget === null) continue
      lines.push(`  ${s.network ?? 'all operators'}: spent ${usd(s.spent)}` +
        (s.budget !== null ? ` of ${usd(s.budget)}, ${usd(s.left ?? 0)} left` : ' (no budget cap)'))
    }
    for (const a of actions.slice(0, ACTIONS_PER_PHASE)) lines.push(`  ${deviceOf(a)}${' '.repeat(width - displayWidth(deviceOf(a)))} ${usd(a.cost).padStart(12)}  ${showControls(reasonsOf(a))}`)
    if (actions.length > ACTIONS_PER_PHASE) lines.push(`  … and ${actions.length - ACTIONS_PER_PHASE} more (see --format csv or json)`)
  }
  return `${lines.join('\n')}\n`
}

/** The columns of `formatPlanCsv`, in order. */
export const PLAN_CSV_COLUMNS = ['phase', 'device', 'name', 'network', 'cost', 'reasons', 'findings_cleared', 'confirm_before_ordering'] as const

/**
 * A plan's replacements as CSV, one line per device in phase order, for a spreadsheet or a
 * purchasing system: its phase, id, name, network, cost in US dollars (a plain number), the reasons
 * (`; ` between them), the rules whose findings it clears (`;` between them), and what to confirm
 * before ordering it (empty when nothing is). Quoted and guarded against formulas as every CSV the
 * tool writes; a plan with no replacement, or none at all (no plan fits), is the header line alone.
 */
export function formatPlanCsv(plan: Plan | undefined): string {
  let out = csvLine(PLAN_CSV_COLUMNS)
  for (const a of plan?.actions ?? []) {
    out += csvLine([a.phase, a.deviceId, a.name ?? '', a.network ?? '', a.cost, a.reasons.join('; '), a.findingsCleared.join(';'),
      a.confirmBeforeOrdering === undefined ? '' : a.confirmBeforeOrdering.map((r) => CONFIRM_WORDS[r]).join('; ')])
  }
  return out
}

/** Why a replacement is in the plan, led by what to confirm before ordering it. */
export function reasonsOf(a: PlanAction): string {
  return [...(a.confirmBeforeOrdering === undefined ? [] : [formatConfirmBeforeOrdering(a.confirmBeforeOrdering)]), ...a.reasons].join('; ')
}

/**
 * Why no plan fits, and the smallest budget increases that would make one. A device due in a phase
 * may be replaced in any phase before it too, so what the deadlines need is set against the money
 * of every phase up to theirs: `by the end of 2028: deadlines require $10.9M, the budgets of
 * 2026-2028 give $9M` (with or without carry-over, a plan can spend no more by then). Set against
 * the one phase's budget, the core routers due by 2028 "required $10.8M against $3M" though
 * $1.9M more was all they lacked.
 */
export function formatInfeasibilityText(inf: Infeasibility): string {
  // min-cost must also clean every flow that can be cleaned: the deadlines alone may well fit.
  const lines = [inf.cleanEveryFlow === true
    ? 'No plan meets every deadline and cleans every flow that can be cleaned by the last phase (--objective min-cost) within the budgets.'
    : 'No plan meets every deadline within the budgets.']
  // The phases come in order, each budget scope (all operators, or one) with its own sums.
  const sums = new Map<string, { first: string; required: number; budget: number }>()
  let short = false
  for (const p of inf.phases) {
    const scope = p.network ?? ''
    const sum = sums.get(scope) ?? { first: p.phase, required: 0, budget: 0 }
    sums.set(scope, sum)
    sum.required += p.requiredByDeadlines
    sum.budget += p.budget
    // A phase in which nothing falls due adds money and no need: its line would repeat the last.
    if (p.requiredByDeadlines === 0 || sum.required <= sum.budget + 0.005) continue
    const budgets = sum.first === p.phase ? `the budget of ${p.phase} is` : `the budgets of ${sum.first}-${p.phase} give`
    lines.push(`  ${p.network ? `${p.network} ` : ''}by the end of ${p.phase}: deadlines require ${usd(sum.required)}, ${budgets} ${usd(sum.budget)}`)
    short = true
  }
  // The sums fit, yet no plan does: without carry-over, a phase's money left over after whole
  // replacements is lost, so $500k + $100k + $100k cannot pay three routers of $233k.
  const whole = !short && inf.carryOver === false && inf.cleanEveryFlow !== true
  if (whole) {
    lines.push('  by the end of every phase the budgets add up to what the deadlines require, but each replacement is paid whole from ' +
      'the budget of the phase it is done in, and what a phase does not spend is lost' +
      (inf.dearestDue === undefined ? '' : ` (the dearest device due, ${showControls(inf.dearestDue.deviceId)}${inf.dearestDue.name === undefined ? '' : ` (${showControls(inf.dearestDue.name)})`}, costs ${usd(inf.dearestDue.cost)})`))
  }
  lines.push('Smallest budget increases that make it feasible:')
  for (const i of inf.increases) lines.push(`  ${i.phase}${i.network ? ` ${i.network}` : ''}: +${usd(i.amount)}`)
  lines.push(inf.cleanEveryFlow === true
    ? 'Raise these budgets (--budget), move deadlines, or plan with --objective max-clean to clean the most sensitive traffic the budgets allow.'
    : whole
      ? 'Raise these budgets (--budget), keep unspent money for later phases (--carry-over), or move deadlines.'
      // Not "--objective min-cost": it must meet the same deadlines within the same budgets, and
      // clean every flow besides, so it fits no better.
      : 'Raise these budgets (--budget), or move deadlines (a later remove-by date or an exemption in the policy, or --deadline-rules).')
  return `${lines.join('\n')}\n`
}

/**
 * The candidates a fund's cutoff date leaves out of the requests (`--subsidy-cutoff`), with what
 * they cost: the operators pay for them from their own budgets.
 */
export function formatIneligible(c: SubsidyComparison): string | undefined {
  if (c.ineligible === undefined) return undefined
  const { cutoff, devices } = c.ineligible
  if (devices.length === 0) return `no candidate device is dated after ${cutoff} (--subsidy-cutoff): every one is eligible, or has no date that tells`
  const shown = devices.slice(0, 3).map((d) => `${showControls(d.deviceId)} ${d.date}`).join(', ')
  const value = devices.reduce((s, d) => s + d.value, 0)
  // Their value is in no request, so in no "exposed after": it stays exposed unless the operators pay.
  return `${formatCount(devices.length, 'candidate device')} dated after ${cutoff} (--subsidy-cutoff) ${pluralOf(devices.length, 'is', 'are')} not eligible and in no request: ` +
    `${usd(devices.reduce((s, d) => s + d.cost, 0))} for the operators alone (${shown}${devices.length > 3 ? `, … and ${devices.length - 3} more` : ''})` +
    (value > 0 ? `; the value ${pluralOf(devices.length, 'it cleans', 'they clean')}, ${formatVolume(value)}, is not counted as exposed above` : '')
}

/**
 * Both subsidy rules side by side, per operator. `uncleanableFlows` counts the exposed flows that
 * cross nodes no replacement cleans (unknown nodes, devices no rule makes candidates): the volume
 * still exposed is that of the flows replacements can clean, and the line says so when there are others.
 */
export function formatSubsidyText(c: SubsidyComparison, uncleanableFlows = 0): string {
  // The requests are the operators' candidates, every one of them, not only the plan's choice: a
  // total above the plan's cost is no mistake, and the line says whose cost it is.
  const lines = [`Subsidy of ${usd(c.prorate.fund)} against ${usd(c.prorate.totals.requested)} requested to replace every ${c.ineligible ? 'eligible ' : ''}candidate device ` +
    `(equal proration pays ${pct(c.prorate.factor)} of each request):`]
  lines.push(`  ${'operator'.padEnd(14)} ${'requested'.padStart(14)} ${'prorate: gets'.padStart(14)} ${'exposed after'.padStart(14)} ${'impact: gets'.padStart(14)} ${'exposed after'.padStart(14)}`)
  const requested = new Map(c.prorate.operators.map((o) => [o.operator, o.requested]))
  for (const o of c.operators) {
    lines.push(`  ${o.operator.padEnd(14)} ${usd(requested.get(o.operator) ?? 0).padStart(14)} ${usd(o.prorate.granted).padStart(14)} ` +
      `${formatVolume(o.prorate.exposed).padStart(14)} ${usd(o.impact.granted).padStart(14)} ${formatVolume(o.impact.exposed).padStart(14)}`)
  }
  // The plan's value, not the exposure's volume: a secret flow of 2,500 counts 25,000 (class weights).
  lines.push(`  value still exposed (volume × class weight, counted once, not per phase as in the plan's value): ${formatVolume(c.prorate.totals.exposed)} under proration, ` +
    `${formatVolume(c.impact.totals.exposed)} when paying by impact` +
    (uncleanableFlows > 0 ? ` (of the flows replacements can clean; ${uncleanableFlows.toLocaleString('en-US')} more ${pluralOf(uncleanableFlows, 'crosses', 'cross')} nodes no replacement cleans)` : ''))
  const ineligible = formatIneligible(c)
  if (ineligible !== undefined) lines.push(`  ${ineligible}`)
  // Money no rule hands out: a table of $0 grants by impact said nothing of the fund left over.
  for (const [name, split] of [['equal proration', c.prorate], ['paying by impact', c.impact]] as const) {
    const left = split.totals.unallocated
    if (left < 0.005) continue
    lines.push(split.totals.granted >= split.totals.requested - 0.005
      ? `  ${name} meets every request in full and leaves ${usd(left)} of the fund unallocated`
      : `  ${name} leaves ${usd(left)} of the fund unallocated: it pays whole replacements, and each one still unfunded costs more than that`)
  }
  return `${lines.join('\n')}\n`
}
