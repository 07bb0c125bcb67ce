import type { Finding } from '../domain/finding.js'
import type { LifecycleClass } from '../domain/lifecycle.js'
import { csvLine, sourcesCell } from './csv.js'
import { DEADLINE_NEAR_DAYS, evidenceLine, formatDaysLeft, formatWaiverAt, joinNotes } from './words.js'
import { formatCount } from '../util/plural.js'

/** Counts that summarise a check. */
export type CheckSummary = {
  devices: number
  /** Devices with at least one finding that counts (not waived). */
  devicesWithFindings: number
  /** Findings that count: those no active exemption waives. */
  findings: number
  bySeverity: Record<Finding['severity'], number>
  byRule: Record<string, number>
  byGroup: Record<string, number>
  malformedRows: number
  /**
   * Findings on devices the inventory records as not in service, by the class of their status;
   * absent when there are none.
   */
  byLifecycle?: Partial<Record<Exclude<LifecycleClass, 'in-service'>, number>>
  /**
   * Findings an active exemption waives (`Finding.waiver`): reported apart and not counted in the
   * others; absent when there are none.
   */
  waived?: number
  /**
   * The deadlines of the findings that count, as of the check's date: how many have passed (a
   * remove-by date gone by, a prohibition in force), how many fall within the next 90 days (today
   * included), and the nearest of those still to come; absent when no finding has a deadline.
   */
  deadlines?: CheckDeadlines
}

/** The deadlines of a check's findings (`CheckSummary.deadlines`). */
export type CheckDeadlines = {
  /** Findings whose deadline is before the check's date. */
  passed: number
  /** Findings whose deadline is the check's date or one of the 90 days after it. */
  within90Days: number
  /** The nearest deadline on or after the check's date, and the days to it; absent when none is to come. */
  next?: { date: string; daysLeft: number }
}

/** An empty summary, to be filled with {@link addToSummary} as findings stream by. */
export function newSummary(): CheckSummary {
  return { devices: 0, devicesWithFindings: 0, findings: 0, bySeverity: { error: 0, warning: 0, note: 0 }, byRule: {}, byGroup: {}, malformedRows: 0 }
}

/** Adds the findings of one device to a summary. */
export function addToSummary(summary: CheckSummary, findings: readonly Finding[]): void {
  let open = 0
  for (const f of findings) {
    if (f.waiver !== undefined) {
      summary.waived = (summary.waived ?? 0) + 1
      continue
    }
    open++
    summary.findings++
    summary.bySeverity[f.severity]++
    summary.byRule[f.rule] = (summary.byRule[f.rule] ?? 0) + 1
    const g = f.matchedGroup ?? f.group ?? 'unknown'
    summary.byGroup[g] = (summary.byGroup[g] ?? 0) + 1
    if (f.lifecycle !== undefined && f.lifecycle !== 'in-service') {
      const byLifecycle = (summary.byLifecycle ??= {})
      byLifecycle[f.lifecycle] = (byLifecycle[f.lifecycle] ?? 0) + 1
    }
    if (f.daysLeft !== undefined && f.deadline !== undefined) {
      const deadlines = (summary.deadlines ??= { passed: 0, within90Days: 0 })
      if (f.daysLeft < 0) deadlines.passed++
      else {
        if (f.daysLeft <= DEADLINE_NEAR_DAYS) deadlines.within90Days++
        if (deadlines.next === undefined || f.daysLeft < deadlines.next.daysLeft) deadlines.next = { date: f.deadline, daysLeft: f.daysLeft }
      }
    }
  }
  if (open > 0) summary.devicesWithFindings++
}

/** Adds the counts of `part` (a share of the devices, counted apart) into `summary`. */
export function mergeSummary(summary: CheckSummary, part: CheckSummary): void {
  summary.devicesWithFindings += part.devicesWithFindings
  summary.findings += part.findings
  for (const k of ['error', 'warning', 'note'] as const) summary.bySeverity[k] += part.bySeverity[k]
  for (const [k, n] of Object.entries(part.byRule)) summary.byRule[k] = (summary.byRule[k] ?? 0) + n
  for (const [k, n] of Object.entries(part.byGroup)) summary.byGroup[k] = (summary.byGroup[k] ?? 0) + n
  for (const k of NOT_IN_SERVICE) {
    const n = part.byLifecycle?.[k]
    if (n !== undefined) (summary.byLifecycle ??= {})[k] = (summary.byLifecycle?.[k] ?? 0) + n
  }
  if (part.waived !== undefined) summary.waived = (summary.waived ?? 0) + part.waived
  if (part.deadlines !== undefined) {
    const deadlines = (summary.deadlines ??= { passed: 0, within90Days: 0 })
    deadlines.passed += part.deadlines.passed
    deadlines.within90Days += part.deadlines.within90Days
    const next = part.deadlines.next
    if (next !== undefined && (deadlines.next === undefined || next.daysLeft < deadlines.next.daysLeft)) deadlines.next = { ...next }
  }
}

/** The classes of devices not in service, in the order the summary names them. */
const NOT_IN_SERVICE = ['out-of-service', 'not-deployed'] as const

/** How many findings are on devices the inventory records as not in service. */
export function findingsNotInService(summary: Pick<CheckSummary, 'byLifecycle'>): number {
  return (summary.byLifecycle?.['out-of-service'] ?? 0) + (summary.byLifecycle?.['not-deployed'] ?? 0)
}

/** The summary with its maps' keys sorted, for output. */
export function finishSummary(summary: CheckSummary, devices: number, malformedRows: number): CheckSummary {
  const sorted = (m: Record<string, number | undefined>): Record<string, number> =>
    Object.fromEntries(Object.entries(m).flatMap(([k, n]) => (n === undefined ? [] : [[k, n] as const])).sort((a, b) => a[0].localeCompare(b[0])))
  const { byLifecycle, waived, deadlines, ...rest } = summary
  return {
    ...rest, devices, malformedRows, byRule: sorted(summary.byRule), byGroup: sorted(summary.byGroup),
    ...(byLifecycle !== undefined && { byLifecycle: sorted(byLifecycle) }),
    ...(waived !== undefined && { waived }),
    ...(deadlines !== undefined && { deadlines }),
  }
}

/** Tallies findings into a summary (sorted keys). */
export function summarizeFindings(findings: readonly Finding[], devices: number, malformedRows: number): CheckSummary {
  const summary = newSummary()
  const byDevice = new Map<string, Finding[]>()
  for (const f of findings) {
    let list = byDevice.get(f.deviceId)
    if (list === undefined) byDevice.set(f.deviceId, (list = []))
    list.push(f)
  }
  for (const list of byDevice.values()) addToSummary(summary, list)
  return finishSummary(summary, devices, malformedRows)
}

export const FINDING_CSV_COLUMNS = [
  'device', 'name', 'rule', 'severity', 'effect', 'deadline', 'days_left', 'manufacturer', 'group', 'matched_group', 'list', 'confidence', 'evidence', 'notes',
  'status', 'lifecycle', 'waived_until', 'waiver_reason', 'waiver', 'to_confirm',
] as const

/** The columns `check --merge` adds: the other ids of a merged device, and the file and line of each of its records. */
export const FINDING_CSV_MERGE_COLUMNS = ['device_aliases', 'device_sources'] as const

/** Findings as CSV, with a header line; `merged` adds the columns of `FINDING_CSV_MERGE_COLUMNS`. */
export function formatFindingsCsv(findings: readonly Finding[], merged = false): string {
  return csvLine(merged ? [...FINDING_CSV_COLUMNS, ...FINDING_CSV_MERGE_COLUMNS] : FINDING_CSV_COLUMNS) + formatFindingCsvRows(findings, merged)
}

/** Findings as CSV lines, without the header. */
export function formatFindingCsvRows(findings: readonly Finding[], merged = false): string {
  let s = ''
  for (const f of findings) {
    s += csvLine([
      f.deviceId, f.deviceName, f.rule, f.severity, f.effect.kind, f.deadline, f.daysLeft, f.manufacturer, f.group, f.matchedGroup, f.list,
      f.confidence, evidenceLine(f.evidence), joinNotes(f.notes),
      f.deviceStatus, f.lifecycle, f.waiver?.until, f.waiver?.reason, f.waiver === undefined ? undefined : `${formatWaiverAt(f.waiver)}: ${f.waiver.target}`,
      f.toConfirm?.join(';'),
      ...(merged ? [f.deviceAliases?.join(';'), sourcesCell(f.deviceSources)] : []),
    ])
  }
  return s
}

/**
 * `; 4 more waived by exemptions, not counted`, said after the counts of a check whose exemptions
 * waived findings (`written`: false when the output leaves them out); empty when none were.
 */
export function formatWaived(summary: Pick<CheckSummary, 'waived'>, written = true): string {
  const n = summary.waived ?? 0
  return n === 0 ? '' : `; ${n.toLocaleString('en-US')} more waived by exemptions, ${written ? 'not counted' : 'left out and not counted'}`
}

/** A check's summary in a few lines: counts by severity, by rule and by group; `written` as for {@link formatWaived}. */
export function formatCheckSummary(summary: CheckSummary, written = true): string {
  let s = `${formatCount(summary.devices, 'device')} checked: ${formatCount(summary.findings, 'finding')} on ` +
    `${formatCount(summary.devicesWithFindings, 'device')} (${formatCount(summary.bySeverity.error, 'error')}, ${formatCount(summary.bySeverity.warning, 'warning')}, ` +
    `${formatCount(summary.bySeverity.note, 'note')})${formatWaived(summary, written)}.\n`
  const rules = Object.entries(summary.byRule)
  if (rules.length > 0) s += `By rule: ${rules.map(([r, n]) => `${r} ${n}`).join(', ')}.\n`
  const groups = Object.entries(summary.byGroup)
  if (groups.length > 0) s += `By group: ${groups.map(([g, n]) => `${g} ${n}`).join(', ')}.\n`
  const deadlines = formatDeadlines(summary)
  if (deadlines !== '') s += `${deadlines}.\n`
  const line = formatNotInService(summary)
  if (line !== '') s += `${line}.\n`
  return s
}

/**
 * `Deadlines: 14 findings past theirs; 2 due within 90 days, the next on 2026-12-31 (in 24 days)`;
 * empty when no finding has a deadline.
 */
export function formatDeadlines(summary: Pick<CheckSummary, 'deadlines'>): string {
  const d = summary.deadlines
  if (d === undefined) return ''
  const parts = [
    ...(d.passed > 0 ? [`${formatCount(d.passed, 'finding')} past ${d.passed === 1 ? 'its' : 'their'} deadline`] : []),
    `${d.within90Days.toLocaleString('en-US')} due within ${DEADLINE_NEAR_DAYS} days`,
  ]
  const next = d.next === undefined ? '' : `, the next on ${d.next.date} (${formatDaysLeft(d.next.daysLeft)})`
  return `Deadlines: ${parts.join('; ')}${next}`
}

/**
 * `3 findings are on devices the inventory records as not in service (2 out of service, 1 not yet
 * deployed): confirm they are gone or not installed`; empty when there are none.
 */
export function formatNotInService(summary: Pick<CheckSummary, 'byLifecycle'>): string {
  const total = findingsNotInService(summary)
  if (total === 0) return ''
  const parts = NOT_IN_SERVICE.flatMap((k) => {
    const n = summary.byLifecycle?.[k] ?? 0
    return n === 0 ? [] : [`${n.toLocaleString('en-US')} ${k === 'out-of-service' ? 'out of service' : 'not yet deployed'}`]
  })
  return total === 1
    ? `1 finding is on a device the inventory records as not in service (${parts.join(', ')}): confirm that it is gone from the network or not installed`
    : `${formatCount(total, 'finding')} are on devices the inventory records as not in service (${parts.join(', ')}): ` +
      'confirm that they are gone from the network or not installed'
}
