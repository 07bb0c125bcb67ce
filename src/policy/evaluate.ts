import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Device } from '../domain/device.js'
import type { Attribution, TimedOwner } from '../domain/evidence.js'
import { CONFIRM_REASONS } from '../domain/finding.js'
import type { ConfirmReason, Finding, FindingSeverity, Waiver } from '../domain/finding.js'
import { lifecycleOf, type LifecycleClass } from '../domain/lifecycle.js'
import type { Site } from '../domain/site.js'
import { EARTH_RADIUS_KM, haversineKm } from '../topology/algorithms/haversine.js'
import type { AcquiredPeriod, Exemption, ListEntry, Policy, Rule } from './policy.js'
import { editDistance, loose, suggest } from '../util/suggest.js'
import { TrustpathError } from '../errors.js'
import { boundBoughtAfter, dateSpan, formatBoughtAfter, formatSharedBound, MADE_WITHIN_YEARS_BEFORE_PURCHASE, sharedPeriod } from '../util/dates.js'

/** Mean Earth radius in km, for great-circle (haversine) distances. */
export { EARTH_RADIUS_KM }

const DAY_MS = 86_400_000

/**
 * The day number of `now`, the date a check is judged at. An Invalid Date (`new Date('30/06/2026')`,
 * which JavaScript does not read) compared as no date at all: every exemption looked expired and
 * was said to match no finding, and every remove-by deadline looked future.
 *
 * @throws TrustpathError `usage` naming `caller`, when `now` is not a Date that holds a time.
 */
export function dayOfNow(now: Date, caller: string): number {
  const time = now instanceof Date ? now.getTime() : Number.NaN
  if (Number.isNaN(time)) {
    const got = now instanceof Date ? 'an Invalid Date' : now === null || now === undefined ? String(now) : `the ${typeof now} ${JSON.stringify(now)}`
    throw new TrustpathError('usage', `${caller}: now is ${got}, not a date; deadlines and exemptions are judged at it`, {
      hint: 'Pass a Date that holds a time, such as new Date(\'2026-06-30\') (ISO yyyy-mm-dd; JavaScript reads no other way of writing a date reliably).',
    })
  }
  return Math.floor(time / DAY_MS)
}

/**
 * The list entry a rule matched, and for a prohibit rule whose list added the entry after the
 * policy's effective date (DJI on the Covered List since 2025-12-22, in a policy effective from
 * 2021-03-12) the day the prohibition applies to it from, which is then its findings' deadline.
 */
type Hit = { list: string; entry: ListEntry; from?: { date: string; day: number; note: string } }

/** An exemption with its last day as a day number, and the `waiver` its findings carry (one object, shared). */
type CompiledExemption = { exemption: Exemption; index: number; untilDay: number; waiver: Waiver }

type CompiledRule = {
  rule: Rule
  /** group → the first list of the rule naming it, and its entry. */
  groups: ReadonlyMap<string, Hit>
  roles: ReadonlySet<string> | undefined
  networks: ReadonlySet<string> | undefined
  sites: ReadonlySet<string> | undefined
  /** Lifecycle classes of the scope's `status`. */
  statuses: ReadonlySet<string> | undefined
  /** The scope's `acquired` period, and memo: the note of a device its dates place neither in nor out of it, by its date (see `acquiredVerdict`). */
  acquired: { period: AcquiredPeriod; notes: Map<string, string> } | undefined
  /** Zone centres as [lat, lon] in degrees and the id of their site; undefined when the rule has no geofence. */
  near: { km: number; centers: readonly (readonly [number, number, string])[] } | undefined
  /** Memo: is the site with this id inside the zone. */
  nearSite: Map<string, boolean>
  /** Memo: the zone note of a device placed by the site with this id (see `zoneNote`). */
  zoneNotes: Map<string, string>
  /** Memo: the note of a finding matched through a past owner, by relation (see `pastOwnerNote`). */
  pastNotes: Map<string, string>
  /** Memo: the note on the dated relations by which a device's maker is in the matched group (see `ownerNote`). */
  ownerNotes: WeakMap<readonly TimedOwner[], string | null>
  /**
   * Memo: the notes of a finding by matched group, purpose verdict and weak evidence. Findings share these arrays
   * (they are never changed), which spares an allocation per finding and lets writers cache their JSON.
   */
  notes: Map<string, Partial<Record<NoteKey, string[]>>>
  purposes: ReadonlySet<string> | undefined
  /** Day number of a remove-by date (days since 1970-01-01). */
  removeByDay: number | undefined
  /** Day number of the policy's `effective` date, for a prohibit rule: before it the prohibition does not apply yet. */
  effectiveDay: number | undefined
  /** The note of a prohibit finding before the effective date. */
  pendingNote: string | undefined
  deadline: string | undefined
  /** Day number of `deadline`. */
  deadlineDay: number | undefined
  /** Exemptions naming only this rule (no device, site or network). */
  exemptions: readonly CompiledExemption[]
}

/** A policy prepared for checking many devices: lookups built once, see `checkDevice`. */
export type CompiledPolicy = {
  readonly policy: Policy
  readonly rules: readonly CompiledRule[]
  /** Policy sites merged with the sites passed in (those win on equal ids). */
  readonly sites: ReadonlyMap<string, Site>
  /** Exemptions naming a device (with or without a rule), by device id. */
  readonly deviceExemptions: ReadonlyMap<string, readonly CompiledExemption[]>
  /** Exemptions naming a site (with or without a rule), by site id. */
  readonly siteExemptions: ReadonlyMap<string, readonly CompiledExemption[]>
  /** Exemptions naming a network (with or without a rule), by network. */
  readonly networkExemptions: ReadonlyMap<string, readonly CompiledExemption[]>
  readonly exemptions: readonly CompiledExemption[]
  /** Whether `checkDevice` returns the findings an active exemption waives, each with its `waiver` (see `CompileOptions`). */
  readonly keepWaived: boolean
  /** Problems found while compiling (a geofence around a site kind no site has). */
  readonly diagnostics: readonly Diagnostic[]
  /** Memo: a finding's notes with the note on its device's recorded status, by the notes without it and the status. */
  readonly statusNotes: WeakMap<readonly string[], Map<string, string[]>>
  /**
   * The networks and site ids that rule scopes name, each with the `CheckState` slots it marks when
   * a device of the inventory has it; a value no device has is most often a typo.
   */
  readonly scopeValues: { readonly networks: ReadonlyMap<string, readonly number[]>; readonly sites: ReadonlyMap<string, readonly number[]>; readonly slots: readonly ScopeSlot[] }
  /**
   * The networks, sites and device ids that scopes and exemptions name, by field, and memo: the
   * names a network or site value of the inventory is a near spelling of (bounded, see `spellingsOf`).
   */
  readonly named: Readonly<Record<SpelledField, {
    /** Each name, and its `loose` form. */
    readonly names: readonly (readonly [string, string])[]
    readonly memo: Map<string, readonly (readonly [string, number])[]>
  }>>
}

/** The device fields a scope or an exemption names values of, whose inventory spellings a check keeps. */
type SpelledField = 'network' | 'site' | 'device'

/** An inventory's spelling of a name the policy writes otherwise, and how far it is: 0 for case, spaces, `_` and `-`; 1 for one slip. */
export type InventorySpelling = { value: string; distance: number }

/** Spellings kept per name of the policy: the nearest, then the first in text order, so that the parts of workers merge to the same ones. */
const SPELLINGS_KEPT = 3
/** Distinct network or site values whose near names are memoized; the memo is emptied when full. */
const SPELLING_MEMO_LIMIT = 4_096

/** A network or site id written in a rule's scope, at `rules[rule].scope[key][index]`. */
type ScopeSlot = { rule: number; key: 'networks' | 'sites'; index: number; value: string }

/**
 * What `checkDevice` calls saw, for the diagnostics at the end of a run: one byte per exemption
 * (`EXEMPTION_LIFTED` when it lifted a finding, `EXEMPTION_DEVICE_SEEN` when the device it names,
 * or a device of the site or network it names, was checked), then one per rule, whose geofence test saw a device its lists name
 * (`ZONE_TESTED`), one with a position (`ZONE_LOCATED`) and one without (`ZONE_UNLOCATED`). States of several workers merge by OR.
 */
export type CheckState = {
  readonly used: Uint8Array
  /**
   * Per network, site or device id a scope or an exemption names (key `field NUL name`), the values
   * of the inventory's devices that are near spellings of it (`op_de` for `OP-DE`, `fra` for `FRA`),
   * at most three: what the diagnostics of a name no device has suggest. Bounded by the policy's names, not the inventory.
   */
  readonly spellings?: Map<string, InventorySpelling[]>
}

const ZONE_TESTED = 1
const ZONE_LOCATED = 2
const ZONE_UNLOCATED = 4
const EXEMPTION_LIFTED = 1
const EXEMPTION_DEVICE_SEEN = 2

/** A fresh `CheckState` for a compiled policy. */
export function newCheckState(compiled: CompiledPolicy): CheckState {
  return { used: new Uint8Array(compiled.exemptions.length + compiled.rules.length + compiled.scopeValues.slots.length), spellings: new Map() }
}

/**
 * Adds what `from` saw to `into`: the bytes by OR, the spellings as the nearest few of both (the
 * same whatever the order of the parts). For the states of worker threads that each saw a part of the inventory.
 */
export function mergeCheckState(into: CheckState, from: CheckState): void {
  from.used.forEach((u, i) => { into.used[i]! |= u })
  if (into.spellings === undefined || from.spellings === undefined) return
  for (const [key, spellings] of from.spellings) for (const s of spellings) keepSpelling(into.spellings, key, s.value, s.distance)
}

/** Keeps `value` among the spellings of `key` when it is one of the nearest few (see `SPELLINGS_KEPT`). */
function keepSpelling(spellings: Map<string, InventorySpelling[]>, key: string, value: string, distance: number): void {
  let kept = spellings.get(key)
  if (kept === undefined) spellings.set(key, (kept = []))
  if (kept.some((s) => s.value === value)) return
  const last = kept[kept.length - 1]
  if (kept.length >= SPELLINGS_KEPT && last !== undefined && (last.distance < distance || (last.distance === distance && last.value <= value))) return
  kept.push({ value, distance })
  kept.sort((a, b) => a.distance - b.distance || byText(a.value, b.value))
  if (kept.length > SPELLINGS_KEPT) kept.pop()
}

const NOT_DIGITS = /\D+/g

/**
 * How near `value` is to `name` as a misspelling: 0 when they differ only in case, spaces, `_` and
 * `-`; 1 for one slip (a letter added, dropped, changed, or two swapped) in names of four letters
 * or more with the same digits; undefined when they are equal or farther apart.
 */
function spellingDistance(value: string, v: string, name: string, n: string): number | undefined {
  if (value === name) return undefined
  if (v === n) return 0
  if (v.length < 4 || n.length < 4 || Math.abs(v.length - n.length) > 1) return undefined
  // A changed, added or dropped digit names another thing (op-de-4g beside op-de-5g, fra-1 beside fra-2), not a slip.
  if (v.replace(NOT_DIGITS, '') !== n.replace(NOT_DIGITS, '')) return undefined
  return editDistance(v, n) <= 1 ? 1 : undefined
}

/** The names of `field` that `value` is a near spelling of, with the distance (memoized for networks and sites). */
function spellingsOf(compiled: CompiledPolicy, field: SpelledField, value: string): readonly (readonly [string, number])[] {
  const { names, memo } = compiled.named[field]
  const known = field === 'device' ? undefined : memo.get(value)
  if (known !== undefined) return known
  const near: (readonly [string, number])[] = []
  const v = loose(value)
  for (const [name, n] of names) {
    const d = spellingDistance(value, v, name, n)
    if (d !== undefined) near.push([name, d])
  }
  if (field !== 'device') {
    if (memo.size >= SPELLING_MEMO_LIMIT) memo.clear()
    memo.set(value, near)
  }
  return near
}

/** Records the device's network, site and id where they are near spellings of names the policy writes. */
function recordSpellings(compiled: CompiledPolicy, device: Device, spellings: Map<string, InventorySpelling[]>): void {
  const { named } = compiled
  if (named.network.names.length > 0 && device.network !== undefined) {
    for (const [name, d] of spellingsOf(compiled, 'network', device.network)) keepSpelling(spellings, `network\0${name}`, device.network, d)
  }
  if (named.site.names.length > 0 && device.site !== undefined) {
    for (const [name, d] of spellingsOf(compiled, 'site', device.site)) keepSpelling(spellings, `site\0${name}`, device.site, d)
  }
  if (named.device.names.length > 0) {
    for (const [name, d] of spellingsOf(compiled, 'device', device.id)) keepSpelling(spellings, `device\0${name}`, device.id, d)
  }
}

/**
 * The inventory's other writings of a name some device has, differing only in case, spaces, `_`
 * and `-` (`OP-DE` beside `op-de`, from two merged exports): the devices so written are outside
 * the scope that names it (none: undefined).
 */
function otherCases(state: CheckState, field: SpelledField, name: string): string[] | undefined {
  const kept = state.spellings?.get(`${field}\0${name}`)?.filter((s) => s.distance === 0)
  return kept === undefined || kept.length === 0 ? undefined : kept.map((s) => s.value)
}

/** The inventory's spellings of a name no device has, for its diagnostic (none: undefined). */
function inventorySpellings(state: CheckState, field: SpelledField, name: string): { inventorySpellings: string[] } | undefined {
  const kept = state.spellings?.get(`${field}\0${name}`)
  return kept === undefined || kept.length === 0 ? undefined : { inventorySpellings: kept.map((s) => s.value) }
}

/** Days since 1970-01-01 of an ISO date (UTC). */
function dayOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS)
}

/** Great-circle distance in km between two points in decimal degrees (Earth radius 6371 km). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return haversineKm(a.lat, a.lon, b.lat, b.lon)
}

const optionalSet = (xs: readonly string[] | undefined): ReadonlySet<string> | undefined =>
  xs === undefined ? undefined : new Set(xs)

/** Options of {@link compilePolicy}. */
export type CompileOptions = {
  /**
   * Keep the findings an active exemption waives: `checkDevice` returns them with `waiver` (the
   * exemption, its reason, last day, file and line), for a report that must tell a waived device
   * from a clean one. Without it they are left out, as the counts of `exposure` and `plan` want.
   * @default false
   */
  keepWaived?: boolean
}

const COMPILE_DEFAULTS = { keepWaived: false } satisfies Required<CompileOptions>

/**
 * Prepares a policy for checking devices one at a time. `sites` (from an inventory or a sites
 * file) are merged with the policy's own `sites:`; both give the zone centres of geofences and the
 * coordinates of devices that have only a site.
 */
export function compilePolicy(policy: Policy, sites: ReadonlyMap<string, Site>, options: CompileOptions = {}): CompiledPolicy {
  const opts = { ...COMPILE_DEFAULTS, ...options } satisfies Required<CompileOptions>
  const allSites = new Map<string, Site>()
  for (const site of policy.sites) allSites.set(site.id, site)
  for (const [id, site] of sites) allSites.set(id, site)
  const diagnostics: Diagnostic[] = []
  const knownKinds = [...new Set([...allSites.values()].flatMap((s) => (s.kind === undefined ? [] : [s.kind])))].sort()

  const exemptions = policy.exemptions.map((exemption, index): CompiledExemption => {
    const waiver: Waiver = { until: exemption.until, reason: exemption.reason, target: exemptionTarget(exemption), exemption: index, file: exemption.at.file }
    if (exemption.at.line !== undefined) waiver.line = exemption.at.line
    return { exemption, index, untilDay: dayOf(exemption.until), waiver }
  })
  const byTarget = (key: 'device' | 'site' | 'network'): Map<string, CompiledExemption[]> => {
    const out = new Map<string, CompiledExemption[]>()
    for (const e of exemptions) {
      const id = e.exemption[key]
      if (id !== undefined) out.set(id, [...(out.get(id) ?? []), e])
    }
    return out
  }
  const deviceExemptions = byTarget('device')
  const siteExemptions = byTarget('site')
  const networkExemptions = byTarget('network')

  const toldCategories = new Set<string>()
  const rules = policy.rules.map((rule, r): CompiledRule => {
    // The rule's own date, else the policy's: the date its prohibition applies from.
    const effective = rule.effective ?? policy.effective
    const whose = rule.effective !== undefined ? 'the rule\'s' : 'the policy\'s'
    const groups = new Map<string, Hit>()
    for (const [i, listId] of rule.lists.entries()) {
      const list = policy.lists.get(listId)
      // parsePolicy rejects unknown lists; a hand-built policy may still name one.
      if (list === undefined) continue
      if (list.categories !== undefined && list.categories.length > 0 && !toldCategories.has(listId)) {
        toldCategories.add(listId)
        diagnostics.push({
          code: 'list_categories_unchecked', severity: 'info', at: { ...rule.at, path: ['rules', r, 'lists', i] },
          list: listId, categories: list.categories.map((c) => ({ name: c.name, since: c.since })),
        })
      }
      for (const entry of list.entries) {
        // An entry for services an entity provides names no equipment: no device matches it.
        if (entry.covers === 'services' || groups.has(entry.group)) continue
        const hit: Hit = { list: listId, entry }
        // The list names the group only from the entry's date: a policy's earlier effective date
        // cannot make the prohibition of it older.
        if (rule.effect.kind === 'prohibit' && effective !== undefined && entry.since !== undefined && entry.since > effective) {
          hit.from = {
            date: entry.since, day: dayOf(entry.since),
            note: `${listId} names ${entry.group} from ${entry.since}, after ${whose} effective date ${effective}: ` +
              'the prohibition applies to it from that day, the finding\'s deadline',
          }
        }
        groups.set(entry.group, hit)
      }
    }
    let near: CompiledRule['near']
    if (rule.scope.near !== undefined) {
      const { kind, km } = rule.scope.near
      const centers = [...allSites.values()]
        .filter((s) => s.kind === kind && s.lat !== undefined && s.lon !== undefined)
        .map((s) => [s.lat ?? 0, s.lon ?? 0, s.id] as const)
      if (centers.length === 0) {
        diagnostics.push({
          code: 'unknown_site_kind', severity: 'warning',
          at: { ...rule.at, path: ['rules', r, 'scope', 'near', 'kind'] }, kind, known: knownKinds,
          suggestions: suggest(kind, knownKinds.filter((k) => k !== kind)),
          unlocated: [...allSites.values()].filter((s) => s.kind === kind).map((s) => s.id),
        })
      }
      near = { km, centers }
    }
    const effect = rule.effect
    return {
      rule,
      groups,
      roles: optionalSet(rule.scope.roles),
      networks: optionalSet(rule.scope.networks),
      sites: optionalSet(rule.scope.sites),
      statuses: optionalSet(rule.scope.status),
      acquired: rule.scope.acquired === undefined ? undefined : { period: rule.scope.acquired, notes: new Map() },
      near,
      nearSite: new Map(),
      zoneNotes: new Map(),
      pastNotes: new Map(),
      ownerNotes: new WeakMap(),
      notes: new Map(),
      purposes: optionalSet(rule.purposes),
      removeByDay: effect.kind === 'remove_by' ? dayOf(effect.date) : undefined,
      effectiveDay: effect.kind === 'prohibit' && effective !== undefined ? dayOf(effective) : undefined,
      pendingNote: effect.kind === 'prohibit' && effective !== undefined && rule.severity === undefined
        ? `the prohibition applies from ${effective}, ${whose} effective date: until then the finding is a warning`
        : undefined,
      deadline: effect.kind === 'remove_by' ? effect.date : effect.kind === 'prohibit' ? effective : undefined,
      deadlineDay: effect.kind === 'remove_by' ? dayOf(effect.date) : effect.kind === 'prohibit' && effective !== undefined ? dayOf(effective) : undefined,
      exemptions: exemptions.filter((e) => e.exemption.rule === rule.id && e.exemption.device === undefined && e.exemption.site === undefined && e.exemption.network === undefined),
    }
  })
  const slots: ScopeSlot[] = []
  const slotsOf = (key: ScopeSlot['key']): Map<string, number[]> => {
    const byValue = new Map<string, number[]>()
    policy.rules.forEach((rule, r) => rule.scope[key]?.forEach((value, index) => {
      const slot = exemptions.length + rules.length + slots.length
      slots.push({ rule: r, key, index, value })
      byValue.set(value, [...(byValue.get(value) ?? []), slot])
    }))
    return byValue
  }
  const scopeValues = { networks: slotsOf('networks'), sites: slotsOf('sites'), slots }
  const namedBy = (values: Iterable<string>) => ({
    names: [...new Set(values)].map((name) => [name, loose(name)] as const), memo: new Map<string, readonly (readonly [string, number])[]>(),
  })
  const named = {
    network: namedBy([...scopeValues.networks.keys(), ...networkExemptions.keys()]),
    site: namedBy([...scopeValues.sites.keys(), ...siteExemptions.keys()]),
    device: namedBy(deviceExemptions.keys()),
  }
  return {
    policy, rules, sites: allSites, deviceExemptions, siteExemptions, networkExemptions, exemptions, keepWaived: opts.keepWaived,
    diagnostics, statusNotes: new WeakMap(), scopeValues, named,
  }
}

function inZone(near: NonNullable<CompiledRule['near']>, lat: number, lon: number): boolean {
  for (const [clat, clon] of near.centers) if (haversineKm(lat, lon, clat, clon) <= near.km) return true
  return false
}

/**
 * Where a device inside a rule's zone is: the nearest zone centre and its distance, and whether the
 * device's own position or its site's placed it, so that a reader can check the geofence.
 */
function zoneNote(c: CompiledRule, device: Device, sites: ReadonlyMap<string, Site>): string {
  const near = c.near!
  const own = device.lat !== undefined && device.lon !== undefined
  if (!own) {
    const memo = c.zoneNotes.get(device.site!)
    if (memo !== undefined) return memo
  }
  const site = own ? undefined : sites.get(device.site!)
  const lat = own ? device.lat! : site!.lat!
  const lon = own ? device.lon! : site!.lon!
  let nearest = near.centers[0]!
  let km = Infinity
  for (const center of near.centers) {
    const d = haversineKm(lat, lon, center[0], center[1])
    if (d < km) { km = d; nearest = center }
  }
  const name = sites.get(nearest[2])?.name
  const note = `${km.toFixed(2)} km from ${c.rule.scope.near!.kind} site ${JSON.stringify(nearest[2])}` +
    `${name !== undefined && name !== nearest[2] ? ` (${name})` : ''}, inside the rule's ${near.km} km zone, ` +
    (own ? 'by the device\'s own lat/lon' : `by the coordinates of its site ${JSON.stringify(device.site)}`)
  if (!own) c.zoneNotes.set(device.site!, note)
  return note
}

/** Whether the rule's scope holds the device; `zone`, when given, records the geofence test (see `CheckState`). */
function inScope(c: CompiledRule, device: Device, sites: ReadonlyMap<string, Site>, zone?: { state: CheckState; slot: number }): boolean {
  if (c.roles !== undefined && (device.role === undefined || !c.roles.has(device.role))) return false
  if (c.networks !== undefined && (device.network === undefined || !c.networks.has(device.network))) return false
  if (c.sites !== undefined && (device.site === undefined || !c.sites.has(device.site))) return false
  if (c.statuses !== undefined && !c.statuses.has(lifecycleOf(device.status))) return false
  if (c.near !== undefined) {
    // The device's own position wins over its site's; a device with neither is outside every zone.
    if (device.lat !== undefined && device.lon !== undefined) {
      if (zone !== undefined) zone.state.used[zone.slot]! |= ZONE_TESTED | ZONE_LOCATED
      return inZone(c.near, device.lat, device.lon)
    }
    const site = device.site === undefined ? undefined : sites.get(device.site)
    if (zone !== undefined) zone.state.used[zone.slot]! |= ZONE_TESTED | (site?.lat !== undefined && site.lon !== undefined ? ZONE_LOCATED : ZONE_UNLOCATED)
    if (device.site === undefined) return false
    let inside = c.nearSite.get(device.site)
    if (inside === undefined) {
      inside = site?.lat !== undefined && site.lon !== undefined && inZone(c.near, site.lat, site.lon)
      c.nearSite.set(device.site, inside)
    }
    return inside
  }
  return true
}

/** The day `years` years after an ISO day (29 February to 1 March in a common year). */
function yearsAfter(isoDay: string, years: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`)
  d.setUTCFullYear(d.getUTCFullYear() + years)
  return d.toISOString().slice(0, 10)
}

/**
 * Whether a device was bought or installed within a rule's `acquired` period: true or false when its
 * dates decide it, else the note of its finding, which stands as at most a warning. The date bought
 * or installed decides, a year or month alone when the whole of it falls in or out. A date of
 * manufacture alone is read as identification reads a date bought the other way round: the device
 * was bought in the `MADE_WITHIN_YEARS_BEFORE_PURCHASE` years after it was made (a switch made in
 * 2015 was not bought after 2022-09-01; one made in 2021 may have been). A device without either is not decided.
 */
function acquiredVerdict(c: CompiledRule, device: Device): boolean | string {
  const { period, notes } = c.acquired!
  const bought = device.purchased ?? (device.dateKind === 'purchased' ? device.manufactured : undefined)
  const made = bought === undefined ? device.manufactured : undefined
  const [first, last] = bought !== undefined ? dateSpan(bought)
    : made !== undefined ? [dateSpan(made)[0], yearsAfter(dateSpan(made)[1], MADE_WITHIN_YEARS_BEFORE_PURCHASE)]
    : ['0000-01-01', '9999-12-31']
  if ((period.from !== undefined && last < period.from) || (period.until !== undefined && first > period.until)) return false
  if ((period.from === undefined || first >= period.from) && (period.until === undefined || last <= period.until)) return true
  const key = bought !== undefined ? `b${bought}` : made !== undefined ? `m${made}` : ''
  let note = notes.get(key)
  if (note === undefined) {
    const days = [period.from !== undefined ? `from ${period.from}` : '', period.until !== undefined ? `until ${period.until}` : ''].filter((d) => d !== '').join(' ')
    const on = (d: string) => `${d.length >= 10 ? 'on' : 'in'} ${d}`
    note = (bought !== undefined
      ? `the rule applies to devices bought or installed ${days}; the device was bought or installed ${on(bought)}, part of which falls in that period: record the day`
      : made !== undefined
      ? `the rule applies to devices bought or installed ${days}; the device was made ${on(made)} and the inventory gives no date it was bought or installed: ` +
        `bought in the ${MADE_WITHIN_YEARS_BEFORE_PURCHASE} years after that, inside the period or not, not decided; record that date (the purchased column)`
      : `the rule applies to devices bought or installed ${days}; the inventory gives no date the device was bought or installed: record it (the purchased column)`) +
      ' to know whether the rule applies; an error is reported as a warning until then'
    notes.set(key, note)
  }
  return note
}

/**
 * When the evidence contradicts itself and the rule lists none of the attributed maker's groups:
 * the strongest other group it points at with ordinary evidence (at least `WEAK_CONFIDENCE`: a
 * MAC block, a sysObjectID, a banner, a declared name) that the rule lists. A device attributed to
 * one maker by a tie or a slight margin may be the listed maker's: it is reported, to be confirmed.
 */
function matchRival(c: CompiledRule, attribution: Attribution): { hit: Hit; group: string; rival: true } | undefined {
  if (attribution.rivals === undefined || c.rule.match !== 'manufacturer') return undefined
  for (const r of attribution.rivals) {
    if (r.score < WEAK_CONFIDENCE) break
    const hit = c.groups.get(r.group)
    if (hit !== undefined) return { hit, group: r.group, rival: true }
    // As for the attributed maker (`matchGroup`), a list may name a maker below the group's top.
    for (const m of r.makers ?? []) {
      const below = c.groups.get(m)
      if (below !== undefined) return { hit: below, group: m, rival: true }
    }
  }
  return undefined
}

/** A relation of the device's maker that held at some time, which the device's date would decide. */
type PastOwner = Extract<Attribution['conflicts'][number], { kind: 'relation_date_unknown' }>

/**
 * When the rule lists none of the groups the device is attributed to: a group it lists that the
 * device's maker belonged to at some time, when the device has no date to decide by (an Honor
 * phone, Huawei's brand until 2020-11-17; an xFusion server, Huawei's until 2021-11-05). Without
 * a date the attribution is as of today, so such a device may be the listed group's: it is
 * reported, to be confirmed.
 */
function matchPastOwner(c: CompiledRule, attribution: Attribution): { hit: Hit; group: string; past: PastOwner } | undefined {
  if (c.rule.match !== 'manufacturer') return undefined
  for (const conflict of attribution.conflicts) {
    if (conflict.kind !== 'relation_date_unknown') continue
    const hit = c.groups.get(conflict.parent)
    if (hit !== undefined) return { hit, group: conflict.parent, past: conflict }
  }
  return undefined
}

/** The note of a finding matched through a past owner (see `matchPastOwner`). */
function pastOwnerNote(c: CompiledRule, hit: Hit, past: PastOwner): string {
  const key = `${past.manufacturer}>${past.parent}>${past.from ?? ''}>${past.until ?? ''}>${past.at ?? ''}>${past.atKind ?? ''}`
  let note = c.pastNotes.get(key)
  if (note === undefined) {
    note = `${past.manufacturer} belonged to ${past.parent}, which ${hit.list} names, ` +
      `${past.from !== undefined ? `from ${past.from} ` : ''}${past.until !== undefined ? `until ${past.until}` : ''}`.trimEnd() +
      (past.at !== undefined && past.atKind !== undefined && boundBoughtAfter(past.at, [past.from, past.until]) !== undefined
        ? `; ${formatBoughtAfter(past.at, boundBoughtAfter(past.at, [past.from, past.until])!)}: confirm whose it is`
        : past.at !== undefined
        ? `; the date it is attributed at, ${past.at}${past.atKind !== undefined ? PURCHASED : ''}, and ${formatSharedBound(past.at, past.from, past.until)} both fall in ${sharedPeriod(past.at, [past.from, past.until]) ?? past.at}, known no closer: confirm whose it is`
        : '; the device has no manufactured date, so it is attributed as of today: record its date of manufacture or purchase to know whose it is') +
      '; an error is reported as a warning until then'
    c.pastNotes.set(key, note)
  }
  return note
}

/** Said after a device's date that is the date it was bought or installed (see `Device.dateKind`). */
const PURCHASED = ` (the date it was bought or installed, as the inventory gives no date of manufacture: it was made in the ${MADE_WITHIN_YEARS_BEFORE_PURCHASE} years before it)`

const RELATION_WORDS: Readonly<Record<TimedOwner['kind'], string>> = { subsidiary: 'a subsidiary', affiliate: 'an affiliate', brand: 'a brand', division: 'a division' }

/**
 * How the device's maker is in the matched group when the relations that put it there are bounded
 * in time: `honor was a brand of huawei from 2013 until 2020-11-17, which covers the device's date,
 * 2019-06-01`; or, for a device without a date, the relation that holds today and since when
 * (a device made before may have been another group's).
 * Undefined when no such relation leads to the group.
 */
function ownerNote(c: CompiledRule, attribution: Attribution, group: string): string | undefined {
  const timed = attribution.timedOwners
  if (timed === undefined) return undefined
  const memo = c.ownerNotes.get(timed)
  if (memo !== undefined) return memo ?? undefined
  const chain = attribution.chain ?? []
  const top = chain.indexOf(group)
  const parts: string[] = []
  let at: string | undefined
  let purchased = false
  for (const t of timed) {
    if (top < 0 || chain.indexOf(t.manufacturer) >= top) continue
    at = t.at
    purchased = t.atKind !== undefined
    parts.push(`${t.manufacturer} was ${RELATION_WORDS[t.kind]} of ${t.parent}` +
      `${t.from !== undefined ? ` from ${t.from}` : ''}${t.until !== undefined ? ` until ${t.until}` : ''}`)
  }
  const note = parts.length === 0 ? null
    : at !== undefined ? `${parts.join(', and ')}, which covers ${at}, the date the device is attributed at${purchased ? PURCHASED : ''}`
    : `${parts.join(', and ')}; the device has no manufactured date, so it is attributed as of today`
  c.ownerNotes.set(timed, note)
  return note ?? undefined
}

function matchGroup(c: CompiledRule, attribution: Attribution): { hit: Hit; group: string; rival?: true } | undefined {
  if (c.rule.match === 'manufacturer') {
    const group = attribution.group
    if (group === undefined) return undefined
    const hit = c.groups.get(group)
    if (hit !== undefined) return { hit, group }
    // A list may name a maker below the top of its group (H3C, owned by Unisplendour since 2016;
    // HiSilicon, in Huawei's group): it names that maker's own devices too.
    const chain = attribution.chain
    if (chain !== undefined) {
      for (let i = 0; i < chain.length - 1; i++) {
        const below = c.groups.get(chain[i]!)
        if (below !== undefined) return { hit: below, group: chain[i]! }
      }
    }
    return undefined
  }
  for (const group of attribution.componentGroups) {
    const hit = c.groups.get(group)
    if (hit !== undefined) return { hit, group }
  }
  return undefined
}

/**
 * The active exemption that lifts rule `c` for this device: one naming the device, its site or its
 * network, or the rule alone; of several, the one that lasts longest (the first found, in that
 * order, of those ending the same day), which a kept finding names as its waiver. With a `state`,
 * every active exemption that would lift it is marked used: one renewed with a later `until`
 * beside the first, or a device's or site's exemption beside one for the whole rule, did lift the
 * finding too.
 */
function exempted(compiled: CompiledPolicy, c: CompiledRule, device: Device, today: number, state: CheckState | undefined): CompiledExemption | undefined {
  // Without a state, and when the waiver is not kept, the first that lifts the finding will do.
  const every = state !== undefined || compiled.keepWaived
  // No array of the three lookups: this runs for every finding of a streamed inventory.
  let lifted = liftedBy(compiled.deviceExemptions.get(device.id), c, today, state, undefined, every)
  if (lifted !== undefined && !every) return lifted
  if (compiled.siteExemptions.size > 0 && device.site !== undefined) {
    lifted = liftedBy(compiled.siteExemptions.get(device.site), c, today, state, lifted, every)
    if (lifted !== undefined && !every) return lifted
  }
  if (compiled.networkExemptions.size > 0 && device.network !== undefined) {
    lifted = liftedBy(compiled.networkExemptions.get(device.network), c, today, state, lifted, every)
    if (lifted !== undefined && !every) return lifted
  }
  for (const e of c.exemptions) {
    if (e.untilDay < today) continue
    if (state !== undefined) state.used[e.index]! |= EXEMPTION_LIFTED
    if (lifted === undefined || e.untilDay > lifted.untilDay) lifted = e
    if (!every) return lifted
  }
  return lifted
}

/**
 * The active exemption of a device's, site's or network's that lifts rule `c` and lasts longer than
 * `best` (else `best`); with a `state`, each such one is marked used. Without `every`, the first found.
 */
function liftedBy(
  exemptions: readonly CompiledExemption[] | undefined, c: CompiledRule, today: number, state: CheckState | undefined,
  best: CompiledExemption | undefined, every: boolean,
): CompiledExemption | undefined {
  if (exemptions === undefined) return best
  for (const e of exemptions) {
    if (e.untilDay < today || (e.exemption.rule !== undefined && e.exemption.rule !== c.rule.id)) continue
    if (state !== undefined) state.used[e.index]! |= EXEMPTION_LIFTED
    if (best === undefined || e.untilDay > best.untilDay) best = e
    if (!every) return best
  }
  return best
}

/**
 * `unread`: the device states a purpose that is none of the covered ones but one slip from one, or
 * one that says part of one in its words (`physical security`, `video surveillance`).
 */
type PurposeVerdict = 'established' | 'unknown' | 'unread' | 'outside'

function purposeVerdict(entry: ListEntry, c: CompiledRule, device: Device): PurposeVerdict {
  const covered = entry.purposes
  if (covered === undefined) return 'established'
  // What the device says about itself wins over what the rule assumes of its whole scope.
  if (device.purpose !== undefined) {
    // Read as written in an inventory: "Public Safety" and "public_safety" are public-safety.
    const written = loose(device.purpose)
    for (const p of covered) if (loose(p) === written) return 'established'
    // One slip from a covered purpose ("public-saftey") is not another use: the finding stands, to be confirmed.
    // Nor is a purpose in words of a covered one ("physical security", of "physical security
    // surveillance of critical infrastructure"): which one it is is the inventory's to say.
    return suggest(device.purpose, covered).length > 0 || sharesPurposeWord(device.purpose, covered) ? 'unread' : 'outside'
  }
  if (c.purposes !== undefined) {
    for (const p of covered) if (c.purposes.has(p)) return 'established'
    return 'outside'
  }
  return 'unknown'
}

/** Whether a purpose written in an inventory has a word of one of `covered` (`security` of government-facility-security). */
function sharesPurposeWord(purpose: string, covered: readonly string[]): boolean {
  const words = new Set(covered.flatMap((p) => p.split('-')).map(stem))
  return purpose.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w.length > 2 && words.has(stem(w)))
}

/** A word without its plural ending: facilities and facility are one. */
const stem = (word: string): string => word.replace(/ies$/, 'y').replace(/s$/, '')

function baseSeverity(c: CompiledRule, hit: Hit, today: number): FindingSeverity {
  if (c.rule.severity !== undefined) return c.rule.severity
  switch (c.rule.effect.kind) {
    case 'prohibit':
      // The policy's `effective` (or the later date its list names the group from) is the date from
      // which its prohibitions apply: before it, a finding tells what is coming, as a remove-by
      // finding does before its date.
      return today < (hit.from?.day ?? c.effectiveDay ?? -Infinity) ? 'warning' : 'error'
    case 'flag':
      return 'note'
    case 'remove_by':
      return today > (c.removeByDay ?? Infinity) ? 'error' : 'warning'
  }
}

const NO_NOTES: string[] = []
/**
 * Notes are kept by purpose verdict, whether the evidence is weak, whether it only points at the
 * group (`matchRival`), and for a components rule what the device's components are.
 */
type NoteKey = `${'unknown' | 'unread' | 'established'}${'' | ' weak'}${'' | ' rival'}${'' | ` ${ComponentKinds}`}`

/** What a device's components are: hardware parts, software it runs (named in a banner or by a scanner), or both. */
type ComponentKinds = 'hardware' | 'software' | 'both'

function componentKinds(attribution: Attribution): ComponentKinds {
  let hardware = false
  let software = false
  for (const e of attribution.evidence) {
    if (e.method !== 'component') continue
    if (e.kind === 'software') software = true
    else hardware = true
  }
  return software ? (hardware ? 'both' : 'software') : 'hardware'
}

const COMPONENT_WORDS: Readonly<Record<ComponentKinds, string>> = {
  hardware: 'contains hardware components of',
  software: 'runs software of',
  both: 'contains hardware components or runs software of',
}

/** The notes of a finding of rule `c` on `group` (shared arrays, see `CompiledRule.notes`). */
function findingNotes(c: CompiledRule, hit: Hit, group: string, verdict: PurposeVerdict, weak: boolean, rival: boolean, kinds: ComponentKinds | undefined): string[] {
  if (kinds === undefined && verdict === 'established' && !weak && !rival) return NO_NOTES
  let byVerdict = c.notes.get(group)
  if (byVerdict === undefined) c.notes.set(group, (byVerdict = {}))
  const v: NoteKey = `${verdict === 'outside' ? 'established' : verdict}${weak ? ' weak' : ''}${rival ? ' rival' : ''}${kinds === undefined ? '' : (` ${kinds}` as const)}`
  let notes = byVerdict[v]
  if (notes === undefined) {
    notes = []
    if (kinds !== undefined) notes.push(`${COMPONENT_WORDS[kinds]} ${group}, which ${hit.list} names`)
    if (rival) {
      notes.push(
        `the evidence is split: it attributes the device to another maker, but evidence of ${group}, which ${hit.list} names, points at it too ` +
        '(a MAC, sysObjectID, banner or declared name of its own): confirm the maker before acting; an error is reported as a warning until then',
      )
    }
    if (verdict === 'unknown') {
      notes.push(
        `${hit.list} names ${group} only for equipment used for ${(hit.entry.purposes ?? []).join(', ')}; ` +
        'the purpose of this device is not established (set the device\'s purpose or the rule\'s purposes)',
      )
    }
    if (verdict === 'unread') {
      notes.push(
        `${hit.list} names ${group} only for equipment used for ${(hit.entry.purposes ?? []).join(', ')}; ` +
        'the purpose the inventory records for this device is none of these but close to one: write it as one of them, or as its real purpose',
      )
    }
    if (weak) {
      notes.push(
        `the attribution to ${group} rests on weak evidence (confidence below ${WEAK_CONFIDENCE}, such as a banner several makers send or what the declared brand is reported to resell): ` +
        'confirm the maker (MAC, sysObjectID, model) before acting; an error is reported as a warning until then',
      )
    }
    byVerdict[v] = notes
  }
  return notes
}

/** The `toConfirm` arrays, one per combination of reasons, shared by the findings that have it (by bit mask). */
const CONFIRM_REASON_SETS: (readonly ConfirmReason[] | undefined)[] = []

/**
 * What a finding leaves to confirm, in `ConfirmReason`'s order (a shared, frozen array); undefined
 * when nothing is: the finding then stands as it is.
 */
function confirmReasons(weak: boolean, rival: boolean, past: boolean, acquired: boolean, purpose: boolean): readonly ConfirmReason[] | undefined {
  // Bit i stands for CONFIRM_REASONS[i].
  const mask = (weak ? 1 : 0) | (rival ? 2 : 0) | (past ? 4 : 0) | (acquired ? 8 : 0) | (purpose ? 16 : 0)
  if (mask === 0) return undefined
  let reasons = CONFIRM_REASON_SETS[mask]
  if (reasons === undefined) CONFIRM_REASON_SETS[mask] = reasons = Object.freeze(CONFIRM_REASONS.filter((_, i) => (mask & (1 << i)) !== 0))
  return reasons
}

/**
 * Below this confidence an attribution rests on weak evidence only (a low-certainty banner, weight
 * 0.4, or the OEM relation of a declared brand, 0.4, with nothing to back it): its findings are at
 * most warnings, with a note saying so. Any one piece of ordinary evidence (declared name 0.6, MAC
 * block 0.75, ...) is above it.
 */
export const WEAK_CONFIDENCE = 0.5

/**
 * Checks one device against a compiled policy: the hot path for streaming inventories. Findings
 * come in rule order. Pass a `CheckState` to record which exemptions were used, for
 * `exemptionDiagnostics` at the end of the stream.
 *
 * @throws TrustpathError `usage` when `now` is not a valid Date.
 * @example
 * const compiled = compilePolicy(policy, sites)
 * const state = newCheckState(compiled)
 * for await (const { device, attribution } of stream) findings.push(...checkDevice(compiled, device, attribution, now, state))
 * diagnostics.push(...exemptionDiagnostics(compiled, state, now))
 */
export function checkDevice(
  compiled: CompiledPolicy,
  device: Device,
  attribution: Attribution,
  now: Date,
  state?: CheckState,
): Finding[] {
  const today = dayOfNow(now, 'policy/checkDevice')
  const findings: Finding[] = []
  const rules = compiled.rules
  if (state !== undefined) {
    if (compiled.deviceExemptions.size > 0) {
      const forDevice = compiled.deviceExemptions.get(device.id)
      if (forDevice !== undefined) for (const e of forDevice) state.used[e.index]! |= EXEMPTION_DEVICE_SEEN
    }
    if (compiled.siteExemptions.size > 0 && device.site !== undefined) {
      for (const e of compiled.siteExemptions.get(device.site) ?? []) state.used[e.index]! |= EXEMPTION_DEVICE_SEEN
    }
    if (compiled.networkExemptions.size > 0 && device.network !== undefined) {
      for (const e of compiled.networkExemptions.get(device.network) ?? []) state.used[e.index]! |= EXEMPTION_DEVICE_SEEN
    }
    const { networks, sites } = compiled.scopeValues
    if (networks.size > 0 && device.network !== undefined) for (const slot of networks.get(device.network) ?? []) state.used[slot] = 1
    if (sites.size > 0 && device.site !== undefined) for (const slot of sites.get(device.site) ?? []) state.used[slot] = 1
    if (state.spellings !== undefined) recordSpellings(compiled, device, state.spellings)
  }
  for (let r = 0; r < rules.length; r++) {
    const c = rules[r]!
    if (c.groups.size === 0) continue
    const matched = matchGroup(c, attribution) ?? matchRival(c, attribution) ?? matchPastOwner(c, attribution)
    if (matched === undefined) continue
    if (!inScope(c, device, compiled.sites, state === undefined || c.near === undefined ? undefined : { state, slot: compiled.exemptions.length + r })) continue
    const { hit, group } = matched
    const rival = 'rival' in matched ? matched.rival : undefined
    const past = 'past' in matched ? matched.past : undefined
    const verdict = purposeVerdict(hit.entry, c, device)
    if (verdict === 'outside') continue
    const acquired = c.acquired === undefined ? true : acquiredVerdict(c, device)
    if (acquired === false) continue
    const exemption = exempted(compiled, c, device, today, state)
    if (exemption !== undefined && !compiled.keepWaived) continue
    let severity = baseSeverity(c, hit, today)
    // A components rule judges the parts, not who made the device: a component of a host whose maker
    // is unknown is no weaker for it.
    const components = c.rule.match === 'components'
    const weak = !rival && !components && attribution.confidence < WEAK_CONFIDENCE
    const confirm = confirmReasons(weak, rival === true, past !== undefined, acquired !== true, verdict === 'unknown' || verdict === 'unread')
    if (confirm !== undefined && severity === 'error') severity = 'warning'
    let notes = findingNotes(c, hit, group, verdict, weak, rival === true, components ? componentKinds(attribution) : undefined)
    if (past !== undefined) notes = [...notes, pastOwnerNote(c, hit, past)]
    else if (rival === undefined && !components) {
      const owned = ownerNote(c, attribution, group)
      if (owned !== undefined) notes = [...notes, owned]
    }
    if (c.near !== undefined) notes = [...notes, zoneNote(c, device, compiled.sites)]
    if (acquired !== true) notes = [...notes, acquired]
    if (hit.from !== undefined) notes = [...notes, hit.from.note]
    else if (c.pendingNote !== undefined && today < c.effectiveDay!) notes = [...notes, c.pendingNote]
    const finding: Finding = {
      rule: c.rule.id,
      deviceId: device.id,
      severity,
      effect: c.rule.effect,
      manufacturer: attribution.manufacturer,
      group: attribution.group,
      list: hit.list,
      matchedGroup: group,
      confidence: attribution.confidence,
      evidence: attribution.evidence,
      notes,
    }
    // Assigned, not spread: this is the hot path.
    if (device.name !== undefined) finding.deviceName = device.name
    if (c.deadline !== undefined) {
      finding.deadline = hit.from?.date ?? c.deadline
      finding.daysLeft = (hit.from?.day ?? c.deadlineDay!) - today
    }
    if (device.status !== undefined) {
      const lifecycle = lifecycleOf(device.status)
      finding.deviceStatus = device.status
      finding.lifecycle = lifecycle
      if (lifecycle !== 'in-service') finding.notes = withStatusNote(compiled, notes, device.status, lifecycle)
    }
    if (confirm !== undefined) finding.toConfirm = confirm
    if (exemption !== undefined) finding.waiver = exemption.waiver
    if (device.aliases !== undefined) finding.deviceAliases = device.aliases
    if (device.sources !== undefined) finding.deviceSources = device.sources
    findings.push(finding)
  }
  return findings
}

/** What a finding's note says of a device recorded as not in service: its class, and what to confirm. */
const STATUS_WORDS: Readonly<Record<Exclude<LifecycleClass, 'in-service'>, { kind: string; confirm: string }>> = {
  'not-deployed': { kind: 'not yet deployed', confirm: 'that it is not installed' },
  'out-of-service': { kind: 'out of service', confirm: 'that it is gone from the network' },
}
/** Statuses kept per notes array in `CompiledPolicy.statusNotes`; emptied when full. */
const STATUS_NOTES_LIMIT = 1_000

/**
 * The notes of a finding on a device the inventory records as not in service, the status's note
 * last (shared arrays, see `CompiledPolicy.statusNotes`). The finding stands: equipment recorded
 * as retired or in stock may still be plugged in.
 */
function withStatusNote(compiled: CompiledPolicy, notes: string[], status: string, lifecycle: Exclude<LifecycleClass, 'in-service'>): string[] {
  let byStatus = compiled.statusNotes.get(notes)
  if (byStatus === undefined) compiled.statusNotes.set(notes, (byStatus = new Map()))
  let out = byStatus.get(status)
  if (out === undefined) {
    const words = STATUS_WORDS[lifecycle]
    out = [...notes, `the inventory records the device as ${JSON.stringify(status)} (${words.kind}): confirm ${words.confirm}; until then the finding stands`]
    if (byStatus.size >= STATUS_NOTES_LIMIT) byStatus.clear()
    byStatus.set(status, out)
  }
  return out
}

/** `device cam-042, rule base-zone`, `site ramstein` */
function exemptionTarget(e: Exemption): string {
  return [
    e.device !== undefined ? `device ${e.device}` : '', e.site !== undefined ? `site ${e.site}` : '',
    e.network !== undefined ? `network ${e.network}` : '', e.rule !== undefined ? `rule ${e.rule}` : '',
  ].filter((s) => s !== '').join(', ')
}

/**
 * The diagnostics of a run's end: info for exemptions that expired before `now`, lifted findings
 * (which the report marks as waived when the policy was compiled with `keepWaived`, else leaves out) or lifted none, and a warning for each geofence rule whose lists name devices none of which has a
 * position (its own lat/lon, or a site with coordinates), so that its zone could hold none of them,
 * or some of which have none, taken as outside its zone unseen.
 */
export function exemptionDiagnostics(compiled: CompiledPolicy, state: CheckState, now: Date): Diagnostic[] {
  const today = dayOfNow(now, 'policy/exemptionDiagnostics')
  const zones = compiled.rules.flatMap((c, r): Diagnostic[] => {
    const seen = state.used[compiled.exemptions.length + r] ?? 0
    if (c.near === undefined || (seen & ZONE_TESTED) === 0) return []
    const located = (seen & ZONE_LOCATED) !== 0
    // Some devices placed and others not: the others were taken as outside the zone, unseen.
    if (located && (seen & ZONE_UNLOCATED) === 0) return []
    const index = compiled.policy.rules.indexOf(c.rule)
    return [{
      code: located ? 'zone_partly_unlocated' : 'zone_unlocated', severity: 'warning', at: { ...c.rule.at, path: ['rules', index, 'scope', 'near'] },
      rule: c.rule.id, kind: c.rule.scope.near!.kind, km: c.rule.scope.near!.km,
    }]
  })
  const base = compiled.exemptions.length + compiled.rules.length
  const unseen = compiled.scopeValues.slots.flatMap((slot, i): Diagnostic[] => {
    const rule = compiled.policy.rules[slot.rule]!
    if (state.used[base + i] !== 0) {
      const also = otherCases(state, slot.key === 'networks' ? 'network' : 'site', slot.value)
      return also === undefined ? [] : [{
        code: 'scope_value_split', severity: 'info', at: { ...rule.at, path: ['rules', slot.rule, 'scope', slot.key, slot.index] },
        rule: rule.id, key: slot.key, value: slot.value, inventorySpellings: also,
      }]
    }
    return [{
      code: 'scope_value_unseen', severity: 'info', at: { ...rule.at, path: ['rules', slot.rule, 'scope', slot.key, slot.index] },
      rule: rule.id, key: slot.key, value: slot.value, ...inventorySpellings(state, slot.key === 'networks' ? 'network' : 'site', slot.value),
    }]
  })
  return [...zones, ...unseen, ...compiled.exemptions.flatMap(({ exemption, index, untilDay }): Diagnostic[] => {
    const at = { ...exemption.at, path: ['exemptions', index] }
    const target = exemptionTarget(exemption)
    if (untilDay < today) return [{ code: 'exemption_expired', severity: 'info', at, target, until: exemption.until, reason: exemption.reason }]
    const used = state.used[index] ?? 0
    // The site or network written otherwise by other devices of the inventory (`FRA` beside `fra`, merged
    // from two tools): those devices are outside the exemption, and their findings stand.
    const split = exemption.site !== undefined ? otherCases(state, 'site', exemption.site)
      : exemption.network !== undefined ? otherCases(state, 'network', exemption.network) : undefined
    const also = split === undefined ? {} : { otherWritings: split }
    if ((used & EXEMPTION_LIFTED) !== 0) {
      return [{
        code: 'exemption_applied', severity: 'info', at, target, until: exemption.until, reason: exemption.reason, daysLeft: untilDay - today,
        ...(compiled.keepWaived && { kept: true as const }), ...also,
      }]
    }
    // An exemption naming a device, site or network no row of the inventory has is most often a typo in its id.
    const seen = (used & EXEMPTION_DEVICE_SEEN) !== 0
    const spelled = (field: SpelledField, name: string) => (seen ? undefined : inventorySpellings(state, field, name))
    if (exemption.device !== undefined) return [{ code: 'exemption_unused', severity: 'info', at, target, device: exemption.device, deviceInInventory: seen, ...spelled('device', exemption.device) }]
    if (exemption.site !== undefined) return [{ code: 'exemption_unused', severity: 'info', at, target, site: exemption.site, siteInInventory: seen, ...spelled('site', exemption.site), ...also }]
    if (exemption.network !== undefined) return [{ code: 'exemption_unused', severity: 'info', at, target, network: exemption.network, networkInInventory: seen, ...spelled('network', exemption.network), ...also }]
    return [{ code: 'exemption_unused', severity: 'info', at, target }]
  })]
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Findings ordered by device id, then rule id. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => byText(a.deviceId, b.deviceId) || byText(a.rule, b.rule))
}

/** What `evaluatePolicy` needs besides the policy and the devices. */
export type EvaluateContext = {
  /** The clock: decides remove-by severities and which exemptions have expired. */
  now: Date
  /** Sites from the inventory or a sites file, merged with the policy's own. */
  sites: ReadonlyMap<string, Site>
  /**
   * Keep the findings an active exemption waives, each with its `waiver` (see `CompileOptions`).
   * @default false
   */
  keepWaived?: boolean
}

/**
 * Checks every device against every rule of a policy. Findings are sorted by device id, then rule
 * id; diagnostics report geofences that match no site and expired or unused exemptions.
 *
 * @throws TrustpathError `usage` when `ctx.now` is not a valid Date (`new Date('30/06/2026')`).
 * @example
 * const { findings, diagnostics } = evaluatePolicy(policy, items, { now: new Date(), sites: new Map() })
 */
export function evaluatePolicy(
  policy: Policy,
  items: Iterable<{ device: Device; attribution: Attribution }>,
  ctx: EvaluateContext,
): { findings: Finding[]; diagnostics: Diagnostic[] } {
  dayOfNow(ctx.now, 'policy/evaluatePolicy')
  const compiled = compilePolicy(policy, ctx.sites, { keepWaived: ctx.keepWaived === true })
  const state = newCheckState(compiled)
  const findings: Finding[] = []
  for (const { device, attribution } of items) {
    for (const f of checkDevice(compiled, device, attribution, ctx.now, state)) findings.push(f)
  }
  return {
    findings: sortFindings(findings),
    diagnostics: [...compiled.diagnostics, ...exemptionDiagnostics(compiled, state, ctx.now)],
  }
}
