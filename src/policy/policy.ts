import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { DeviceRole } from '../domain/device.js'
import type { Effect, FindingSeverity } from '../domain/finding.js'
import type { LifecycleClass } from '../domain/lifecycle.js'
import type { ManufacturerSlug, Source } from '../domain/manufacturer.js'
import type { Site } from '../domain/site.js'

/**
 * Uses of equipment that a purpose-limited list entry covers. The four purposes of NDAA FY2019
 * s.889(f)(3)(B) and of the FCC Covered List entries for Hytera, Hikvision and Dahua.
 */
export const PURPOSES = [
  'public-safety',
  'government-facility-security',
  'critical-infrastructure-surveillance',
  'national-security',
] as const
/** A use of equipment a purpose-limited list entry covers: one of `PURPOSES`. */
export type Purpose = (typeof PURPOSES)[number]

/** Whether a rule matches a device's own manufacturer group or the groups of the parts inside it. */
export const MATCH_MODES = ['manufacturer', 'components'] as const
export type MatchMode = (typeof MATCH_MODES)[number]

/** One manufacturer group on a vendor list. */
export type ListEntry = {
  /** The group slug; attribution resolves subsidiaries and affiliates to it. */
  group: ManufacturerSlug
  /** The entity as the list names it. */
  name: string
  /** Date of inclusion (ISO yyyy-mm-dd), when the list gives one. */
  since?: string
  /** The entry covers the equipment only when it is used for one of these purposes. */
  purposes?: readonly Purpose[]
  /** The list's own words for what the entry covers. */
  text?: string
  source?: Source
  /**
   * `services`: the entry covers telecommunications services the entity provides (the Covered
   * List's section 214 entries), not equipment it or its group makes, so no device matches it; it
   * is kept, like a list's `categories`, for completeness and traceability. A policy that means to
   * flag such a group's equipment names the group in a list of its own.
   */
  covers?: 'services'
}

/** An entry of a list that names a kind of product rather than a manufacturer; kept for completeness, never matched. */
export type CategoryEntry = {
  /** The products in a few words, as a check's note names them (`routers produced in a foreign country`). */
  name: string
  text: string
  since: string
  source: Source
}

/** A named set of manufacturer groups: a built-in list (fcc-covered, ndaa-889) or one the policy defines. */
export type VendorList = {
  id: string
  title: string
  builtin: boolean
  entries: readonly ListEntry[]
  /** Entries of the official list that do not name a manufacturer (foreign-produced routers, ...). */
  categories?: readonly CategoryEntry[]
  source?: Source
  /** Where a user list is defined in the policy file. */
  at?: SourceLocation
}

/** Where a rule applies. Every condition given must hold; an empty scope applies everywhere. */
export type Scope = {
  roles?: readonly DeviceRole[]
  networks?: readonly string[]
  /** Site ids. */
  sites?: readonly string[]
  /** Within `km` of any site of this kind (great-circle distance). */
  near?: { kind: string; km: number }
  /** Classes of the lifecycle status the inventory records (a device without one is `in-service`). */
  status?: readonly LifecycleClass[]
  /**
   * The days (ISO yyyy-mm-dd, both inclusive) within which the device was bought or installed: a
   * ban on new installations from a date (`from`), a program for equipment obtained by a date (`until`).
   */
  acquired?: AcquiredPeriod
}

/** A period of `Scope.acquired`: at least one bound, `from` not after `until`. */
export type AcquiredPeriod = { from?: string; until?: string }

/** A resolved policy rule. */
export type Rule = {
  id: string
  description?: string
  /** Ids of the vendor lists, in the order written; the first list naming the group is reported. */
  lists: readonly string[]
  match: MatchMode
  scope: Scope
  effect: Effect
  /**
   * For a prohibit rule, the date from which it applies (ISO yyyy-mm-dd), the deadline of its
   * findings: a rule of its own date in a policy of several rules (the UK direction's ban on new
   * Huawei equipment from 2022-10-13 beside s.889's from 2020-08-13). Overrides `Policy.effective`.
   */
  effective?: string
  /** Overrides the severity the effect implies. */
  severity?: FindingSeverity
  /** Purposes the devices in scope are known to serve (establishes purpose-limited entries). */
  purposes?: readonly Purpose[]
  at: SourceLocation
}

/**
 * Lifts rule findings until a date: for a device, every device of a site or of a network, a rule,
 * or one rule on one of those. At most one of `device`, `site` and `network` is given.
 */
export type Exemption = {
  device?: string
  /** Site id: the devices whose inventory row names this site. */
  site?: string
  /** Operator network: the devices whose inventory row names this network. */
  network?: string
  rule?: string
  /** Last day the exemption applies (ISO yyyy-mm-dd). */
  until: string
  reason: string
  at: SourceLocation
}

/** A policy as written in YAML, resolved: built-in lists merged, effects and dates normalized. */
export type Policy = {
  version: 1
  file: string
  /** Date from which `prohibit` rules apply (ISO yyyy-mm-dd); the deadline of their findings. */
  effective?: string
  /** Built-in and user lists by id. */
  lists: ReadonlyMap<string, VendorList>
  sites: readonly Site[]
  rules: readonly Rule[]
  exemptions: readonly Exemption[]
}
