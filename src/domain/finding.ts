import type { Evidence } from './evidence.js'
import type { LifecycleClass } from './lifecycle.js'
import type { ManufacturerSlug } from './manufacturer.js'

/** How serious a finding is, with SARIF's level names. */
export type FindingSeverity = 'error' | 'warning' | 'note'

/** What a policy rule demands of a device. */
export type Effect =
  | { kind: 'prohibit' }
  | { kind: 'remove_by'; date: string }
  | { kind: 'flag' }

/**
 * The policy exemption that waives a finding until a day: the finding is kept for the record (an
 * audit must tell a waived device from a clean one) but does not count as open.
 */
export type Waiver = {
  /** The last day the exemption applies (ISO yyyy-mm-dd). */
  until: string
  reason: string
  /** What the exemption names: `device cam-042, rule base-zone`, `site ramstein`. */
  target: string
  /** Its index in the policy's `exemptions:` (`exemptions[1]`). */
  exemption: number
  /** The policy file it is written in, and its line there. */
  file: string
  line?: number
}

/** A device that a policy rule applies to, with the evidence that triggered it. */
export type Finding = {
  rule: string
  deviceId: string
  deviceName?: string
  severity: FindingSeverity
  effect: Effect
  /** The date by which the device must be gone (prohibit: the policy date; remove_by: its date). */
  deadline?: string
  manufacturer: ManufacturerSlug | undefined
  group: ManufacturerSlug | undefined
  /** The vendor list entry that matched: list id and the group it names. */
  list: string
  /** The group the list entry names: `group`, or a component's group when the rule matches components. */
  matchedGroup?: ManufacturerSlug
  confidence: number
  evidence: Evidence[]
  /** Conditions that narrow the finding (e.g. the covered-list purpose clause). */
  notes: string[]
  /** The lifecycle status the inventory records for the device, as written, when it records one. */
  deviceStatus?: string
  /** The class of `deviceStatus` (see `lifecycleOf`), when the inventory records a status. */
  lifecycle?: LifecycleClass
  /**
   * The active exemption that waives the finding, when the check keeps waived findings (see
   * `compilePolicy`'s `keepWaived`): it is reported apart and not counted as open.
   */
  waiver?: Waiver
}
