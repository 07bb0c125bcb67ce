/**
 * The SNDlib native format (Orlowski et al., "SNDlib 1.0", Networks 2010): sections
 * `META ( ... )`, `NODES ( ... )`, `LINKS ( ... )`, `DEMANDS ( ... )` and others, one entry a line,
 * `#` comments. Read first into SNDlib's own terms (`SndlibNetwork`), then mapped by `toTopology`.
 *
 * Choices, since SNDlib describes a design problem rather than a running network:
 * - Node coordinates are `( longitude latitude )`: longitude first. Some instances (di-yuan, whose
 *   nodes sit at `( 359.00 375.00 )`) give a place on a plane instead: then none of the file's
 *   coordinates is read (see `readPositions`).
 * - A link's `metric` is its `routing_cost` when that is above 0. The published instances
 *   (abilene, geant, nobel-germany) all have 0, which in SNDlib means "routing is free", not an
 *   IGP metric; the link then gets no metric and routing falls back to great-circle distance.
 * - A link's `capacity` is its `pre_installed_capacity` when above 0. The module list is capacity
 *   one could buy, not capacity in place, so it is not used.
 * - Demands become flows: `volume` is `demand_value`. Capacities and volumes are converted to
 *   Mbit/s when `META unit` names a bit rate (`MBITPERSEC`, `GBITPERSEC`, `BITSPERSEC`, …) and kept as
 *   written otherwise, with an `unknown_unit` warning when a unit is given but not known.
 * - `ADMISSIBLE_PATHS` and unknown sections are skipped.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import type { Flow } from '../../domain/topology.js'
import { TopologyBuilder, defined, emptyTopology, readLinkAside, readNumber, readPositions } from './builder.js'
import { networkOf, qualifyNodeId, resolveLimits, type FlowsResult, type ParseTopologyOptions, type TopologyLimits, type TopologyResult, type TopologySource, sortDiagnostics, tooLarge } from './source.js'

export type SndlibNode = { id: string; lon?: string; lat?: string; at: SourceLocation }
export type SndlibLink = {
  id: string
  source: string
  target: string
  preInstalledCapacity: string
  preInstalledCapacityCost: string
  routingCost: string
  setupCost: string
  /** `[capacity, cost]` pairs. */
  modules: [string, string][]
  at: SourceLocation
}
export type SndlibDemand = { id: string; source: string; target: string; routingUnit: string; demandValue: string; maxPathLength: string; at: SourceLocation }

/** An SNDlib network in its own terms: numbers are still text. */
export type SndlibNetwork = { meta: Map<string, string>; nodes: SndlibNode[]; links: SndlibLink[]; demands: SndlibDemand[] }

/** The result of `parseSndlib`: the network and its demands as flows. */
export type SndlibResult = TopologyResult & FlowsResult

const SECTION_START = /^([A-Z_]+)\s*\($/
const NODE_LINE = /^(\S+)(?:\s*\(\s*(\S+)\s+(\S+)\s*\))?$/
const LINK_LINE = /^(\S+)\s*\(\s*(\S+)\s+(\S+)\s*\)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)(?:\s*\(([^()]*)\))?$/
const DEMAND_LINE = /^(\S+)\s*\(\s*(\S+)\s+(\S+)\s*\)\s+(\S+)\s+(\S+)\s+(\S+)$/
const META_LINE = /^(\S+)\s*=\s*(.*)$/

const EXPECTED: Readonly<Record<string, string>> = {
  NODES: '<node_id> [( <longitude> <latitude> )]',
  LINKS: '<link_id> ( <source> <target> ) <pre_installed_capacity> <pre_installed_capacity_cost> <routing_cost> <setup_cost> ( {<module_capacity> <module_cost>}* )',
  DEMANDS: '<demand_id> ( <source> <target> ) <routing_unit> <demand_value> <max_path_length>',
  META: '<attribute> = <content>',
}

/**
 * Multipliers from SNDlib's `META unit` to Mbit/s. Published files write both `BITPERSEC` and
 * `BITSPERSEC` (brain), so the plural is accepted too.
 */
export const UNITS: Readonly<Record<string, number>> = { BITPERSEC: 1e-6, KBITPERSEC: 1e-3, MBITPERSEC: 1, GBITPERSEC: 1e3, TBITPERSEC: 1e6 }

/** The Mbit/s multiplier of a `META unit`: 1 when absent; undefined when it names no known bit rate. */
export function unitMultiplier(unit: string | undefined): number | undefined {
  if (unit === undefined || unit.trim() === '') return 1
  return UNITS[unit.trim().toUpperCase().replace(/BITSPER/, 'BITPER').replace(/PERSECOND$/, 'PERSEC')]
}

/** Reads SNDlib native text into its own vocabulary; unreadable lines are reported and skipped. */
export function readSndlibNetwork(text: string, file: string, diagnostics: Diagnostic[]): SndlibNetwork {
  const net: SndlibNetwork = { meta: new Map(), nodes: [], links: [], demands: [] }
  let section: string | undefined
  /** Parenthesis depth inside a skipped section. */
  let skipDepth = 0
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    const at: SourceLocation = { file, line: i + 1 }
    // The header says what the file is: an instance's model file, or a solution, holds no network.
    const type = section === undefined && line.startsWith('?') ? /\btype:\s*([A-Za-z_-]+)/.exec(line)?.[1] : undefined
    if (type !== undefined && type.toLowerCase() !== 'network') {
      diagnostics.push({ code: 'sndlib_not_network', severity: 'error', at, type })
      return net
    }
    if (line === '' || line.startsWith('#') || (line.startsWith('?') && section === undefined)) continue
    if (section === undefined) {
      const m = SECTION_START.exec(line)
      if (m === null) {
        diagnostics.push({ code: 'malformed_sndlib', severity: 'error', at, section: 'top-level', expected: 'a section start such as "NODES ("', got: line })
        continue
      }
      section = m[1]!
      skipDepth = 0
      continue
    }
    if (section in EXPECTED) {
      if (line === ')') {
        section = undefined
        continue
      }
    } else {
      for (const ch of line) skipDepth += ch === '(' ? 1 : ch === ')' ? -1 : 0
      if (skipDepth < 0) section = undefined
      continue
    }
    const bad = (): void => {
      diagnostics.push({ code: 'malformed_sndlib', severity: 'error', at, section: section!, expected: EXPECTED[section!]!, got: line })
    }
    switch (section) {
      case 'META': {
        const m = META_LINE.exec(line)
        if (m === null) bad()
        else net.meta.set(m[1]!, m[2]!.trim())
        break
      }
      case 'NODES': {
        const m = NODE_LINE.exec(line)
        if (m === null) bad()
        else net.nodes.push(m[2] === undefined ? { id: m[1]!, at } : { id: m[1]!, lon: m[2], lat: m[3]!, at })
        break
      }
      case 'LINKS': {
        const m = LINK_LINE.exec(line)
        const moduleCells = m?.[8]?.trim().split(/\s+/).filter((s) => s !== '') ?? []
        if (m === null || moduleCells.length % 2 !== 0) {
          bad()
          break
        }
        const modules: [string, string][] = []
        for (let k = 0; k < moduleCells.length; k += 2) modules.push([moduleCells[k]!, moduleCells[k + 1]!])
        net.links.push({
          id: m[1]!, source: m[2]!, target: m[3]!, preInstalledCapacity: m[4]!, preInstalledCapacityCost: m[5]!,
          routingCost: m[6]!, setupCost: m[7]!, modules, at,
        })
        break
      }
      case 'DEMANDS': {
        const m = DEMAND_LINE.exec(line)
        if (m === null) bad()
        else net.demands.push({ id: m[1]!, source: m[2]!, target: m[3]!, routingUnit: m[4]!, demandValue: m[5]!, maxPathLength: m[6]!, at })
        break
      }
    }
  }
  if (section !== undefined) {
    diagnostics.push({ code: 'malformed_sndlib', severity: 'error', at: { file, line: lines.length }, section, expected: 'a line ")" closing the section', got: 'the end of the file' })
  }
  return net
}

/** Maps an SNDlib network onto a topology of one network and its demands onto flows (see the module comment). */
export function toTopology(net: SndlibNetwork, network: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]): SndlibResult {
  const written = net.meta.get('unit')
  let unit = unitMultiplier(written)
  if (unit === undefined) {
    diagnostics.push({ code: 'unknown_unit', severity: 'warning', at: { file }, unit: written ?? '', known: Object.keys(UNITS) })
    unit = 1
  }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  const places = readPositions(net.nodes.map((n) => ({ x: n.lon, y: n.lat, at: n.at })), ['longitude', 'latitude'], diagnostics)
  for (const [i, node] of net.nodes.entries()) {
    builder.addNode(node.id, places[i]!, node.at)
    if (builder.full) break
  }
  for (const link of net.links) {
    const routingCost = readNumber(link.routingCost, 'routing_cost', 'nonnegative', link.at, diagnostics)
    const capacity = readLinkAside(link.preInstalledCapacity, 'pre_installed_capacity', 'nonnegative', link.at, diagnostics)
    builder.addLink(link.source, link.target, defined({
      metric: routingCost !== undefined && routingCost > 0 ? routingCost : undefined,
      capacity: capacity !== undefined && capacity > 0 ? capacity * unit : undefined,
      label: link.id,
    }), link.at, ['source', 'target'])
    if (builder.full) break
  }
  const topology = builder.build()
  if (net.links.length === 0 && net.nodes.length > 1 && net.demands.length > 0) {
    diagnostics.push({ code: 'sndlib_demands_only', severity: 'warning', at: net.demands[0]!.at, nodes: net.nodes.length, demands: net.demands.length })
  }
  const flows: Flow[] = []
  for (const demand of net.demands) {
    if (flows.length >= limits.maxFlows) {
      diagnostics.push({ code: 'input_too_large', severity: 'error', at: demand.at, what: 'flows', limit: limits.maxFlows })
      break
    }
    let known = true
    for (const [id, end] of [[demand.source, 'source'], [demand.target, 'target']] as const) {
      if (builder.hasNode(id)) continue
      diagnostics.push({ code: 'unknown_node', severity: 'error', at: demand.at, node: id, end, nodes: builder.nodeCount })
      known = false
    }
    const volume = readNumber(demand.demandValue, 'demand_value', 'nonnegative', demand.at, diagnostics)
    if (!known || volume === undefined) continue
    flows.push({ id: demand.id, src: qualifyNodeId(network, demand.source), dst: qualifyNodeId(network, demand.target), volume: volume * unit })
  }
  return { topology, flows, diagnostics: sortDiagnostics(diagnostics) }
}

/**
 * Parses an SNDlib native file: nodes (longitude first), links and demands (as flows between
 * qualified node ids).
 *
 * @example
 * const { topology, flows } = parseSndlib(text, { file: 'abilene.txt' })
 * flows[0] // { id: 'IPLSng_STTLng', src: 'abilene:IPLSng', dst: 'abilene:STTLng', volume: 3580 }
 */
export function parseSndlib(text: string, source: TopologySource, options: ParseTopologyOptions = {}): SndlibResult {
  const network = networkOf('topology/parseSndlib', source)
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  if (tooLarge(text, source.file, limits, diagnostics)) {
    return { topology: emptyTopology(network), flows: [], diagnostics }
  }
  return toTopology(readSndlibNetwork(text, source.file, diagnostics), network, source.file, limits, diagnostics)
}
