import type { Finding } from '../domain/finding.js'
import type { Manufacturer } from '../domain/manufacturer.js'
import { csvLine } from './csv.js'
import { formatEvidence, manufacturerName } from './words.js'

/** Counts that summarise a check. */
export type CheckSummary = {
  devices: number
  devicesWithFindings: number
  findings: number
  bySeverity: Record<Finding['severity'], number>
  byRule: Record<string, number>
  byGroup: Record<string, number>
  malformedRows: number
}

/** Tallies findings into a summary (sorted keys). */
export function summarizeFindings(findings: readonly Finding[], devices: number, malformedRows: number): CheckSummary {
  const bySeverity = { error: 0, warning: 0, note: 0 }
  const byRule = new Map<string, number>()
  const byGroup = new Map<string, number>()
  for (const f of findings) {
    bySeverity[f.severity]++
    byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1)
    const g = f.matchedGroup ?? f.group ?? 'unknown'
    byGroup.set(g, (byGroup.get(g) ?? 0) + 1)
  }
  const sorted = (m: Map<string, number>) => Object.fromEntries([...m.entries()].sort((a, b) => a[0].localeCompare(b[0])))
  return {
    devices, devicesWithFindings: new Set(findings.map((f) => f.deviceId)).size, findings: findings.length,
    bySeverity, byRule: sorted(byRule), byGroup: sorted(byGroup), malformedRows,
  }
}

export const FINDING_CSV_COLUMNS = [
  'device', 'name', 'rule', 'severity', 'effect', 'deadline', 'manufacturer', 'group', 'matched_group', 'list', 'confidence', 'evidence', 'notes',
] as const

/** Findings as CSV, with a header line. */
export function formatFindingsCsv(findings: readonly Finding[]): string {
  let s = csvLine(FINDING_CSV_COLUMNS)
  for (const f of findings) {
    s += csvLine([
      f.deviceId, f.deviceName, f.rule, f.severity, f.effect.kind, f.deadline, f.manufacturer, f.group, f.matchedGroup, f.list,
      f.confidence, f.evidence.map((e) => `${e.manufacturer}: ${formatEvidence(e)}`).join('; '), f.notes.join(' '),
    ])
  }
  return s
}

/** Findings as a terminal table followed by a one-paragraph summary. */
export function formatFindingsTable(
  findings: readonly Finding[], summary: CheckSummary, manufacturers: ReadonlyMap<string, Manufacturer>, width = 160,
): string {
  const rows = findings.map((f) => [
    f.severity, f.rule, f.deviceId, manufacturerName(f.manufacturer, manufacturers), f.matchedGroup ?? f.group ?? '-',
    f.deadline ?? '-', f.confidence.toFixed(2),
    f.evidence.filter((e) => e.method !== 'component' || f.matchedGroup !== f.group).slice(0, 3).map(formatEvidence).join('; ') +
      (f.notes.length > 0 ? ` [${f.notes.join(' ')}]` : ''),
  ])
  const head = ['SEVERITY', 'RULE', 'DEVICE', 'MANUFACTURER', 'GROUP', 'DEADLINE', 'CONF', 'EVIDENCE']
  const widths = head.slice(0, -1).map((h, i) => Math.min(28, Math.max(h.length, ...rows.map((r) => r[i]!.length))))
  const line = (cells: string[]) => {
    const fixed = cells.slice(0, -1).map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ')
    const rest = Math.max(20, width - fixed.length - 2)
    const last = cells[cells.length - 1]!
    return `${fixed}  ${last.length > rest ? `${last.slice(0, rest - 1)}…` : last}`.trimEnd()
  }
  let s = findings.length > 0 ? [line(head), ...rows.map(line)].join('\n') + '\n\n' : ''
  s += `${summary.devices.toLocaleString('en-US')} devices checked: ${summary.findings.toLocaleString('en-US')} findings on ` +
    `${summary.devicesWithFindings.toLocaleString('en-US')} devices (${summary.bySeverity.error} error, ${summary.bySeverity.warning} warning, ` +
    `${summary.bySeverity.note} note).\n`
  const rules = Object.entries(summary.byRule)
  if (rules.length > 0) s += `By rule: ${rules.map(([r, n]) => `${r} ${n}`).join(', ')}.\n`
  const groups = Object.entries(summary.byGroup)
  if (groups.length > 0) s += `By group: ${groups.map(([g, n]) => `${g} ${n}`).join(', ')}.\n`
  return s
}
