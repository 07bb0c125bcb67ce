/**
 * Splitting a replacement subsidy fund among operators' requests, by two rules:
 *
 * - `prorate`: every operator gets the same share of its request, fund / Σ requested (at most
 *   100 %). This is the rule of the FCC Secure and Trusted Communications Networks Reimbursement
 *   Program, which prorated allocations "on an equal basis" when demand exceeded its $1.9 billion.
 * - `impact`: the fund pays for replacements in order of sensitive volume cleaned per dollar,
 *   across operators, until it runs out; each operator gets the sum of its funded replacements
 *   (never more than it requested).
 *
 * For each operator the result says what it gets, which of its candidates it can replace with
 * that money (best value per dollar first), the sensitive volume cleaned, and what stays exposed.
 * Candidate values are taken as additive: a flow crossing two candidates should have its volume
 * split between them by the caller, or it is counted twice.
 */
import { TrustpathError } from '../errors.js'

/** How a fund is split among requests. */
export type SubsidyRule = 'prorate' | 'impact'
export const SUBSIDY_RULES = ['prorate', 'impact'] as const satisfies readonly SubsidyRule[]

/** A replacement an operator asks money for. */
export type SubsidyCandidate = {
  deviceId: string
  /** What replacing it costs, USD. */
  cost: number
  /** Sensitive volume cleaned if it is replaced (flow value: class weight × volume). */
  value: number
}

/** One operator's request for subsidy. */
export type SubsidyRequest = {
  operator: string
  /** Amount requested, USD (usually the sum of the candidates' costs). */
  requested: number
  candidates: readonly SubsidyCandidate[]
}

/** What one operator gets under a rule. */
export type OperatorSubsidy = {
  operator: string
  requested: number
  granted: number
  /** granted / requested (1 when nothing was requested). */
  share: number
  /** Device ids it can replace with the grant, in the order chosen (best value per dollar first). */
  replaced: string[]
  /** Cost of those replacements (≤ granted). */
  replacedCost: number
  /** Sensitive volume cleaned by those replacements. */
  cleaned: number
  /** Sensitive volume of its candidates that stays exposed. */
  exposed: number
}

/** A fund split among operators by one rule. */
export type SubsidyAllocation = {
  rule: SubsidyRule
  fund: number
  /** `prorate`: the share every operator gets (fund / Σ requested, at most 1); `impact`: granted / Σ requested. */
  factor: number
  /** Per operator, sorted by operator. */
  operators: OperatorSubsidy[]
  totals: { requested: number; granted: number; unallocated: number; cleaned: number; exposed: number }
}

/** Both rules on the same requests, side by side. */
export type SubsidyComparison = {
  prorate: SubsidyAllocation
  impact: SubsidyAllocation
  /** Per operator, sorted by operator: granted, cleaned and exposed under each rule. */
  operators: {
    operator: string
    prorate: Pick<OperatorSubsidy, 'granted' | 'cleaned' | 'exposed'>
    impact: Pick<OperatorSubsidy, 'granted' | 'cleaned' | 'exposed'>
  }[]
  /**
   * Candidates left out of the requests as obtained after the fund's cutoff date (`ineligibleAfter`),
   * dearest first, then by id; their value (as a candidate's) is in no operator's `exposed`.
   */
  ineligible?: { cutoff: string; devices: { deviceId: string; cost: number; value: number; date: string }[] }
}

/**
 * Whether a device dated `date` (yyyy-mm-dd, or yyyy-mm or yyyy when only the month or the year is
 * known; of manufacture or of purchase) was obtained after `cutoff` (yyyy-mm-dd) for certain: the
 * whole day, month or year falls after it. A fund may pay only for equipment obtained by a date:
 * the FCC's Secure and Trusted Communications Networks Reimbursement Program reimburses covered
 * equipment obtained on or before 2020-06-30. A device made after the cutoff was bought after it
 * too; one made before it may have been bought either side, and is not told ineligible.
 *
 * @throws TrustpathError `usage` when either date is written otherwise.
 * @example
 * ineligibleAfter('2021', '2020-06-30') // true
 * ineligibleAfter('2020-03', '2020-06-30') // false
 */
export function ineligibleAfter(date: string, cutoff: string): boolean {
  // Dates are compared as text, which is right for ISO dates only: "06/30/2020" as the cutoff made every device dated 2021 eligible.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(cutoff)) {
    throw new TrustpathError('usage', `plan/ineligibleAfter: the cutoff "${cutoff}" is not a date`, { hint: 'Write it as YYYY-MM-DD, e.g. 2020-06-30 (the FCC program\'s).' })
  }
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) {
    throw new TrustpathError('usage', `plan/ineligibleAfter: the device's date "${date}" is not an ISO date`, { hint: 'Write it as yyyy-mm-dd, yyyy-mm or yyyy, as Device.manufactured holds it.' })
  }
  const first = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date
  return first > cutoff
}

const amountOk = (n: number): boolean => Number.isFinite(n) && n >= 0

function validate(fund: number, requests: readonly SubsidyRequest[], rule: string): void {
  const fn = 'plan/allocateSubsidy'
  if (!amountOk(fund)) throw new TrustpathError('usage', `${fn}: the fund must be a finite amount ≥ 0; got ${fund}.`)
  if (!(SUBSIDY_RULES as readonly string[]).includes(rule)) {
    throw new TrustpathError('usage', `${fn}: unknown rule "${rule}".`, { hint: `Use one of ${SUBSIDY_RULES.join(', ')}.` })
  }
  const operators = new Set<string>()
  for (const r of requests) {
    if (operators.has(r.operator)) {
      throw new TrustpathError('input_invalid', `${fn}: operator "${r.operator}" has two requests.`, { hint: 'Merge them into one request per operator.' })
    }
    operators.add(r.operator)
    if (!amountOk(r.requested)) throw new TrustpathError('input_invalid', `${fn}: operator "${r.operator}" requests ${r.requested}; expected a finite amount ≥ 0.`)
    const ids = new Set<string>()
    for (const c of r.candidates) {
      if (ids.has(c.deviceId)) throw new TrustpathError('input_invalid', `${fn}: device "${c.deviceId}" appears twice in the request of "${r.operator}".`)
      ids.add(c.deviceId)
      if (!amountOk(c.cost) || !amountOk(c.value)) {
        throw new TrustpathError('input_invalid', `${fn}: device "${c.deviceId}" of "${r.operator}" has cost ${c.cost} and value ${c.value}; both must be finite and ≥ 0.`)
      }
    }
  }
}

/**
 * Best value per dollar first; free replacements first of all; ties by higher value, then device
 * id, so the order never depends on input order.
 */
function byValuePerCost(a: SubsidyCandidate, b: SubsidyCandidate): number {
  const ra = a.cost === 0 ? Number.POSITIVE_INFINITY : a.value / a.cost
  const rb = b.cost === 0 ? Number.POSITIVE_INFINITY : b.value / b.cost
  if (ra !== rb) return ra > rb ? -1 : 1
  if (a.value !== b.value) return b.value - a.value
  return a.deviceId.localeCompare(b.deviceId)
}

/** Which candidates a budget pays for: best value per dollar first, skipping what no longer fits. */
function fill(candidates: readonly SubsidyCandidate[], budget: number): SubsidyCandidate[] {
  const chosen: SubsidyCandidate[] = []
  let left = budget
  for (const c of candidates.toSorted(byValuePerCost)) {
    if (c.cost <= left + 1e-9) {
      chosen.push(c)
      left -= c.cost
    }
  }
  return chosen
}

function summarize(request: SubsidyRequest, granted: number, chosen: readonly SubsidyCandidate[]): OperatorSubsidy {
  const total = request.candidates.reduce((s, c) => s + c.value, 0)
  const cleaned = chosen.reduce((s, c) => s + c.value, 0)
  return {
    operator: request.operator,
    requested: request.requested,
    granted,
    share: request.requested === 0 ? 1 : granted / request.requested,
    replaced: chosen.map((c) => c.deviceId),
    replacedCost: chosen.reduce((s, c) => s + c.cost, 0),
    cleaned,
    exposed: total - cleaned,
  }
}

/**
 * Splits `fund` among `requests` by `rule` and says, per operator, what it gets, what it can
 * replace with it and the sensitive volume cleaned and still exposed.
 * @example
 * allocateSubsidy(1.9e9, requests, 'prorate').factor // fund / Σ requested, e.g. 0.3815 for 4.98B requested
 */
export function allocateSubsidy(fund: number, requests: readonly SubsidyRequest[], rule: SubsidyRule): SubsidyAllocation {
  validate(fund, requests, rule)
  const sorted = requests.toSorted((a, b) => a.operator.localeCompare(b.operator))
  const requested = sorted.reduce((s, r) => s + r.requested, 0)
  let operators: OperatorSubsidy[]
  let factor: number
  if (rule === 'prorate') {
    factor = requested === 0 ? 1 : Math.min(1, fund / requested)
    operators = sorted.map((r) => {
      const granted = r.requested * factor
      return summarize(r, granted, fill(r.candidates, granted))
    })
  } else {
    // One queue over all operators' candidates; an operator is never granted more than it asked.
    const queue = sorted.flatMap((r) => r.candidates.map((c) => ({ operator: r.operator, c })))
      .toSorted((x, y) => byValuePerCost(x.c, y.c) || x.operator.localeCompare(y.operator))
    const grantedTo = new Map<string, number>(sorted.map((r) => [r.operator, 0]))
    const chosenBy = new Map<string, SubsidyCandidate[]>(sorted.map((r) => [r.operator, []]))
    const cap = new Map<string, number>(sorted.map((r) => [r.operator, r.requested]))
    let left = fund
    for (const { operator, c } of queue) {
      const got = grantedTo.get(operator)!
      if (c.cost <= left + 1e-9 && got + c.cost <= cap.get(operator)! + 1e-9) {
        chosenBy.get(operator)!.push(c)
        grantedTo.set(operator, got + c.cost)
        left -= c.cost
      }
    }
    operators = sorted.map((r) => summarize(r, grantedTo.get(r.operator)!, chosenBy.get(r.operator)!))
    const granted = operators.reduce((s, o) => s + o.granted, 0)
    factor = requested === 0 ? 1 : granted / requested
  }
  const granted = operators.reduce((s, o) => s + o.granted, 0)
  return {
    rule,
    fund,
    factor,
    operators,
    totals: {
      requested,
      granted,
      unallocated: Math.max(0, fund - granted),
      cleaned: operators.reduce((s, o) => s + o.cleaned, 0),
      exposed: operators.reduce((s, o) => s + o.exposed, 0),
    },
  }
}

/**
 * Allocates the same fund by both rules and lines the results up per operator.
 * @example
 * const { operators } = compareSubsidyRules(fund, requests)
 * for (const o of operators) console.log(o.operator, o.prorate.exposed, o.impact.exposed)
 */
export function compareSubsidyRules(fund: number, requests: readonly SubsidyRequest[]): SubsidyComparison {
  const prorate = allocateSubsidy(fund, requests, 'prorate')
  const impact = allocateSubsidy(fund, requests, 'impact')
  const pick = (o: OperatorSubsidy): Pick<OperatorSubsidy, 'granted' | 'cleaned' | 'exposed'> =>
    ({ granted: o.granted, cleaned: o.cleaned, exposed: o.exposed })
  return {
    prorate,
    impact,
    operators: prorate.operators.map((p, i) => ({ operator: p.operator, prorate: pick(p), impact: pick(impact.operators[i]!) })),
  }
}
