/**
 * Planning phases (years or quarters), budgets per phase, and which phase a deadline falls in.
 * Parsers take the text of the `--phases` and `--budget` options and throw `TrustpathError('usage')`
 * naming the bad part, with an example of the right form.
 */
import { parseWrittenNumber } from '../util/amount.js'
import { TrustpathError } from '../errors.js'
import type { Budgets, Phase } from './types.js'

/** More phases than this is a typo (`2026-20260`), not a plan. */
const MAX_PHASES = 200

const YEAR = /^(\d{4})$/
const YEAR_RANGE = /^(\d{4})\s*(?:-|\.\.)\s*(\d{4})$/
const QUARTER = /^(\d{4})-?Q([1-4])$/i
const QUARTER_RANGE = /^(\d{4})-?Q([1-4])\s*(?:-|\.\.)\s*(\d{4})-?Q([1-4])$/i
/** A quarter written quarter first, as reports write it: `Q1 2026`, `Q1/2026`, `Q1-2026`. */
const QUARTER_FIRST = /^Q([1-4])[\s/-]*(\d{4})$/i

/**
 * A phase as written in a document or a sheet, in the form the patterns read: a range's en or em
 * dash (`2026–2029`) as a hyphen, and a quarter written quarter first (`Q1 2026..Q4 2027`) year first.
 */
function normalizePhasePart(written: string): string {
  // Split at the dots, each side trimmed: a pattern with blanks before the dots was tried from each
  // blank of a long run of them (a cell of 40,000 spaces took seconds).
  return written.replace(/[\u2013\u2014]/g, '-').split('..')
    .map((side) => side.trim().replace(QUARTER_FIRST, (_, q: string, y: string) => `${y}-Q${q}`)).join('..')
}

const PHASES_EXAMPLE = 'Write years or quarters separated by commas, e.g. --phases 2026,2027,2028, --phases 2026-2029, --phases 2026-Q1,2026-Q2 or --phases 2026Q1..2027Q4.'

const pad = (n: number): string => String(n).padStart(2, '0')
const QUARTER_END_DAY = [31, 30, 30, 31] as const

function yearPhase(year: number): Phase {
  return { id: String(year), start: `${year}-01-01`, end: `${year}-12-31` }
}

function quarterPhase(year: number, quarter: number): Phase {
  const firstMonth = (quarter - 1) * 3 + 1
  return {
    id: `${year}-Q${quarter}`,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(firstMonth + 2)}-${QUARTER_END_DAY[quarter - 1]}`,
  }
}

/**
 * Parses `--phases`: years (`2026,2027`), year ranges (`2026-2029`, `2026..2029`, `2026–2029`),
 * quarters (`2026-Q1`, `2026Q1`, `Q1 2026`) and quarter ranges (`2026Q1..2027Q4`, `2026Q1-2027Q4`),
 * comma-separated. Phases come back
 * sorted by start; years and quarters may not be mixed, and no phase may repeat.
 * @example
 * parsePhases('2026-2029').map((p) => p.id) // ['2026', '2027', '2028', '2029']
 */
export function parsePhases(spec: string): Phase[] {
  const parts = spec.split(',').map((p) => p.trim())
  if (parts.every((p) => p === '')) throw new TrustpathError('usage', '--phases: no phase given.', { hint: PHASES_EXAMPLE })
  const phases: Phase[] = []
  let kind: 'year' | 'quarter' | undefined
  const setKind = (k: 'year' | 'quarter', part: string): void => {
    if (kind !== undefined && kind !== k) {
      throw new TrustpathError('usage', `--phases: "${part}" mixes ${k === 'year' ? 'a year' : 'a quarter'} with ${kind === 'year' ? 'years' : 'quarters'}.`, {
        hint: 'Use either years (2026,2027) or quarters (2026-Q1,2026-Q2), not both.',
      })
    }
    kind = k
  }
  const add = (p: Phase, part: string): void => {
    if (phases.length >= MAX_PHASES) {
      throw new TrustpathError('usage', `--phases: "${part}" makes more than ${MAX_PHASES} phases.`, { hint: PHASES_EXAMPLE })
    }
    phases.push(p)
  }
  for (const written of parts) {
    if (written === '') throw new TrustpathError('usage', `--phases: empty phase in "${spec}".`, { hint: PHASES_EXAMPLE })
    const part = normalizePhasePart(written)
    let m: RegExpExecArray | null
    if ((m = YEAR.exec(part))) {
      setKind('year', part)
      add(yearPhase(Number(m[1])), part)
    } else if ((m = YEAR_RANGE.exec(part))) {
      setKind('year', part)
      const from = Number(m[1])
      const to = Number(m[2])
      if (to < from) throw new TrustpathError('usage', `--phases: the range "${part}" ends before it starts.`, { hint: `Write it as ${to}-${from}.` })
      for (let y = from; y <= to; y++) add(yearPhase(y), part)
    } else if ((m = QUARTER.exec(part))) {
      setKind('quarter', part)
      add(quarterPhase(Number(m[1]), Number(m[2])), part)
    } else if ((m = QUARTER_RANGE.exec(part))) {
      setKind('quarter', part)
      const from = Number(m[1]) * 4 + Number(m[2]) - 1
      const to = Number(m[3]) * 4 + Number(m[4]) - 1
      if (to < from) throw new TrustpathError('usage', `--phases: the range "${part}" ends before it starts.`, { hint: PHASES_EXAMPLE })
      for (let q = from; q <= to; q++) add(quarterPhase(Math.floor(q / 4), (q % 4) + 1), part)
    } else {
      throw new TrustpathError('usage', `--phases: "${written}" is not a year, a quarter or a range of them.`, { hint: PHASES_EXAMPLE })
    }
  }
  const sorted = phases.toSorted((a, b) => a.start.localeCompare(b.start))
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id) {
      throw new TrustpathError('usage', `--phases: phase ${sorted[i]!.id} is given twice.`, { hint: 'List every phase once.' })
    }
  }
  return sorted
}

const BUDGET_EXAMPLE = 'Examples: --budget 5000000 (every phase, all operators), --budget 2026=4000000,2027=6000000 (per phase), ' +
  '--budget op-de:2026=3000000 or --budget op-de:5000000 (one operator). Amounts are US dollars; k, M and B suffixes are allowed (4.5M).'

/** Options of `parseBudgets`. */
export type ParseBudgetsOptions = {
  /** Unspent money of a phase stays available in later phases (`--carry-over`). @default false */
  carryOver?: boolean
}

const SUFFIX: Readonly<Record<string, number>> = { '': 1, k: 1e3, m: 1e6, b: 1e9 }

/**
 * A comma that is not a thousands separator (one followed by exactly three digits, in groups after
 * one to three leading digits): `1,5M`, `2,75`, `1,50,000`. Commas are read as thousands
 * separators only, so such a comma is almost surely a decimal comma, and dropping it would read
 * `1,5M` as 15M.
 */
const THOUSANDS = /^\$?\s*\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*[kmb]?$/i

/**
 * A dot before exactly three digits and nothing after (`300.000`, `$1.500`): the way much of
 * Europe groups thousands. Read as a decimal point, `--budget 300.000` was a budget of $300.
 */
const DOT_THOUSANDS = /^\$?\s*[1-9]\d{0,2}(?:\.\d{3})+$/

/**
 * An amount of money as written on a command line: `5000000`, `4.5M`, `250k`, `1.9B`, `$1,200,000`
 * (rounded to cents); undefined when the text is not one, including a comma that is not a
 * thousands separator (`1,5M`: see `moneyUsageError`).
 */
export function parseMoney(written: string): number | undefined {
  // `300k USD`, `USD 300k`, `US$300k`: the currency the amounts are in anyway.
  const raw = written.trim().replace(/^(?:USD|US\s?\$)\s*|\s*USD$/i, '')
  if (raw.includes(',') && !THOUSANDS.test(raw.trim())) return undefined
  if (DOT_THOUSANDS.test(raw.trim())) return undefined
  const m = /^(\d+(?:\.\d+)?)([kmb]?)$/i.exec(raw.replace(/[_,\s$]/g, ''))
  return m === null ? undefined : Math.round(Number(m[1]) * SUFFIX[m[2]!.toLowerCase()]! * 100) / 100
}

/**
 * The usage error for an amount `parseMoney` refused, for the option `what` (`--budget 2026=1,5M`):
 * a decimal comma is named as such, with the amounts to write instead.
 */
export function moneyUsageError(raw: string, what: string, hint: string): TrustpathError {
  const decimal = raw.replace(',', '.')
  const asDecimal = raw.split(',').length === 2 ? parseMoney(decimal) : undefined
  if (raw.includes(',') && asDecimal !== undefined) {
    const plain = String(asDecimal)
    const ways = decimal.replace(/^\$/, '') === plain ? `"${decimal}"` : `"${decimal}" or "${plain}"`
    return new TrustpathError('usage', `${what}: "${raw}" is not an amount: a comma is read only as a thousands separator (followed by exactly three digits, as in 1,500,000), ` +
      `and this one is not, so it may be a decimal comma.`, { hint: `Write ${ways} if you mean ${asDecimal.toLocaleString('en-US')}.` })
  }
  if (DOT_THOUSANDS.test(raw.trim())) {
    const grouped = Number(raw.replace(/[$\s.]/g, ''))
    const short = grouped % 1e3 !== 0 ? undefined : grouped >= 1e6 ? `${grouped / 1e6}M` : `${grouped / 1e3}k`
    const hint = `Write "${grouped}"${short === undefined ? '' : ` or "${short}"`} if you mean ${grouped.toLocaleString('en-US')}.`
    const dots = raw.split('.').length - 1
    return new TrustpathError('usage', dots > 1
      ? `${what}: "${raw}" is not an amount: a dot is read only as the decimal point, and dots grouping thousands are not read.`
      : `${what}: "${raw}" may be ${grouped.toLocaleString('en-US')} (a dot grouping thousands) or ` +
        `${Number(raw.replace(/[$\s]/g, '')).toLocaleString('en-US')} (a decimal point): it is not read either way.`, { hint })
  }
  if (raw.includes(',')) {
    return new TrustpathError('usage', `${what}: "${raw}" is not an amount: a comma is read only as a thousands separator (followed by exactly three digits, as in 1,500,000).`, { hint })
  }
  const written = parseWrittenNumber(raw, { money: true })
  if ('problem' in written && written.problem === 'currency') {
    return new TrustpathError('usage', `${what}: "${raw}" is in ${written.currency}: amounts are US dollars.`, { hint: `Convert it to US dollars at your rate. ${hint}` })
  }
  const why = /^\s*-/.test(raw) ? ': an amount cannot be negative'
    : /^\s*\$?\d+(?:\.\d+)?e[+-]?\d+\s*$/i.test(raw) ? ': write it in digits, with a k, M or B suffix if you like (1.9B), not in exponent notation'
      : ''
  return new TrustpathError('usage', `${what}: "${raw}" is not an amount${why}.`, { hint })
}

function parseAmount(raw: string, spec: string): number {
  const amount = parseMoney(raw)
  if (amount === undefined && raw.includes(';')) {
    throw new TrustpathError('usage', `--budget ${spec}: "${raw}" is not an amount: phases are separated by commas.`, { hint: `Write ${spec.replace(/;/g, ',')}.` })
  }
  if (amount === undefined) throw moneyUsageError(raw, `--budget ${spec}`, BUDGET_EXAMPLE)
  return amount
}

/**
 * The `phase=amount` items of a per-phase budget. A comma separates items, but a part without "="
 * that starts with a digit, right after an amount ending in one, continues that amount
 * (`2026=1,500,000`; `2026=1,5M` then gets the decimal-comma message), unless it is a phase.
 */
function budgetItems(rest: string, phaseIds: readonly string[]): string[] {
  const items: string[] = []
  for (const part of rest.split(',')) {
    const p = part.trim()
    if (items.length > 0 && !p.includes('=') && /^\d/.test(p) && !phaseIds.includes(normalizePhaseId(p)) && /\d$/.test(items[items.length - 1]!.trim())) {
      items[items.length - 1] += `,${part}`
    } else items.push(part)
  }
  return items
}

/**
 * Parses the `--budget` options into budgets per phase, shared by all operators or per operator
 * network. A spec without a phase (`5000000`, `op-de:5000000`) applies to every phase; a spec
 * with phases gives those phases and leaves the others of that scope at 0 unless an
 * every-phase spec of the same scope fills them. Giving one scope and phase twice is an error.
 * @example
 * parseBudgets(['5M', 'op-de:2026=3M'], parsePhases('2026-2027'), ['op-de', 'op-fr'], { carryOver: true })
 * // { shared: { 2026: 5e6, 2027: 5e6 }, byNetwork: { 'op-de': { 2026: 3e6, 2027: 0 } }, carryOver: true }
 */
export function parseBudgets(
  specs: readonly string[],
  phases: readonly Phase[],
  networks: readonly string[],
  options: ParseBudgetsOptions = {},
): Budgets {
  if (phases.length === 0) throw new TrustpathError('usage', 'plan/parseBudgets: no phases are defined.', { hint: 'Give --phases before budgets, e.g. --phases 2026-2029.' })
  const phaseIds = phases.map((p) => p.id)
  /** Scope ('' = shared) → { every: amount for unlisted phases, byPhase }. */
  const scopes = new Map<string, { every?: number; byPhase: Map<string, number> }>()
  for (const [i, raw] of specs.entries()) {
    const spec = raw.trim()
    if (spec === '') throw new TrustpathError('usage', '--budget: empty value.', { hint: BUDGET_EXAMPLE })
    // `--budget 400 000`, thousands grouped by a space as in French: the shell hands over two
    // budgets, and the second ("000") was told as an every-phase budget given twice.
    const before = specs[i - 1]?.trim()
    if (/^\d{3}(?:[.,]\d+)?$/.test(spec) && before !== undefined && /\d$/.test(before)) {
      throw new TrustpathError('usage', `--budget ${before} ${spec}: the space splits one amount in two, as the shell passes it.`, {
        hint: `Write it without the space (${before.replace(/^.*[:=]/, '')}${spec}), or quote the whole budget.`,
      })
    }
    // `op-de:2026=3000000`: the network is what comes before the first colon.
    const colon = spec.indexOf(':')
    const written = colon === -1 ? '' : spec.slice(0, colon).trim()
    // The topology file's name (`Abilene`) may differ in case from the inventory's (`abilene`).
    const sameName = networks.filter((n) => n.toLowerCase() === written.toLowerCase())
    const network = networks.includes(written) || sameName.length !== 1 ? written : sameName[0]!
    const rest = colon === -1 ? spec : spec.slice(colon + 1).trim()
    if (colon !== -1 && !networks.includes(network) && phaseIds.includes(normalizePhaseId(network))) {
      // `2026: 1M`, as a sheet or a YAML file writes a phase's amount.
      const amount = rest.split(/[,;]/)[0]!.trim()
      throw new TrustpathError('usage', `--budget ${spec}: "${network}" is a phase, and a colon follows an operator network.`, {
        hint: `Write ${normalizePhaseId(network)}=${amount} for the phase (op-de:${normalizePhaseId(network)}=${amount} for one operator's).`,
      })
    }
    if (colon !== -1 && !networks.includes(network)) {
      throw new TrustpathError('usage', `--budget ${spec}: no operator network "${network}" is loaded.`, {
        hint: networks.length === 0
          ? 'No networks are loaded, so only shared budgets apply: drop the "<network>:" prefix.'
          : `Known networks: ${networks.join(', ')}. ${BUDGET_EXAMPLE}`,
      })
    }
    const scope = scopes.get(network) ?? { byPhase: new Map<string, number>() }
    scopes.set(network, scope)
    const who = network === '' ? 'all operators' : `network ${network}`
    if (!rest.includes('=')) {
      // `--budget 2026` is a phase without its amount far more often than a budget of $2,026.
      if (phaseIds.includes(normalizePhaseId(rest))) {
        throw new TrustpathError('usage', `--budget ${spec}: "${rest}" is a phase, not an amount.`, { hint: `Write ${rest}=<amount>, e.g. ${rest}=4000000.` })
      }
      // The amount first: `--budget 5 M` gives "M" as a second budget, which is no amount at all.
      const every = parseAmount(rest, spec)
      if (scope.every !== undefined) {
        throw new TrustpathError('usage', `--budget ${spec}: an every-phase budget for ${who} was already given.`, { hint: 'Give one every-phase budget per scope.' })
      }
      scope.every = every
      continue
    }
    const items = budgetItems(rest, phaseIds)
    for (const item of items) {
      const eq = item.indexOf('=')
      if (eq === -1) {
        // `1.2M,2028=0`, every phase but one: the every-phase amount goes in a --budget of its own,
        // which the phase's amount then overrides.
        const prefix = colon === -1 ? '' : `${network}:`
        const phases = items.filter((i) => i.includes('=')).map((i) => i.trim())
        throw new TrustpathError('usage', `--budget ${spec}: "${item.trim()}" has no "=".`, {
          hint: parseMoney(item.trim()) !== undefined && phases.length > 0
            ? `An amount for every phase goes in a --budget of its own, and the phases' amounts override it: --budget ${prefix}${item.trim()} --budget ${prefix}${phases.join(',')}.`
            : BUDGET_EXAMPLE,
        })
      }
      const phase = normalizePhaseId(item.slice(0, eq).trim())
      if (!phaseIds.includes(phase)) {
        const key = item.slice(0, eq).trim()
        const amount = item.slice(eq + 1).trim()
        throw new TrustpathError('usage', `--budget ${spec}: "${key}" is not one of the phases (${phaseIds.join(', ')}).`, {
          hint: /^\d{4}$/.test(phase) && phaseIds.some((id) => id.startsWith(`${phase}-Q`))
            ? `The phases are quarters: give a budget per quarter (${phase}-Q1=…), or one for every phase without "=".`
            // `op-de=3M`: an operator's budget written with the phase's "=" rather than a colon.
            : network === '' && /^[^\d\s]/.test(key) && !key.includes(',')
              ? `An operator network's budget is written with a colon: ${key}:${amount} (every phase) or ${key}:${phaseIds[0]}=${amount} (one phase).`
              : BUDGET_EXAMPLE,
        })
      }
      if (scope.byPhase.has(phase)) {
        throw new TrustpathError('usage', `--budget ${spec}: the budget of phase ${phase} for ${who} was already given.`, { hint: 'Give each phase once per scope.' })
      }
      scope.byPhase.set(phase, parseAmount(item.slice(eq + 1).trim(), spec))
    }
  }
  const toRecord = (s: { every?: number; byPhase: Map<string, number> }): Record<string, number> =>
    Object.fromEntries(phaseIds.map((id) => [id, s.byPhase.get(id) ?? s.every ?? 0]))
  const budgets: Budgets = { carryOver: options.carryOver ?? false }
  const shared = scopes.get('')
  if (shared !== undefined) budgets.shared = toRecord(shared)
  const byNetwork = [...scopes].filter(([n]) => n !== '').toSorted(([a], [b]) => a.localeCompare(b))
  if (byNetwork.length > 0) budgets.byNetwork = Object.fromEntries(byNetwork.map(([n, s]) => [n, toRecord(s)]))
  return budgets
}

/** `2026q3` and `2026Q3` → `2026-Q3`; anything else unchanged. */
/** `2027q2`, `2027Q2`, `Q2 2027` → `2027-Q2`, the id `parsePhases` gives a quarter; other text as it is. */
export function normalizePhaseId(id: string): string {
  const m = QUARTER.exec(normalizePhasePart(id))
  return m === null ? id : `${m[1]}-Q${m[2]}`
}

function checkDate(fn: string, date: string): void {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN
  // The round trip rejects dates such as 2026-02-30 that Date.parse would roll over.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new TrustpathError('usage', `plan/${fn}: "${date}" is not a date.`, { hint: 'Write it as YYYY-MM-DD, e.g. 2026-12-31.' })
  }
}

/**
 * Index of the last phase that ends on or before `date`: the phase in which work must be done to
 * meet a deadline on that date. A date before the end of the first phase gives 0 (the first phase:
 * what is already prohibited goes first); a date after the last phase gives the last index.
 * @example
 * deadlinePhase('2026-12-31', parsePhases('2026-2029')) // 0
 * deadlinePhase('2029-06-30', parsePhases('2026-2029')) // 2 (2028)
 */
export function deadlinePhase(date: string, phases: readonly Phase[]): number {
  checkDate('deadlinePhase', date)
  if (phases.length === 0) throw new TrustpathError('usage', 'plan/deadlinePhase: no phases are defined.')
  let last = 0
  phases.forEach((p, i) => {
    if (p.end <= date) last = i
  })
  return last
}

/** Index of the phase that contains `date`, or undefined when no phase does. */
export function phaseOf(date: string, phases: readonly Phase[]): number | undefined {
  checkDate('phaseOf', date)
  const i = phases.findIndex((p) => p.start <= date && date <= p.end)
  return i === -1 ? undefined : i
}
