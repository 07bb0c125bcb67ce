/**
 * Reading topologies, flows and interconnects from files: the I/O edge around the pure parsers of
 * `topology/import`. Files are read whole (the Topology Zoo's largest GraphML is 80 KB), gzip-compressed
 * ones decompressed; the size is checked before reading, and a compressed file's data as it is
 * decompressed, against the same cap the parsers apply (64 MiB by default).
 */
import { stat } from 'node:fs/promises'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Topology } from '../domain/topology.js'
import {
  detectTopologyFormat, parseFlows, parseInterconnect, networkFromFile, TOPOLOGY_LIMITS, FLOW_COLUMNS,
  type FlowsResult, type InterconnectResult, type ParseFlowsOptions, type ParseTopologyOptions, type TopologyFormat,
} from '../topology/import/index.js'
import { assertNotInventory, parseTopology, type ParsedTopology, type ParseTopologyTextOptions } from '../topology/import/parse-topology.js'
import type { TextFileRole } from '../inventory/not-text.js'
import { decodeTextFile, readFileBytesUpTo } from './read-text.js'
import { isRepetitaDemandsStart } from '../topology/import/text-starts.js'
import { xmlRootKind } from '../topology/import/xml-root.js'
import { xmlRootName } from '../util/xml.js'
import { TrustpathError } from '../errors.js'
import { LINK_COLUMNS } from '../topology/import/link-csv.js'
import { withLineFeeds } from '../util/line-ends.js'

// Kept here too for the commands that refuse an inventory given for another table.
export { assertNotInventory }

/** Options of `readTopology`. */
export type ReadTopologyOptions = ParseTopologyOptions & {
  /** The operator network; defaults to the file's base name without extension. */
  network?: string
  /** The format; detected from the content and the extension when absent. */
  format?: TopologyFormat
  /** For a CSV link list: a CSV node list (`id,label,lat,lon,site`) of the same network. */
  nodes?: string
}

/** A topology read from a file; `flows` holds an SNDlib file's demands (empty for other formats). */
export type ReadTopologyResult = ParsedTopology

/** The file's text, or an `input_too_large` diagnostic when it is bigger than the cap (it is then not read). */
async function readCapped(path: string, what: TextFileRole, options: ParseTopologyOptions): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  const limit = options.limits?.maxChars ?? TOPOLOGY_LIMITS.maxChars
  let size: number
  try {
    const s = await stat(path)
    size = s.isFile() ? s.size : 0
  } catch {
    size = 0 // readFileBytesUpTo reports the problem with its usual words
  }
  const tooLarge = { diagnostic: { code: 'input_too_large', severity: 'error', at: { file: path }, what: 'bytes', limit } } as const
  if (size > limit) return tooLarge
  // A gzip-compressed file (the Topology Zoo's or CAIDA's `.graphml.gz`, whatever its name) is read
  // as the text it holds, up to the same cap.
  const bytes = await readFileBytesUpTo(path, what, limit)
  if (bytes === undefined) return tooLarge
  // Bytes that are no UTF-8 at all, from an older tool's code page (`Z\xfcrich`, GBK's Chinese
  // names), are read in that code page by decodeTextFile, not as U+FFFD.
  const text = decodeTextFile(bytes, path, what)
  // Lines that end in a carriage return alone (a file saved on a Mac by Excel or an old editor), told
  // by the first line break, are read as lines: the readers of SNDlib, REPETITA and neighbour tables
  // cut lines at line feeds, and read such a file as one line.
  return { text: withLineFeeds(text) }
}

/**
 * Reads a topology file in any supported format (GraphML, GML, DOT, GEXF, XGMML, JSON (own, node-link, Cytoscape), CSV link list, edge list, Pajek, SNDlib native and XML,
 * REPETITA, containerlab and GNS3 labs, LLDP and CDP neighbour tables, IS-IS and OSPF databases, NetBox cables):
 * `parseTopology` of its text, read in the encoding its bytes tell. Node ids are `<network>:<local id>`.
 *
 * @throws TrustpathError `input_unreadable` when a file cannot be read, `input_invalid` when it is
 *   not text, is empty or is another kind of file (an inventory, a policy, a flow list, a short
 *   neighbour table: see `parseTopology`); problems in the data are returned as diagnostics.
 * @example
 * const { topology, diagnostics } = await readTopology('zoo/Abilene.graphml', { network: 'us' })
 */
export async function readTopology(path: string, options: ReadTopologyOptions = {}): Promise<ReadTopologyResult> {
  const source = options.network === undefined ? { file: path } : { file: path, network: options.network }
  const read = await readCapped(path, 'topology', options)
  if ('diagnostic' in read) {
    const format = options.format ?? detectTopologyFormat(path, '')
    return { topology: { nodes: [], links: [], networks: [options.network ?? networkFromFile(path)] }, flows: [], diagnostics: [read.diagnostic], format }
  }
  const { text } = read
  const parse: ParseTopologyTextOptions = { ...(options.limits === undefined ? {} : { limits: options.limits }), ...(options.format === undefined ? {} : { format: options.format }) }
  // A node list goes with a CSV link list only (it is not read for a topology of another format).
  if (options.nodes !== undefined && text.trim() !== '' && (options.format ?? detectTopologyFormat(path, text)) === 'csv') {
    const nodes = await readCapped(options.nodes, 'node list', options)
    if ('diagnostic' in nodes) {
      return { topology: { nodes: [], links: [], networks: [options.network ?? networkFromFile(path)] }, flows: [], diagnostics: [nodes.diagnostic], format: 'csv' }
    }
    parse.nodes = { text: nodes.text, file: options.nodes }
  }
  return parseTopology(text, source, parse)
}

/**
 * Reads a flow list (CSV or JSON: `id,src,dst,volume,class`).
 *
 * @throws TrustpathError `input_unreadable` when the file cannot be read.
 * @example
 * const { flows, diagnostics } = await readFlows('flows.csv')
 */
export async function readFlows(path: string, options: ParseFlowsOptions = {}): Promise<FlowsResult> {
  const read = await readCapped(path, 'flow list', options)
  if ('diagnostic' in read) return { flows: [], diagnostics: [read.diagnostic] }
  assertNotInventory(read.text, path, FLOW_COLUMNS, 'a flow list', 'Give the inventory with -i, and the flows (id,src,dst,volume,class) with --flows.')
  // SNDlib's networks and REPETITA's demands hold flows, and are read here.
  if (!isRepetitaDemandsStart(read.text.replace(/^\ufeff/, ''))) {
    assertNotTopology(read.text, path, 'a flow list', ['sndlib', 'sndlib-xml'], 'Give the topology with -t, and the flows (id,src,dst,volume,class) with --flows.')
  }
  return parseFlows(read.text, { file: path }, options)
}

/**
 * Reads an interconnect CSV (`a,b,metric,capacity,latency_ms` with `<network>:<node id or label>`
 * ends) against merged networks, and returns the topology with the interconnect links added.
 *
 * @throws TrustpathError `input_unreadable` when the file cannot be read.
 * @example
 * const { topology } = await readInterconnect('ix.csv', mergeTopologies(parts))
 */
export async function readInterconnect(path: string, topology: Topology, options: ParseTopologyOptions = {}): Promise<InterconnectResult> {
  const read = await readCapped(path, 'interconnect file', options)
  if ('diagnostic' in read) return { topology, links: [], diagnostics: [read.diagnostic] }
  assertNotInventory(read.text, path, LINK_COLUMNS, 'an interconnect file', 'Give the inventory with -i; --interconnect takes the links between networks (a,b,metric,capacity,latency_ms with network:node ends).')
  assertNotTopology(read.text, path, 'an interconnect file', [], 'Give each network\'s topology with -t; --interconnect takes the links between networks (a,b,metric,capacity,latency_ms with network:node ends).')
  return parseInterconnect(read.text, { file: path }, topology, options)
}

/** The topology formats that a flow list or an interconnect table is never taken for, as messages name them. */
const TOPOLOGY_FORMAT_NAMES: Partial<Readonly<Record<TopologyFormat, string>>> = {
  graphml: 'GraphML', gexf: 'GEXF', xgmml: 'XGMML', 'sndlib-xml': 'SNDlib XML', sndlib: 'SNDlib\'s native format', gml: 'GML', dot: 'Graphviz DOT',
  pajek: 'Pajek\'s format', cytoscape: 'Cytoscape JSON', repetita: 'REPETITA\'s format', containerlab: 'a containerlab lab', gns3: 'a GNS3 project',
  'netbox-cables': 'NetBox\'s cables', neighbors: 'LLDP or CDP neighbour tables', isis: 'a router\'s IS-IS database', ospf: 'a router\'s OSPF database',
}

/**
 * Refuses a topology given where a flow list or an interconnect table goes (`--flows net.xgmml`):
 * read as CSV, its lines gave an error each for their quotes and a missing column for each column
 * of the table. Only what the topology reader tells by its content or its own extension counts,
 * `takes` excepted; any other XML (which the topology reader hands to its GraphML reader) only
 * when its root is `<graphml>`.
 */
export function assertNotTopology(text: string, path: string, what: string, takes: readonly TopologyFormat[], hint: string): void {
  const format = detectTopologyFormat(path, text)
  const name = TOPOLOGY_FORMAT_NAMES[format]
  if (name === undefined || takes.includes(format)) return
  if (format === 'graphml') {
    const root = xmlRootName(text.slice(0, 4096).replace(/^\ufeff/, ''))
    if (root === undefined || xmlRootKind(root) !== 'graphml') return
  }
  throw new TrustpathError('input_invalid', `the file is a topology (${name}), not ${what}`, { at: { file: path }, hint })
}

