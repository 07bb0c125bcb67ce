/**
 * CSV link lists (`a,b,metric,capacity,latency_ms`), optionally with a node list
 * (`id,label,lat,lon,site`). Without a node list, nodes are implied by the link ends.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import type { TopologyLink } from '../../domain/topology.js'
import { TopologyBuilder, defined, emptyTopology, readLinkAside, readNumber, type LinkFields } from './builder.js'
import { readCsvTable, type CsvColumns, type CsvRow } from './csv-table.js'
import { networkOf, resolveLimits, type ParseTopologyOptions, type TopologyResult, type TopologySource, sortDiagnostics, tooLarge } from './source.js'

type LinkColumn = 'a' | 'b' | 'metric' | 'capacity' | 'latency_ms' | 'label'
type NodeColumn = 'id' | 'label' | 'lat' | 'lon' | 'site' | 'country' | 'devices'

/** Columns of a link list; also used by interconnect files. */
export const LINK_COLUMNS: CsvColumns<LinkColumn> = {
  required: ['a', 'b'],
  optional: ['metric', 'capacity', 'latency_ms', 'label'],
  aliases: {
    source: 'a', src: 'a', from: 'a', node_a: 'a', target: 'b', dst: 'b', to: 'b', node_b: 'b',
    latency: 'latency_ms', capacity_mbps: 'capacity', weight: 'metric', cost: 'metric',
  },
  decimal: ['metric', 'capacity', 'latency_ms'],
}

/** Columns of a node list. `devices` holds inventory device ids separated by `;`. */
export const NODE_COLUMNS: CsvColumns<NodeColumn> = {
  required: ['id'],
  optional: ['label', 'lat', 'lon', 'site', 'country', 'devices'],
  aliases: { name: 'label', latitude: 'lat', longitude: 'lon', lng: 'lon' },
  decimal: ['lat', 'lon'],
}

/** Options of `parseLinkCsv`. */
export type ParseLinkCsvOptions = ParseTopologyOptions & {
  /** A node list (`id,label,lat,lon,site,country,devices`) for the same network; link ends must then be listed in it. */
  nodes?: { text: string; file: string }
}

/** The metric, capacity (Mbit/s), latency (ms) and label of a link row (CSV cells or JSON values). */
export function linkFields(raw: { metric?: unknown; capacity?: unknown; latencyMs?: unknown; label?: unknown }, at: SourceLocation, diagnostics: Diagnostic[], names = { latencyMs: 'latency_ms' }): LinkFields {
  return defined({
    metric: readNumber(raw.metric, 'metric', 'positive', at, diagnostics),
    capacity: readLinkAside(raw.capacity, 'capacity', 'nonnegative', at, diagnostics),
    latencyMs: readLinkAside(raw.latencyMs, names.latencyMs, 'nonnegative', at, diagnostics),
    label: typeof raw.label === 'string' && raw.label !== '' ? raw.label : undefined,
  }) satisfies Partial<TopologyLink>
}

/** Reads the ends of a link row; reports an empty end and returns undefined. */
export function linkEnds(row: CsvRow<LinkColumn>, at: SourceLocation, diagnostics: Diagnostic[]): [string, string] | undefined {
  const a = row.cells.a ?? ''
  const b = row.cells.b ?? ''
  for (const [field, value] of [['a', a], ['b', b]] as const) {
    if (value === '') diagnostics.push({ code: 'invalid_field', severity: 'error', at, field, value, expected: 'a node id' })
  }
  return a === '' || b === '' ? undefined : [a, b]
}

function addNodeRows(builder: TopologyBuilder, text: string, file: string, diagnostics: Diagnostic[]): boolean {
  const rows = readCsvTable(text, file, NODE_COLUMNS, diagnostics)
  if (rows === undefined) return false
  for (const row of rows) {
    const at: SourceLocation = { file, line: row.line }
    const c = row.cells
    if (c.id === undefined || c.id === '') {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'id', value: '', expected: 'a node id' })
      continue
    }
    const devices = (c.devices ?? '').split(';').map((s) => s.trim()).filter((s) => s !== '')
    builder.addNode(c.id, defined({
      label: c.label || undefined,
      lat: readNumber(c.lat, 'lat', 'latitude', at, diagnostics),
      lon: readNumber(c.lon, 'lon', 'longitude', at, diagnostics),
      site: c.site || undefined,
      country: c.country || undefined,
      devices: devices.length > 0 ? devices : undefined,
    }), at)
    if (builder.full) break
  }
  return true
}

/**
 * Parses a CSV link list into a topology of one network. Columns: `a`, `b` (node ids, required),
 * `metric` (> 0), `capacity` (Mbit/s), `latency_ms`, `label`. Without `options.nodes`, every link
 * end becomes a node; with it, link ends missing from the node list are reported and skipped.
 *
 * @example
 * const { topology } = parseLinkCsv('a,b,metric\nfra,ber,10\n', { file: 'de.csv' })
 * topology.links // [{ a: 'de:fra', b: 'de:ber', metric: 10 }]
 */
export function parseLinkCsv(text: string, source: TopologySource, options: ParseLinkCsvOptions = {}): TopologyResult {
  const network = networkOf('topology/parseLinkCsv', source)
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const empty = { topology: emptyTopology(network), diagnostics }
  if (tooLarge(text, source.file, limits, diagnostics)) return empty
  const builder = new TopologyBuilder(network, source.file, limits, diagnostics)
  let implied = true
  if (options.nodes !== undefined) {
    if (tooLarge(options.nodes.text, options.nodes.file, limits, diagnostics)) return empty
    if (!addNodeRows(builder, options.nodes.text, options.nodes.file, diagnostics)) return empty
    implied = false
  }
  const rows = readCsvTable(text, source.file, LINK_COLUMNS, diagnostics)
  for (const row of rows ?? []) {
    if (builder.full) break
    const at: SourceLocation = { file: source.file, line: row.line }
    const ends = linkEnds(row, at, diagnostics)
    if (ends === undefined) continue
    const c = row.cells
    builder.addLink(ends[0], ends[1], linkFields({ metric: c.metric, capacity: c.capacity, latencyMs: c.latency_ms, label: c.label }, at, diagnostics), at, ['a', 'b'], implied)
  }
  const topology = builder.build()
  return { topology, diagnostics: sortDiagnostics(diagnostics) }
}
