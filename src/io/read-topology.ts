/**
 * Reading topologies, flows and interconnects from files: the I/O edge around the pure parsers of
 * `topology/import`. Files are read whole (the Topology Zoo's largest GraphML is 80 KB); the size is
 * checked before reading, against the same cap the parsers apply (64 MiB by default).
 */
import { stat } from 'node:fs/promises'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Flow, Topology } from '../domain/topology.js'
import {
  detectTopologyFormat, looksLikeFlows, parseAdjacencyList, parseContainerlab, parseTgf, parseIsisDatabase, parseOspfDatabase, parseCytoscapeJson, parseEdgeList, parseGns3, parsePajek, parseXgmml, parseRepetita, parseDot, parseNeighborTopology, parseFlows, parseGexf, parseGml, parseGraphml, parseInterconnect, parseLinkCsv, parseNetboxCables, parseSndlib, parseSndlibXml, parseTopologyJson,
  networkFromFile, TOPOLOGY_LIMITS, FLOW_COLUMNS,
  type FlowsResult, type InterconnectResult, type ParseFlowsOptions, type ParseTopologyOptions, type TopologyFormat,
} from '../topology/import/index.js'
import { assertNotShortNeighborTable, TOPOLOGY_FORMATS, type TextFileRole } from '../inventory/not-text.js'
import { readTextFile } from './read-text.js'
import { HUAWEI_PROMPT } from '../inventory/lldp-text.js'
import { isRepetitaDemandsStart } from '../topology/import/text-starts.js'
import { xmlRootKind } from '../topology/import/xml-root.js'
import { xmlRootName } from '../util/xml.js'
import { isAdjacencyMatrix } from '../topology/import/edge-list.js'
import { TrustpathError } from '../errors.js'
import { inventoryColumnsOf, inventoryFieldsOf, type CsvColumns } from '../topology/import/csv-table.js'
import { LINK_COLUMNS } from '../topology/import/link-csv.js'
import { withLineFeeds } from '../util/line-ends.js'
import { NETLAB_TOPOLOGY, yamlKindOf, yamlTopLevelKeys } from '../util/yaml-kind.js'

/**
 * Files of other kinds, by extension, that users give where a topology goes (the policy, the
 * inventory): read as a CSV link list, they gave a screenful of malformed rows.
 */
const NOT_TOPOLOGIES: Readonly<Record<string, { what: string; hint: string }>> = {
  yaml: { what: 'YAML but no containerlab topology (a policy?)', hint: 'Give the policy with -p (--policy) and a topology file with -t.' },
  yml: { what: 'YAML but no containerlab topology (a policy?)', hint: 'Give the policy with -p (--policy) and a topology file with -t.' },
  jsonl: { what: 'JSON Lines (an inventory?)', hint: 'Give the inventory with -i (--inventory) and a topology file with -t.' },
  ndjson: { what: 'JSON Lines (an inventory?)', hint: 'Give the inventory with -i (--inventory) and a topology file with -t.' },
}

/**
 * True when a text is CAIDA's AS relationships (serial-1 `AS1|AS2|rel`, serial-2 with a fourth
 * source field): comment lines, then lines of two AS numbers and -1 (provider to customer) or 0
 * (peers).
 */
function isAsRelationships(text: string): boolean {
  let head = text.slice(0, 65536)
  // The last line of a cut head may be incomplete.
  if (head.length < text.length) head = head.slice(0, head.lastIndexOf('\n') + 1)
  const lines = head.split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
  return lines.length > 0 && lines.slice(0, 20).every((l) => /^\d+\|\d+\|(?:-1|0|1|2)(?:\|[\w-]*)?$/.test(l))
}

/**
 * The link-state database a router printed (OSPF's `show ip ospf database`, IS-IS's `show isis
 * database`) or its OSPF neighbours (`show ip ospf neighbor`), with the line of its banner: Cisco IOS and FRR print `OSPF Router with ID (1.1.1.1)`
 * and `Router Link States (Area 0)`, Junos `OSPF database, Area 0.0.0.0`; Cisco and FRR print
 * `IS-IS Level-2 Link State Database:`, Junos `IS-IS level 2 link-state database:`. `detail` names
 * the command whose output is read instead, when there is one.
 */
function linkStateDatabase(text: string): { what: string; line: number; detail?: 'isis' | 'isis-huawei' | 'ospf' | 'ospf-junos' | 'ospfv3' } | undefined {
  const lines = text.slice(0, 65536).split('\n')
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim()
    // `show ospfv3 database router` is read (topology/import/ospf-database.ts); the plain command lists one line per LSA.
    if (/^OSPFv3 (?:Router with ID \(|\S+ address-family )/i.test(l)) return { what: 'an OSPFv3 link-state database without its LSAs\' links (the output of `show ipv6 ospf database` or `show ospfv3 database`, one line per LSA)', line: i + 1, detail: 'ospfv3' }
    // `show ip ospf database router` is read (topology/import/ospf-database.ts); the plain command lists one line per LSA.
    if (/^OSPF Router with ID \(|^Router Link States \(Area /i.test(l)) return { what: 'an OSPF link-state database without its LSAs\' links (the output of `show ip ospf database`, one line per LSA)', line: i + 1, detail: 'ospf' }
    // Junos's `show ospf database router extensive` (or `detail`) is read too; the plain command lists one line per LSA.
    if (/^OSPF (?:link state )?database, Area /i.test(l)) return { what: 'a Junos OSPF link-state database without its LSAs\' links (the output of `show ospf database`, one line per LSA)', line: i + 1, detail: 'ospf-junos' }
    // `show isis database detail` is read (topology/import/isis-database.ts), Junos's too; the plain command gives no adjacencies.
    if (/^IS-IS level [12] link-state database/i.test(l)) return { what: 'a Junos IS-IS link-state database without its detail (the output of `show isis database`, whose LSPs list no neighbours)', line: i + 1, detail: 'isis' }
    if (/^IS-IS\b.*?\bLevel-?[12]\)?:?\s+link[- ]state database/i.test(l)) return { what: 'an IS-IS link-state database without its detail (the output of `show isis database`, whose LSPs list no neighbours)', line: i + 1, detail: 'isis' }
    // Huawei's `display isis lsdb` (`Database information for ISIS(1)`); its `verbose` form is read.
    if (/^Database information for ISIS\(/i.test(l)) return { what: 'a Huawei IS-IS link-state database without its detail (the output of `display isis lsdb`, whose LSPs list no neighbours)', line: i + 1, detail: 'isis-huawei' }
    // `show ip ospf neighbor`: Cisco IOS heads it `Neighbor ID  Pri  State  Dead Time  Address  Interface`, FRR adds `Up Time`.
    if (/^Neighbor ID\s+Pri\s+State\s/i.test(l)) return { what: 'a router\'s OSPF neighbours (the output of `show ip ospf neighbor`)', line: i + 1 }
  }
  return undefined
}

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
export type ReadTopologyResult = { topology: Topology; flows: Flow[]; diagnostics: Diagnostic[]; format: TopologyFormat }

/** The file's text, or an `input_too_large` diagnostic when it is bigger than the cap (it is then not read). */
async function readCapped(path: string, what: TextFileRole, options: ParseTopologyOptions): Promise<{ text: string } | { diagnostic: Diagnostic }> {
  const limit = options.limits?.maxChars ?? TOPOLOGY_LIMITS.maxChars
  let size: number
  try {
    const s = await stat(path)
    size = s.isFile() ? s.size : 0
  } catch {
    size = 0 // readTextFile reports the problem with its usual words
  }
  if (size > limit) return { diagnostic: { code: 'input_too_large', severity: 'error', at: { file: path }, what: 'bytes', limit } }
  // Bytes that are no UTF-8 at all, from an older tool's code page (`Z\xfcrich`, GBK's Chinese
  // names), are read in that code page by readTextFile, not as U+FFFD.
  const text = await readTextFile(path, what)
  // Lines that end in a carriage return alone (a file saved on a Mac by Excel or an old editor), told
  // by the first line break, are read as lines: the readers of SNDlib, REPETITA and neighbour tables
  // cut lines at line feeds, and read such a file as one line.
  return { text: withLineFeeds(text) }
}

/**
 * Reads a topology file in any supported format (GraphML, GML, DOT, GEXF, XGMML, JSON (own, node-link, Cytoscape), CSV link list, edge list, Pajek, SNDlib native and XML,
 * REPETITA, containerlab and GNS3 labs, LLDP and CDP neighbour tables, IS-IS and OSPF databases, NetBox cables).
 * Node ids are `<network>:<local id>`.
 *
 * @throws TrustpathError `input_unreadable` when a file cannot be read, `input_invalid` when it is
 *   not text or is a short neighbour table (`show cdp neighbors`); problems in the data are returned
 *   as diagnostics.
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
  // An empty file (an export that failed, a file saved before it was written) is said to be one,
  // rather than be taken for JSON cut short or XML without a root, as its extension would have it.
  if (text.trim() === '') {
    throw new TrustpathError('input_invalid', 'the topology is an empty file', {
      at: { file: path }, hint: 'Check that the export worked, and that this is the file it wrote.',
    })
  }
  const parse: ParseTopologyOptions = options.limits === undefined ? {} : { limits: options.limits }
  if (options.format === undefined) {
    const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''
    const other = NOT_TOPOLOGIES[ext]
    // A YAML file is read when it is a lab topology (containerlab's top-level `topology:` map).
    if (other !== undefined && detectTopologyFormat(path, text) !== 'containerlab') {
      // A YAML file of another tool is named as what it is rather than guessed to be a policy.
      const kind = ext === 'yaml' || ext === 'yml' ? yamlKindOf(yamlTopLevelKeys(text.slice(0, 4096))) : undefined
      throw new TrustpathError('input_invalid', `the topology is ${kind !== undefined ? `${kind} (YAML)` : other.what}, which is not read: a topology is ${TOPOLOGY_FORMATS}`, {
        at: { file: path },
        // netlab writes the lab it builds as a containerlab topology (clab.yml) or a Graphviz graph (graph.dot).
        hint: kind === NETLAB_TOPOLOGY ? 'Give the lab as netlab builds it: the clab.yml that `netlab create` writes for containerlab, or the graph.dot of `netlab graph`, with -t.'
          : kind !== undefined ? 'Give a topology file with -t.' : other.hint,
      })
    }
    assertNotShortNeighborTable(text, path)
    if (isAsRelationships(text)) {
      throw new TrustpathError('input_invalid', 'the topology is a list of AS relationships (CAIDA\'s `AS1|AS2|-1` provider-customer and `|0` peer lines): ' +
        'it says which networks buy transit from or peer with which, not how a network\'s nodes are linked, and flows across it follow BGP policy, not shortest paths', {
        at: { file: path },
        hint: `Give each operator network's own topology with -t (${TOPOLOGY_FORMATS}) and the links between them with --interconnect (docs/topology.md).`,
      })
    }
    // A matrix's rows pass for lines of an edge list: refused, not read as links between nodes "0" and "1".
    if (isAdjacencyMatrix(text)) {
      throw new TrustpathError('input_invalid', 'the topology is an adjacency matrix (as many rows as numbers in a row), which is not read: its nodes have no names, and its numbers are not links', {
        at: { file: path }, hint: 'Give the links as an edge list, one `a b` or `a b metric` line per link (docs/topology.md), or as GraphML.',
      })
    }
  }
  const format = options.format ?? detectTopologyFormat(path, text)
  // A router's link-state database, read as a CSV link list, gave "missing column a" for its command line;
  // saved after a Huawei prompt (`<HUAWEI> display isis lsdb`), it was taken for XML.
  const lsdb = options.format === undefined && (format === 'csv' || format === 'edge-list' || (format === 'graphml' && HUAWEI_PROMPT.test(text))) ? linkStateDatabase(text) : undefined
  if (lsdb !== undefined) {
    throw new TrustpathError('input_invalid', `the topology is ${lsdb.what}, which is not read: ` +
      `a topology is ${TOPOLOGY_FORMATS}`, {
      at: { file: path, line: lsdb.line },
      hint: lsdb.detail === 'isis' ? 'Save the output of `show isis database detail` (with `show isis hostname` on FRR) and give that with -t.'
        : lsdb.detail === 'isis-huawei' ? 'Save the output of `display isis lsdb verbose` and give that with -t.'
        : lsdb.detail === 'ospfv3' ? 'Save the output of `show ospfv3 database router` (`show ipv6 ospf database router`; with `show ospfv3 database network` in the same file) and give that with -t.'
        : lsdb.detail === 'ospf' ? 'Save the output of `show ip ospf database router` (with `show ip ospf database network` in the same file) and give that with -t.'
        : lsdb.detail === 'ospf-junos' ? 'Save the output of `show ospf database router extensive` (with `show ospf database network extensive` in the same file) and give that with -t.'
        : 'Write the adjacencies as an edge list, one `router-a router-b metric` line per link (docs/topology.md), or save the routers\' `show lldp neighbors detail` or `show cdp neighbors detail` and give that with -t.',
    })
  }
  if ((format === 'csv' || format === 'json') && looksLikeFlows(text.slice(0, 4096))) {
    const what = isRepetitaDemandsStart(text.slice(0, 4096)) ? 'REPETITA\'s demands (a traffic matrix)' : 'a flow list (src, dst and volume)'
    throw new TrustpathError('input_invalid', `the topology is ${what}, which is not read as a topology: a topology is ${TOPOLOGY_FORMATS}`, {
      at: { file: path }, hint: 'Give the flow list with --flows (of trustpath exposure or plan), and a topology file with -t.',
    })
  }
  if (format === 'csv') assertNotInventory(text, path, LINK_COLUMNS, 'a topology', 'Give the inventory with -i, and a topology file with -t.')
  switch (format) {
    case 'graphml':
      return { ...parseGraphml(text, source, parse), flows: [], format }
    case 'gml':
      return { ...parseGml(text, source, parse), flows: [], format }
    case 'dot':
      return { ...parseDot(text, source, parse), flows: [], format }
    case 'gexf':
      return { ...parseGexf(text, source, parse), flows: [], format }
    case 'xgmml':
      return { ...parseXgmml(text, source, parse), flows: [], format }
    case 'json':
      return { ...parseTopologyJson(text, source, parse), flows: [], format }
    case 'sndlib':
      return { ...parseSndlib(text, source, parse), format }
    case 'netbox-cables':
      return { ...parseNetboxCables(text, source, parse), flows: [], format }
    case 'sndlib-xml':
      return { ...parseSndlibXml(text, source, parse), format }
    case 'containerlab':
      return { ...parseContainerlab(text, source, parse), flows: [], format }
    case 'gns3':
      return { ...parseGns3(text, source, parse), flows: [], format }
    case 'cytoscape':
      return { ...parseCytoscapeJson(text, source, parse), flows: [], format }
    case 'pajek':
      return { ...parsePajek(text, source, parse), flows: [], format }
    case 'repetita':
      return { ...parseRepetita(text, source, parse), flows: [], format }
    case 'edge-list':
      return { ...parseEdgeList(text, source, parse), flows: [], format }
    case 'adjlist':
      return { ...parseAdjacencyList(text, source, parse), flows: [], format }
    case 'tgf':
      return { ...parseTgf(text, source, parse), flows: [], format }
    case 'isis':
      return { ...parseIsisDatabase(text, source, parse), flows: [], format }
    case 'ospf':
      return { ...parseOspfDatabase(text, source, parse), flows: [], format }
    case 'neighbors':
      return { ...parseNeighborTopology(text, source, parse), flows: [], format }
    case 'csv': {
      if (options.nodes === undefined) return { ...parseLinkCsv(text, source, parse), flows: [], format }
      const nodes = await readCapped(options.nodes, 'node list', options)
      if ('diagnostic' in nodes) {
        return { topology: { nodes: [], links: [], networks: [options.network ?? networkFromFile(path)] }, flows: [], diagnostics: [nodes.diagnostic], format }
      }
      return { ...parseLinkCsv(text, source, { ...parse, nodes: { text: nodes.text, file: options.nodes } }), flows: [], format }
    }
  }
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

/**
 * Refuses an inventory given where a table of links, flows, sites or costs goes (the options mixed
 * up): told as an inventory, rather than by an unknown-columns warning and an error for each column
 * it lacks. `own` is the table's own columns: a header that has one of its required columns is that table.
 */
export function assertNotInventory(text: string, path: string, own: CsvColumns<string>, what: string, hint: string): void {
  const columns = inventoryColumnsOf(text.slice(0, 4096), own)
  // A JSON inventory (the demo's inventory.jsonl given with --flows) was read as JSON flows: an
  // error for its second line, or one for each device's missing src.
  const fields = columns.length === 0 ? inventoryFieldsOf(text, own) : []
  if (columns.length === 0 && fields.length === 0) return
  const shape = columns.length > 0
    ? `a table of devices, with the column${columns.length === 1 ? '' : 's'} ${columns.join(', ')}`
    : `a JSON list of devices, with the field${fields.length === 1 ? '' : 's'} ${fields.join(', ')}`
  throw new TrustpathError('input_invalid', `the file is an inventory (${shape}), not ${what}`, { at: { file: path }, hint })
}

