import type { DeviceSource } from './device.js'
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
 * Why a finding asks the operator to confirm it before acting (an error is reported as a warning
 * until then): `weak_evidence`, the maker rests on evidence below the weak-evidence threshold only;
 * `split_evidence`, the evidence names another maker but points at the listed one too;
 * `owner_at_date_undecided`, the maker belonged to the listed group at some time and the device's
 * date does not tell whether then; `acquired_date_undecided`, the rule holds devices bought or
 * installed in a period and the device's dates do not tell whether it was; `purpose_not_established`,
 * the list names the group for some purposes only and the device's is not known.
 */
export type ConfirmReason = (typeof CONFIRM_REASONS)[number]
/** Every `ConfirmReason`, in the order a finding's `toConfirm` lists them. */
export const CONFIRM_REASONS = ['weak_evidence', 'split_evidence', 'owner_at_date_undecided', 'acquired_date_undecided', 'purpose_not_established'] as const

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
  /**
   * Days from the check's date to `deadline`: 0 on its day, negative once it has passed (a
   * remove-by finding is then an error, a prohibition in force); present with `deadline`.
   */
  daysLeft?: number
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
   * What is to be confirmed before acting on the finding (see `ConfirmReason`), in that type's
   * order; absent when the finding stands as it is.
   */
  toConfirm?: readonly ConfirmReason[]
  /**
   * The active exemption that waives the finding, when the check keeps waived findings (see
   * `compilePolicy`'s `keepWaived`): it is reported apart and not counted as open.
   */
  waiver?: Waiver
  /** The device's other ids, when it was merged from several records (`Device.aliases`). */
  deviceAliases?: string[]
  /**
   * Where the device was read, each record of it, when it was merged from several (`Device.sources`):
   * SARIF lists them as the result's related locations.
   */
  deviceSources?: DeviceSource[]
}
