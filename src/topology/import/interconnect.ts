/**
 * Interconnect files: CSV links between operator networks, `a,b,metric,capacity,latency_ms`,
 * where `a` and `b` are `<network>:<node id>` or `<network>:<node label>`.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import type { Topology, TopologyLink } from '../../domain/topology.js'
import { readCsvTable } from './csv-table.js'
import { LINK_COLUMNS, linkEnds, linkFields } from './link-csv.js'
import { NETWORK_SEPARATOR, resolveLimits, type ParseTopologyOptions, sortDiagnostics, tooLarge } from './source.js'

/** The result of `parseInterconnect`: the interconnect links, and the topology with them added. */
export type InterconnectResult = { topology: Topology; links: TopologyLink[]; diagnostics: Diagnostic[] }

/** Finds nodes by qualified id, then by label within a network (exact, then ignoring case). */
class EndpointIndex {
  private readonly ids = new Set<string>()
  private readonly labels = new Map<string, string[]>()
  private readonly foldedLabels = new Map<string, string[]>()
  private readonly perNetwork = new Map<string, number>()
  private readonly networks: string[]

  constructor(topology: Topology) {
    this.networks = topology.networks
    for (const node of topology.nodes) {
      this.ids.add(node.id)
      const network = node.network ?? ''
      this.perNetwork.set(network, (this.perNetwork.get(network) ?? 0) + 1)
      if (node.label === undefined) continue
      add(this.labels, `${network}\0${node.label}`, node.id)
      add(this.foldedLabels, `${network}\0${node.label.toLowerCase()}`, node.id)
    }
  }

  /** The node id of an endpoint, or undefined after a diagnostic. */
  resolve(endpoint: string, end: string, at: SourceLocation, diagnostics: Diagnostic[]): string | undefined {
    const sep = endpoint.indexOf(NETWORK_SEPARATOR)
    if (sep <= 0) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: end, value: endpoint, expected: '<network>:<node id or label>, e.g. de:17 or de:Frankfurt' })
      return undefined
    }
    const written = endpoint.slice(0, sep)
    const local = endpoint.slice(sep + 1)
    // The network in any case (`colt:` for Colt.graphml's network), as flow ends and sites write
    // it, unless two loaded networks differ only by case.
    const folded = this.networks.filter((n) => n.toLowerCase() === written.toLowerCase())
    const network = this.networks.includes(written) ? written : folded.length === 1 ? folded[0]! : undefined
    if (network === undefined) {
      diagnostics.push({ code: 'unknown_network', severity: 'error', at, network: written, known: [...this.networks] })
      return undefined
    }
    if (this.ids.has(`${network}${NETWORK_SEPARATOR}${local}`)) return `${network}${NETWORK_SEPARATOR}${local}`
    const matches = this.labels.get(`${network}\0${local}`) ?? this.foldedLabels.get(`${network}\0${local.toLowerCase()}`) ?? []
    if (matches.length === 1) return matches[0]!
    if (matches.length > 1) diagnostics.push({ code: 'ambiguous_node', severity: 'error', at, node: endpoint, matches: [...matches] })
    else diagnostics.push({ code: 'unknown_node', severity: 'error', at, node: endpoint, end, nodes: this.perNetwork.get(network) ?? 0, network })
    return undefined
  }
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key)
  if (ids === undefined) map.set(key, [id])
  else ids.push(id)
}

/**
 * Parses an interconnect CSV against merged networks. Each row becomes a link with
 * `interconnect: true`; endpoints that name no loaded network or node are reported with their line.
 *
 * @example
 * const all = mergeTopologies(parts)
 * const { topology, diagnostics } = parseInterconnect('a,b,metric\nde:Frankfurt,it:Milan,50\n', { file: 'ix.csv' }, all)
 */
export function parseInterconnect(text: string, source: { file: string }, topology: Topology, options: ParseTopologyOptions = {}): InterconnectResult {
  const { file } = source
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const links: TopologyLink[] = []
  if (tooLarge(text, file, limits, diagnostics)) {
    return { topology, links, diagnostics }
  }
  const index = new EndpointIndex(topology)
  for (const row of readCsvTable(text, file, LINK_COLUMNS, diagnostics) ?? []) {
    const at: SourceLocation = { file, line: row.line }
    if (topology.links.length + links.length >= limits.maxLinks) {
      diagnostics.push({ code: 'input_too_large', severity: 'error', at, what: 'links', limit: limits.maxLinks })
      break
    }
    const ends = linkEnds(row, at, diagnostics)
    if (ends === undefined) continue
    const a = index.resolve(ends[0], 'end a', at, diagnostics)
    const b = index.resolve(ends[1], 'end b', at, diagnostics)
    const c = row.cells
    const fields = linkFields({ metric: c.metric, capacity: c.capacity, latencyMs: c.latency_ms, label: c.label }, at, diagnostics)
    if (a === undefined || b === undefined) continue
    if (a === b) {
      // A hand-written interconnect line that links a node to itself is a mistake worth showing.
      diagnostics.push({ code: 'self_loop', severity: 'warning', at, node: a })
      continue
    }
    links.push({ a, b, ...fields, interconnect: true })
  }
  if (links.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({ code: 'nothing_imported', severity: 'warning', at: { file }, expected: 'links' })
  }
  return { topology: { ...topology, links: [...topology.links, ...links] }, links, diagnostics: sortDiagnostics(diagnostics) }
}
