import type { Catalog } from '../catalog/types.js'
import type { Device } from '../domain/device.js'
import type { Attribution, Conflict, Evidence } from '../domain/evidence.js'
import { csvLine } from './csv.js'
import { buildSharedJson, nullableJson } from './shared-json.js'
import { formatConflict, summarizeEvidence } from './words.js'

/** An attribution as JSON output shows it. */
export type AttributionRow = {
  id: string
  name?: string
  manufacturer: string | null
  group: string | null
  confidence: number
  evidence: Evidence[]
  conflicts: (Conflict & { text: string })[]
  componentGroups?: string[]
  unknownReason?: string
  unrecognised?: Attribution['unrecognised']
}

/** The JSON output row of one device. */
export function toAttributionRow(device: Device, a: Attribution, catalog: Pick<Catalog, 'manufacturers'>): AttributionRow {
  return {
    id: device.id,
    ...(device.name !== undefined ? { name: device.name } : {}),
    manufacturer: a.manufacturer ?? null,
    group: a.group ?? null,
    confidence: a.confidence,
    evidence: a.evidence,
    conflicts: a.conflicts.map((c) => ({ ...c, text: formatConflict(c, catalog.manufacturers) })),
    ...(a.componentGroups.length > 0 ? { componentGroups: a.componentGroups } : {}),
    ...(a.unknownReason !== undefined ? { unknownReason: a.unknownReason } : {}),
    ...(a.unrecognised.length > 0 ? { unrecognised: a.unrecognised } : {}),
  }
}

/**
 * A serializer of attribution rows as one-line JSON: the same text as
 * `JSON.stringify(toAttributionRow(device, a, catalog))`, for the streamed `identify` output. The
 * evidence and conflicts that many devices share (identify memoizes both) are written once each
 * (see `buildSharedJson`); on 1M devices this was the larger part of `identify -f jsonl`.
 */
export function buildAttributionJson(catalog: Pick<Catalog, 'manufacturers'>): (device: Device, a: Attribution) => string {
  const { json, evidenceList } = buildSharedJson()
  const conflictTexts = new WeakMap<readonly Conflict[], string>()
  const conflictsJson = (conflicts: readonly Conflict[]): string => {
    if (conflicts.length === 0) return '[]'
    let s = conflictTexts.get(conflicts)
    if (s === undefined) {
      s = JSON.stringify(conflicts.map((c) => ({ ...c, text: formatConflict(c, catalog.manufacturers) })))
      conflictTexts.set(conflicts, s)
    }
    return s
  }
  return (device, a) =>
    `{"id":${JSON.stringify(device.id)}${device.name !== undefined ? `,"name":${JSON.stringify(device.name)}` : ''}` +
    `,"manufacturer":${nullableJson(a.manufacturer)},"group":${nullableJson(a.group)},"confidence":${JSON.stringify(a.confidence)}` +
    `,"evidence":${evidenceList(a.evidence)},"conflicts":${conflictsJson(a.conflicts)}` +
    (a.componentGroups.length > 0 ? `,"componentGroups":${json(a.componentGroups)}` : '') +
    (a.unknownReason !== undefined ? `,"unknownReason":${JSON.stringify(a.unknownReason)}` : '') +
    (a.unrecognised.length > 0 ? `,"unrecognised":${JSON.stringify(a.unrecognised)}` : '') +
    '}'
}

export const ATTRIBUTION_CSV_COLUMNS = [
  'id', 'name', 'manufacturer', 'group', 'confidence', 'evidence', 'conflicts', 'component_groups',
] as const

/** The CSV output line of one device. */
export function formatAttributionCsv(device: Device, a: Attribution, catalog: Pick<Catalog, 'manufacturers'>): string {
  return csvLine([
    device.id, device.name, a.manufacturer, a.group, a.confidence, summarizeEvidence(a),
    a.conflicts.map((c) => formatConflict(c, catalog.manufacturers)).join('; '), a.componentGroups.join(';'),
  ])
}

const TABLE_WIDTHS = { id: 22, manufacturer: 16, group: 12, confidence: 5 } as const

/** The header of the terminal table. */
export function formatAttributionTableHeader(): string {
  return `${pad('ID', TABLE_WIDTHS.id)} ${pad('MANUFACTURER', TABLE_WIDTHS.manufacturer)} ` +
    `${pad('GROUP', TABLE_WIDTHS.group)} ${pad('CONF', TABLE_WIDTHS.confidence)} EVIDENCE / CONFLICTS\n`
}

/** One device as a terminal table row; conflicts go on an indented line below. */
export function formatAttributionTableRow(
  device: Device, a: Attribution, catalog: Pick<Catalog, 'manufacturers'>, width = 160,
): string {
  const head = `${pad(device.id, TABLE_WIDTHS.id)} ${pad(a.manufacturer ?? 'unknown', TABLE_WIDTHS.manufacturer)} ` +
    `${pad(a.group ?? '-', TABLE_WIDTHS.group)} ${pad(a.confidence.toFixed(2), TABLE_WIDTHS.confidence)} `
  const rest = Math.max(20, width - head.length)
  let s = head + truncate(summarizeEvidence(a), rest) + '\n'
  for (const c of a.conflicts) {
    s += `${' '.repeat(TABLE_WIDTHS.id + 1)}! ${truncate(formatConflict(c, catalog.manufacturers), Math.max(20, width - TABLE_WIDTHS.id - 3))}\n`
  }
  return s
}

function pad(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n)
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s
}
