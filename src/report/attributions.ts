import type { Catalog } from '../catalog/types.js'
import type { Device, DeviceSource } from '../domain/device.js'
import type { Attribution, Conflict, Evidence, TimedOwner } from '../domain/evidence.js'
import { lifecycleOf, type LifecycleClass } from '../domain/lifecycle.js'
import { csvLine, sourcesCell } from './csv.js'
import type { ByteOutput } from '../util/byte-output.js'
import { textOf, utf8Bytes } from '../util/byte-output.js'
import { showControls } from '../util/text-width.js'
import { buildSharedBytes, nullableJson, PieceCache, PieceTree } from './shared-json.js'
import { fitDeviceLabel, formatConflict, formatRuledOutOwner, formatTimedOwner, summarizeEvidence, summarizeEvidenceBriefly, tableDeviceLabel } from './words.js'

/** An attribution as JSON output shows it. */
export type AttributionRow = {
  id: string
  name?: string
  /** The other ids of a device merged from several records (`--merge`), in the order read. */
  aliases?: string[]
  /** The lifecycle status the inventory records, as written, and its class (`lifecycleOf`): both or neither. */
  status?: string
  lifecycle?: LifecycleClass
  manufacturer: string | null
  group: string | null
  confidence: number
  evidence: Evidence[]
  conflicts: (Conflict & { text: string })[]
  /**
   * The relations bounded in time that put the manufacturer in its group (Honor, Huawei's brand
   * until 2020-11-17), with the device's date they were read at: why the group is what it is.
   */
  timedOwners?: (TimedOwner & { text: string })[]
  /**
   * The relations bounded in time that the device's date rules out (Honor, Huawei's brand until
   * 2020-11-17, for a phone of 2022): why the group is not another.
   */
  ruledOutOwners?: (TimedOwner & { text: string })[]
  componentGroups?: string[]
  unknownReason?: string
  unrecognised?: Attribution['unrecognised']
  /**
   * Every record a device merged from several (`--merge`) was read from, in the order read: file
   * (and sheet), line, the id there, and the manufacturer it declares, if any.
   */
  sources?: DeviceSource[]
}

/** The JSON output row of one device. */
export function toAttributionRow(device: Device, a: Attribution, catalog: Pick<Catalog, 'manufacturers'>): AttributionRow {
  return {
    id: device.id,
    ...(device.name !== undefined ? { name: device.name } : {}),
    ...(device.aliases !== undefined ? { aliases: device.aliases } : {}),
    ...(device.status !== undefined ? { status: device.status, lifecycle: lifecycleOf(device.status) } : {}),
    manufacturer: a.manufacturer ?? null,
    group: a.group ?? null,
    confidence: a.confidence,
    evidence: a.evidence,
    conflicts: a.conflicts.map((c) => ({ ...c, text: formatConflict(c, catalog.manufacturers) })),
    ...(a.timedOwners !== undefined ? { timedOwners: a.timedOwners.map((t) => ({ ...t, text: formatTimedOwner(t, catalog.manufacturers) })) } : {}),
    ...(a.ruledOutOwners !== undefined ? { ruledOutOwners: a.ruledOutOwners.map((t) => ({ ...t, text: formatRuledOutOwner(t, catalog.manufacturers) })) } : {}),
    ...(a.componentGroups.length > 0 ? { componentGroups: a.componentGroups } : {}),
    ...(a.unknownReason !== undefined ? { unknownReason: a.unknownReason } : {}),
    ...(a.unrecognised.length > 0 ? { unrecognised: a.unrecognised } : {}),
    ...(device.sources !== undefined ? { sources: device.sources } : {}),
  }
}

/**
 * A serializer of attribution rows as one-line JSON for the streamed `identify` output, written as
 * UTF-8 into a `ByteOutput` (see `buildFindingJsonBytes`): the same text as
 * `JSON.stringify(toAttributionRow(device, a, catalog))`. The evidence and conflicts that many
 * devices share (identify memoizes both) are made into bytes once each.
 */
export function buildAttributionJsonBytes(catalog: Pick<Catalog, 'manufacturers'>): (device: Device, a: Attribution, out: ByteOutput) => void {
  const { bytesOf, evidenceList } = buildSharedBytes()
  const middles = new PieceTree()
  const conflictBytes = new WeakMap<readonly Conflict[], Uint8Array>()
  const ownerBytes = new WeakMap<readonly TimedOwner[], Uint8Array>()
  const ownersJson = (key: string, owners: readonly TimedOwner[], format: typeof formatTimedOwner): Uint8Array => {
    let bytes = ownerBytes.get(owners)
    if (bytes === undefined) {
      const rows = owners.map((t) => ({ ...t, text: format(t, catalog.manufacturers) }))
      ownerBytes.set(owners, (bytes = utf8Bytes(`,"${key}":${JSON.stringify(rows)}`)))
    }
    return bytes
  }
  const statuses = new PieceCache<string>()
  return (device, a, out) => {
    out.bytes(ID)
    out.jsonString(device.id)
    if (device.name !== undefined) {
      out.bytes(NAME)
      out.jsonString(device.name)
    }
    if (device.aliases !== undefined) out.text(`,"aliases":${JSON.stringify(device.aliases)}`)
    if (device.status !== undefined) {
      out.bytes(statuses.get(device.status) ?? statuses.put(device.status, `,"status":${JSON.stringify(device.status)},"lifecycle":"${lifecycleOf(device.status)}"`))
    }
    const t = middles
    const level = t.at(t.at(t.root, a.manufacturer), a.group)
    out.bytes(t.piece(level, a.confidence) ??
      t.put(level, a.confidence, `,"manufacturer":${nullableJson(a.manufacturer)},"group":${nullableJson(a.group)},"confidence":${JSON.stringify(a.confidence)},"evidence":`))
    evidenceList(a.evidence, out)
    if (a.conflicts.length === 0) out.bytes(NO_CONFLICTS)
    else {
      let conflicts = conflictBytes.get(a.conflicts)
      if (conflicts === undefined) {
        const rows = a.conflicts.map((c) => ({ ...c, text: formatConflict(c, catalog.manufacturers) }))
        conflictBytes.set(a.conflicts, (conflicts = utf8Bytes(`,"conflicts":${JSON.stringify(rows)}`)))
      }
      out.bytes(conflicts)
    }
    // Shared by the devices of one maker and date (identify memoizes them), as conflicts are.
    if (a.timedOwners !== undefined) out.bytes(ownersJson('timedOwners', a.timedOwners, formatTimedOwner))
    if (a.ruledOutOwners !== undefined) out.bytes(ownersJson('ruledOutOwners', a.ruledOutOwners, formatRuledOutOwner))
    if (a.componentGroups.length > 0) {
      out.bytes(COMPONENT_GROUPS)
      out.bytes(bytesOf(a.componentGroups))
    }
    if (a.unknownReason !== undefined) out.text(`,"unknownReason":${JSON.stringify(a.unknownReason)}`)
    if (a.unrecognised.length > 0) out.text(`,"unrecognised":${JSON.stringify(a.unrecognised)}`)
    if (device.sources !== undefined) out.text(`,"sources":${JSON.stringify(device.sources)}`)
    out.bytes(CLOSE_OBJECT)
  }
}

const ID = utf8Bytes('{"id":')
const COMMA_NEWLINE = utf8Bytes(',\n')
const NEWLINE = utf8Bytes('\n')
const NAME = utf8Bytes(',"name":')
const NO_CONFLICTS = utf8Bytes(',"conflicts":[]')
const COMPONENT_GROUPS = utf8Bytes(',"componentGroups":')
const CLOSE_OBJECT = utf8Bytes('}')

export const ATTRIBUTION_CSV_COLUMNS = [
  'id', 'name', 'manufacturer', 'group', 'confidence', 'evidence', 'conflicts', 'component_groups', 'status', 'lifecycle',
  'timed_owners', 'ruled_out_owners',
] as const

/** The columns `identify --merge` adds: the other ids of a merged device, and the file and line of each of its records. */
export const ATTRIBUTION_CSV_MERGE_COLUMNS = ['aliases', 'sources'] as const

/** The CSV output line of one device; `merged` adds the columns of `ATTRIBUTION_CSV_MERGE_COLUMNS`. */
export function formatAttributionCsv(device: Device, a: Attribution, catalog: Pick<Catalog, 'manufacturers'>, merged = false): string {
  return csvLine([
    device.id, device.name, a.manufacturer, a.group, a.confidence, summarizeEvidence(a),
    a.conflicts.map((c) => formatConflict(c, catalog.manufacturers)).join('; '), a.componentGroups.join(';'),
    device.status, device.status === undefined ? undefined : lifecycleOf(device.status),
    a.timedOwners?.map((t) => formatTimedOwner(t, catalog.manufacturers)).join('; '),
    a.ruledOutOwners?.map((t) => formatRuledOutOwner(t, catalog.manufacturers)).join('; '),
    ...(merged ? [device.aliases?.join(';'), sourcesCell(device.sources)] : []),
  ])
}

const TABLE_WIDTHS = { id: 22, manufacturer: 16, group: 12, confidence: 5 } as const

/** The header of the terminal table. */
export function formatAttributionTableHeader(): string {
  return `${pad('DEVICE', TABLE_WIDTHS.id)} ${pad('MANUFACTURER', TABLE_WIDTHS.manufacturer)} ` +
    `${pad('GROUP', TABLE_WIDTHS.group)} ${pad('CONF', TABLE_WIDTHS.confidence)} EVIDENCE / CONFLICTS\n`
}

/** One device as a terminal table row; conflicts go on an indented line below. */
export function formatAttributionTableRow(
  device: Device, a: Attribution, catalog: Pick<Catalog, 'manufacturers'>, width = 160,
): string {
  // Control characters shown, not sent: the terminal would run an escape sequence in an id or banner.
  const head = `${fitDeviceLabel(showControls(tableDeviceLabel(device.id, device.name)), TABLE_WIDTHS.id)} ${pad(a.manufacturer ?? 'unknown', TABLE_WIDTHS.manufacturer)} ` +
    `${pad(a.group ?? '-', TABLE_WIDTHS.group)} ${pad(a.confidence.toFixed(2), TABLE_WIDTHS.confidence)} `
  const rest = Math.max(20, width - head.length)
  let s = head + truncate(showControls(summarizeEvidenceBriefly(a)), rest) + '\n'
  // Why the group is the one shown, when a relation bounded in time put the maker in it.
  for (const t of a.timedOwners ?? []) {
    s += `${' '.repeat(TABLE_WIDTHS.id + 1)}= ${truncate(formatTimedOwner(t, catalog.manufacturers), Math.max(20, width - TABLE_WIDTHS.id - 3))}\n`
  }
  // Why it is not in a group its maker was (or came to be) in at another time.
  for (const t of a.ruledOutOwners ?? []) {
    s += `${' '.repeat(TABLE_WIDTHS.id + 1)}≠ ${truncate(formatRuledOutOwner(t, catalog.manufacturers), Math.max(20, width - TABLE_WIDTHS.id - 3))}\n`
  }
  for (const c of a.conflicts) {
    s += `${' '.repeat(TABLE_WIDTHS.id + 1)}! ${truncate(showControls(formatConflict(c, catalog.manufacturers)), Math.max(20, width - TABLE_WIDTHS.id - 3))}\n`
  }
  return s
}

function pad(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n)
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s
}

/** Output formats of `identify`. */
export type AttributionFormat = 'table' | 'json' | 'jsonl' | 'csv'

/**
 * A streaming writer of attributions: `head`, one `row` per device, `tail`; `rowInto` writes a row
 * as UTF-8 into a `ByteOutput`, the fastest way the format has. `tail` is told how many rows were
 * written, so that a JSON list of no devices closes as `[]`.
 */
export type AttributionsWriter = {
  head: string
  row: (device: Device, a: Attribution) => string
  rowInto: (device: Device, a: Attribution, out: ByteOutput) => void
  tail: (rows: number) => string
}

/**
 * A streaming writer of attributions in one format. With `continued` the rows continue a list begun
 * elsewhere (a parallel worker's share): every JSON array row starts with a comma. Each JSON row
 * starts on its own line (`[`, then `\n{...}` or `,\n{...}`), so the list holds no blank line when
 * it is empty.
 */
export function buildAttributionsWriter(
  format: AttributionFormat, catalog: Pick<Catalog, 'manufacturers'>, opts: { width?: number; continued?: boolean; merged?: boolean } = {},
): AttributionsWriter {
  switch (format) {
    case 'json': {
      const bytes = buildAttributionJsonBytes(catalog)
      let first = opts.continued !== true
      const rowInto = (d: Device, a: Attribution, out: ByteOutput) => {
        out.bytes(first ? NEWLINE : COMMA_NEWLINE)
        first = false
        bytes(d, a, out)
      }
      return { head: '[', row: (d, a) => textOf((out) => rowInto(d, a, out)), rowInto, tail: (rows) => (rows > 0 ? '\n]\n' : ']\n') }
    }
    case 'jsonl': {
      const bytes = buildAttributionJsonBytes(catalog)
      const rowInto = (d: Device, a: Attribution, out: ByteOutput) => {
        bytes(d, a, out)
        out.bytes(NEWLINE)
      }
      return { head: '', row: (d, a) => textOf((out) => rowInto(d, a, out)), rowInto, tail: () => '' }
    }
    case 'csv': {
      // --merge: the aliases and sources a JSON row gives, in two more columns.
      const merged = opts.merged === true
      const row = (d: Device, a: Attribution) => formatAttributionCsv(d, a, catalog, merged)
      return { head: csvLine(merged ? [...ATTRIBUTION_CSV_COLUMNS, ...ATTRIBUTION_CSV_MERGE_COLUMNS] : ATTRIBUTION_CSV_COLUMNS), row, rowInto: (d, a, out) => out.text(row(d, a)), tail: () => '' }
    }
    case 'table': {
      const row = (d: Device, a: Attribution) => formatAttributionTableRow(d, a, catalog, opts.width)
      return { head: formatAttributionTableHeader(), row, rowInto: (d, a, out) => out.text(row(d, a)), tail: () => '' }
    }
  }
}

/**
 * Counts of an identify run: devices, unknown ones (`interfaceOnly` of them known only by the MAC of
 * a network-interface maker), ones with conflicts, devices per group.
 */
export type AttributionTally = { devices: number; unknown: number; interfaceOnly: number; conflicts: number; groups: Record<string, number> }

export function newAttributionTally(): AttributionTally {
  return { devices: 0, unknown: 0, interfaceOnly: 0, conflicts: 0, groups: {} }
}

export function addToTally(tally: AttributionTally, a: Attribution): void {
  tally.devices++
  if (a.group === undefined) {
    tally.unknown++
    if (a.evidence.some((e) => e.method === 'oui' && e.interfaceOnly === true)) tally.interfaceOnly++
  } else tally.groups[a.group] = (tally.groups[a.group] ?? 0) + 1
  if (a.conflicts.length > 0) tally.conflicts++
}

/** Adds the counts of `part` (a share of the devices, counted apart) into `tally`. */
export function mergeTally(tally: AttributionTally, part: AttributionTally): void {
  tally.devices += part.devices
  tally.unknown += part.unknown
  tally.interfaceOnly += part.interfaceOnly
  tally.conflicts += part.conflicts
  for (const [g, n] of Object.entries(part.groups)) tally.groups[g] = (tally.groups[g] ?? 0) + n
}
