/**
 * A topology text in any supported format, told from its content and its file name: the pure core
 * of `readTopology`, for a text that comes from elsewhere than a file (an upload, a database, a
 * template). Texts of other kinds that users give for a topology (a policy, an inventory, a flow
 * list, CAIDA's AS relationships, a router's database without its links) are refused as such.
 */
import type { Flow } from '../../domain/topology.js'
import { TrustpathError } from '../../errors.js'
import { assertNotShortNeighborTable, TOPOLOGY_FORMATS } from '../../inventory/not-text.js'
import { HUAWEI_PROMPT } from '../../inventory/lldp-text.js'
import { isCommandOutputStart } from '../../inventory/cli-output.js'
import { withLineFeeds } from '../../util/line-ends.js'
import { withoutPagerPrompts } from '../../util/pager.js'
import { NETLAB_TOPOLOGY, yamlKindOf, yamlTopLevelKeys } from '../../util/yaml-kind.js'
import { parseAdjacencyList } from './adjlist.js'
import { parseContainerlab } from './containerlab.js'
import { inventoryColumnsOf, inventoryFieldsOf, type CsvColumns } from './csv-table.js'
import { parseCytoscapeJson } from './cytoscape-json.js'
import { detectTopologyFormat, type TopologyFormat } from './detect.js'
import { parseDot } from './dot.js'
import { isAdjacencyMatrix, parseEdgeList } from './edge-list.js'
import { looksLikeFlows } from './flows.js'
import { parseGexf } from './gexf.js'
import { parseGml } from './gml.js'
import { parseGns3 } from './gns3.js'
import { parseGraphml } from './graphml.js'
import { parseIsisDatabase } from './isis-database.js'
import { LINK_COLUMNS, parseLinkCsv } from './link-csv.js'
import { parseNeighborTopology } from './neighbors.js'
import { parseNetboxCables } from './netbox-cables.js'
import { parseOspfDatabase } from './ospf-database.js'
import { withoutGzipSuffix } from '../../util/file-stem.js'
import { parsePajek } from './pajek.js'
import { parseRepetita } from './repetita.js'
import { parseBrite } from './brite.js'
import { parseInet } from './inet.js'
import { parseLgl } from './lgl.js'
import { parseEveNg } from './eve-ng.js'
import { parseKathara } from './kathara.js'
import { parseCml } from './cml.js'
import { parseSndlib } from './sndlib.js'
import { parseSndlibXml } from './sndlib-xml.js'
import type { ParseTopologyOptions, TopologyResult, TopologySource } from './source.js'
import { isRepetitaDemandsStart } from './text-starts.js'
import { parseTgf } from './tgf.js'
import { parseTopologyJson } from './topology-json.js'
import { parseXgmml } from './xgmml.js'

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
 * database`) or its OSPF or IS-IS neighbours (`show ip ospf neighbor`, `display isis peer`), with the line of its banner: Cisco IOS and FRR print `OSPF Router with ID (1.1.1.1)`
 * and `Router Link States (Area 0)`, Junos `OSPF database, Area 0.0.0.0`, Huawei a `Type  LinkState ID
 * AdvRouter` column header; Cisco and FRR print
 * `IS-IS Level-2 Link State Database:`, Junos `IS-IS level 2 link-state database:`. `detail` names
 * the command whose output is read instead, when there is one.
 */
function linkStateDatabase(text: string): { what: string; line: number; detail?: 'isis' | 'isis-huawei' | 'isis-nokia' | 'ospf' | 'ospf-junos' | 'ospf-huawei' | 'ospf-nokia' | 'ospfv3' | 'ospf6' | 'ospf3-junos' } | undefined {
  const lines = text.slice(0, 65536).split('\n')
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim()
    // `show ospfv3 database router` is read (topology/import/ospf-database.ts); the plain command lists one line per LSA.
    if (/^OSPFv3 (?:Router with ID \(|\S+ address-family )/i.test(l)) return { what: 'an OSPFv3 link-state database without its LSAs\' links (the output of `show ipv6 ospf database` or `show ospfv3 database`, one line per LSA)', line: i + 1, detail: 'ospfv3' }
    // `show ip ospf database router` is read (topology/import/ospf-database.ts); the plain command lists one line per LSA.
    if (/^OSPF Router with ID \(|^Router Link States \(Area /i.test(l)) return { what: 'an OSPF link-state database without its LSAs\' links (the output of `show ip ospf database`, one line per LSA)', line: i + 1, detail: 'ospf' }
    // FRR's `show ipv6 ospf6 database router detail` and Junos's `show ospf3 database router extensive` are read too; their plain commands list one line per LSA.
    if (/^Area Scoped Link State Database \(Area /i.test(l)) return { what: 'an FRR OSPFv3 link-state database without its LSAs\' links (the output of `show ipv6 ospf6 database`, one line per LSA)', line: i + 1, detail: 'ospf6' }
    if (/^OSPF3 database, Area /i.test(l)) return { what: 'a Junos OSPFv3 link-state database without its LSAs\' links (the output of `show ospf3 database`, one line per LSA)', line: i + 1, detail: 'ospf3-junos' }
    // Junos's `show ospf database router extensive` (or `detail`) is read too; the plain command lists one line per LSA.
    if (/^OSPF (?:link state )?database, Area /i.test(l)) return { what: 'a Junos OSPF link-state database without its LSAs\' links (the output of `show ospf database`, one line per LSA)', line: i + 1, detail: 'ospf-junos' }
    // `show isis database detail` is read (topology/import/isis-database.ts), Junos's too; the plain command gives no adjacencies.
    if (/^IS-IS level [12] link-state database/i.test(l)) return { what: 'a Junos IS-IS link-state database without its detail (the output of `show isis database`, whose LSPs list no neighbours)', line: i + 1, detail: 'isis' }
    // Arista EOS writes `IS-IS Level 2 Link State Database`.
    if (/^IS-IS\b.*?\bLevel[- ]?[12]\)?:?\s+link[- ]state database/i.test(l)) return { what: 'an IS-IS link-state database without its detail (the output of `show isis database`, whose LSPs list no neighbours)', line: i + 1, detail: 'isis' }
    // Nokia SR OS's `show router ospf database` (`OSPFv2 (0) Link State Database (Type : All)`); its `detail` form is read.
    if (/^OSPFv2 \(\d+\) Link State Database\b/i.test(l)) return { what: 'a Nokia OSPF link-state database without its LSAs\' links (the output of `show router ospf database`, one line per LSA)', line: i + 1, detail: 'ospf-nokia' }
    // Huawei's `display ospf lsdb` (a `Type  LinkState ID  AdvRouter ...` line per LSA); its `router` and `network` forms are read.
    if (/^Type\s+LinkState ID\s+AdvRouter\s/i.test(l)) return { what: 'a Huawei OSPF link-state database without its LSAs\' links (the output of `display ospf lsdb`, one line per LSA)', line: i + 1, detail: 'ospf-huawei' }
    // Nokia SR OS's `show router isis database` (`Rtr Base ISIS Instance 0 Database`); its `detail` form is read.
    if (/^(?:Router|Rtr) \S+ ISIS Instance \d+ Database\b/i.test(l)) return { what: 'a Nokia IS-IS link-state database without its detail (the output of `show router isis database`, whose LSPs list no neighbours)', line: i + 1, detail: 'isis-nokia' }
    // Huawei's `display isis lsdb` (`Database information for ISIS(1)`); its `verbose` form is read.
    if (/^Database information for ISIS\(/i.test(l)) return { what: 'a Huawei IS-IS link-state database without its detail (the output of `display isis lsdb`, whose LSPs list no neighbours)', line: i + 1, detail: 'isis-huawei' }
    // `show ip ospf neighbor`: Cisco IOS heads it `Neighbor ID  Pri  State  Dead Time  Address  Interface`, FRR adds `Up Time`.
    if (/^Neighbor ID\s+Pri\s+State\s/i.test(l)) return { what: 'a router\'s OSPF neighbours (the output of `show ip ospf neighbor`)', line: i + 1 }
    // A router's IS-IS adjacencies name its neighbours but not theirs, nor the metrics: Huawei's
    // `display isis peer` (`Peer information for ISIS(1)`, then `System Id  Interface  Circuit Id
    // State HoldTime Type  PRI`), ZTE's `show isis adjacency` (`Interface  System id  State  Lev
    // Holds  SNPA(802.2) ...` under `Process ID: 0`).
    if (/^Peer information for ISIS\(/i.test(l) || /^System Id\s+Interface\s+Circuit Id\s+State\s+HoldTime\b/i.test(l)) return { what: 'a Huawei router\'s IS-IS neighbours (the output of `display isis peer`)', line: i + 1, detail: 'isis-huawei' }
    if (/^Interface\s+System id\s+State\s+Lev\s+Holds\b/i.test(l)) return { what: 'a ZTE router\'s IS-IS neighbours (the output of `show isis adjacency`)', line: i + 1 }
  }
  return undefined
}

/**
 * Graph formats of other tools that are not read, told by their first lines so that the refusal
 * names the format and the export to make instead: Gephi's GDF (`nodedef>`), LEDA's GW (igraph's
 * `write_leda`: `LEDA.GRAPH`), LEMON's LGF (`@nodes`, `@arcs`, `@edges` sections) and the JSON Graph
 * Format (an object of `graph` or `graphs` alone, whose nodes may be a map and whose attributes sit
 * in `metadata`).
 */
function unreadGraphFormat(text: string): { what: string; hint: string; line: number } | undefined {
  const lines = text.slice(0, 4096).split('\n')
  const first = lines.findIndex((l) => l.trim() !== '')
  const head = (lines[first] ?? '').trim()
  if (/^nodedef\s*>/i.test(head)) {
    return { line: first + 1, what: 'a GDF file (Gephi and GUESS: nodedef> and edgedef> sections)', hint: 'Open it in Gephi and export the graph as GraphML or GEXF (File > Export > Graph file), and give that with -t.' }
  }
  if (head === 'LEDA.GRAPH') {
    return { line: first + 1, what: 'a LEDA graph (GW format, as igraph\'s write_leda writes it)', hint: 'Save the graph as GraphML or GML instead (igraph: write_graphml, write_gml), and give that with -t.' }
  }
  const section = lines.findIndex((l) => /^@(?:nodes|arcs|edges)\b/.test(l.trim()))
  if (section !== -1 && lines.slice(0, section).every((l) => l.trim() === '' || l.trim().startsWith('#'))) {
    return { line: section + 1, what: 'a LEMON graph (LGF: @nodes, @arcs or @edges sections)', hint: 'Write its arcs as an edge list, one "<node> <node> [metric]" line per link (docs/topology.md#edge-lists), or save the graph as GraphML, and give that with -t.' }
  }
  // Parsed only when its first key is one of JGF's, so that other JSON topologies are not read twice.
  if (/^\s*\{\s*"(?:graphs?|\$schema)"\s*:/.test(text)) {
    let doc: unknown
    try {
      doc = JSON.parse(text)
    } catch {
      return undefined
    }
    const keys = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? Object.keys(doc).filter((k) => k !== '$schema') : []
    if (keys.length === 1 && (keys[0] === 'graph' || keys[0] === 'graphs')) {
      return {
        line: 1, what: `the JSON Graph Format (JGF: an object of "${keys[0]}" alone, its nodes and edges inside it)`,
        hint: 'Give one graph as node-link JSON: its nodes as a "nodes" list of {"id": ...} and its edges as an "edges" list of {"source": ..., "target": ...} at the top level, with their attributes beside id, source and target rather than in "metadata" (docs/topology.md#node-link-json).',
      }
    }
  }
  return undefined
}

/** Options of `parseTopology`. */
export type ParseTopologyTextOptions = ParseTopologyOptions & {
  /** The format; detected from the content and the file name when absent. */
  format?: TopologyFormat
  /** For a CSV link list: a CSV node list (`id,label,lat,lon,site`) of the same network, its text and file name. */
  nodes?: { text: string; file: string }
}

/** A topology read from a text; `flows` holds an SNDlib network's demands (empty for other formats). */
export type ParsedTopology = TopologyResult & { flows: Flow[]; format: TopologyFormat }

/**
 * Parses a topology text in any supported format (GraphML, GML, DOT, GEXF, XGMML, JSON (own,
 * node-link, Cytoscape), CSV link list, edge list, Pajek, SNDlib native and XML, REPETITA,
 * containerlab and GNS3 labs, LLDP and CDP neighbour tables, IS-IS and OSPF databases, NetBox
 * cables), told from its content and `source.file`'s extension unless `options.format` names it.
 * Node ids are `<network>:<local id>`, the network being `source.network`, else the file's base name.
 *
 * @throws TrustpathError `input_invalid` when the text is empty or is another kind of file (an
 *   inventory, a policy, a flow list, AS relationships, a short neighbour table); problems in the
 *   data are returned as diagnostics.
 * @example
 * const { topology, diagnostics, format } = parseTopology(text, { file: 'upload.gml', network: 'de' })
 */
export function parseTopology(text: string, source: TopologySource, options: ParseTopologyTextOptions = {}): ParsedTopology {
  const path = source.file
  // Lines that end in a carriage return alone (a file saved on a Mac by Excel or an old editor), told
  // by the first line break, are read as lines: the readers of SNDlib, REPETITA and neighbour tables
  // cut lines at line feeds, and read such a text as one line.
  // A router's session saved with paging on holds its pager prompts (Huawei's `---- More ----`, Cisco's
  // `--More--`) and the control characters that erased them, inside a line of its database or table.
  text = withoutPagerPrompts(withLineFeeds(text))
  // An empty file (an export that failed, a file saved before it was written) is said to be one,
  // rather than be taken for JSON cut short or XML without a root, as its extension would have it.
  if (text.trim() === '') {
    throw new TrustpathError('input_invalid', 'the topology is an empty file', {
      at: { file: path }, hint: 'Check that the export worked, and that this is the file it wrote.',
    })
  }
  const parse: ParseTopologyOptions = options.limits === undefined ? {} : { limits: options.limits }
  if (options.format === undefined) {
    const ext = /\.([a-z0-9]+)$/i.exec(withoutGzipSuffix(path))?.[1]?.toLowerCase() ?? ''
    const other = NOT_TOPOLOGIES[ext]
    // A YAML file is read when it is a lab topology (containerlab's top-level `topology:` map).
    if (other !== undefined && !['containerlab', 'cml'].includes(detectTopologyFormat(path, text))) {
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
        hint: `Give each operator network's own topology with -t (${TOPOLOGY_FORMATS}) and the links between them with --interconnect (docs/topology.md#which-file-do-i-give).`,
      })
    }
    const unread = unreadGraphFormat(text)
    if (unread !== undefined) {
      throw new TrustpathError('input_invalid', `the topology is ${unread.what}, which is not read: a topology is ${TOPOLOGY_FORMATS}`, {
        at: { file: path, line: unread.line }, hint: unread.hint,
      })
    }
    // A matrix's rows pass for lines of an edge list: refused, not read as links between nodes "0" and "1".
    if (isAdjacencyMatrix(text)) {
      throw new TrustpathError('input_invalid', 'the topology is an adjacency matrix (as many rows as numbers in a row), which is not read: its nodes have no names, and its numbers are not links', {
        at: { file: path }, hint: 'Give the links as an edge list, one `a b` or `a b metric` line per link (docs/topology.md#edge-lists), or as GraphML.',
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
        : lsdb.detail === 'isis-nokia' ? 'Save the output of `show router isis database detail` and give that with -t.'
        : lsdb.detail === 'ospfv3' ? 'Save the output of `show ospfv3 database router` (`show ipv6 ospf database router`; with `show ospfv3 database network` in the same file) and give that with -t.'
        : lsdb.detail === 'ospf' ? 'Save the output of `show ip ospf database router` (with `show ip ospf database network` in the same file) and give that with -t.'
        : lsdb.detail === 'ospf6' ? 'Save the output of `show ipv6 ospf6 database router detail` (with `show ipv6 ospf6 database network detail` in the same file) and give that with -t.'
        : lsdb.detail === 'ospf3-junos' ? 'Save the output of `show ospf3 database router extensive` (with `show ospf3 database network extensive` in the same file) and give that with -t.'
        : lsdb.detail === 'ospf-nokia' ? 'Save the output of `show router ospf database detail` and give that with -t.'
        : lsdb.detail === 'ospf-huawei' ? 'Save the output of `display ospf lsdb router` (with `display ospf lsdb network` in the same file) and give that with -t.'
        : lsdb.detail === 'ospf-junos' ? 'Save the output of `show ospf database router extensive` (with `show ospf database network extensive` in the same file) and give that with -t.'
        : 'Write the adjacencies as an edge list, one `router-a router-b metric` line per link (docs/topology.md#edge-lists), or save the routers\' `show lldp neighbors detail` or `show cdp neighbors detail` and give that with -t.',
    })
  }
  // A device's own command output (show version, display version, display elabel...) is one
  // device of an inventory: read as a CSV link list it was a file of no format read, and saved
  // after a Huawei prompt (`<olt-3>display version`) it was taken for XML.
  if (options.format === undefined && (format === 'csv' || format === 'edge-list' || format === 'graphml') && isCommandOutputStart(text.slice(0, 4096))) {
    throw new TrustpathError('input_invalid', 'the topology is a device\'s own command output (show version, show inventory, display version, display device, display elabel), which describes devices, not the links between them', {
      at: { file: path }, hint: 'Give it with -i (--inventory) as the device of an inventory, and a topology with -t: the routers\' LLDP or CDP neighbour tables or link-state databases, or a topology file (docs/topology.md#which-file-do-i-give).',
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
    case 'brite':
      return { ...parseBrite(text, source, parse), flows: [], format }
    case 'inet':
      return { ...parseInet(text, source, parse), flows: [], format }
    case 'eve-ng':
      return { ...parseEveNg(text, source, parse), flows: [], format }
    case 'cml':
      return { ...parseCml(text, source, parse), flows: [], format }
    case 'kathara':
      return { ...parseKathara(text, source, parse), flows: [], format }
    case 'lgl':
      return { ...parseLgl(text, source, parse), flows: [], format }
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
      const result = parseLinkCsv(text, source, options.nodes === undefined ? parse : { ...parse, nodes: { text: withLineFeeds(options.nodes.text), file: options.nodes.file } })
      if (options.format === undefined && !/\.(?:csv|tsv)$/i.test(withoutGzipSuffix(path))) assertLinkList(result, text, path)
      return { ...result, flows: [], format }
    }
  }
}

/**
 * Refuses a text that starts no format read and is taken for a CSV link list only because nothing
 * else matched (a router's configuration, a README, CAIDA's list of AS names), when its first line
 * names neither end of a link: told as a file of no format read, rather than by an error asking
 * to add the columns `a` and `b` to a header it never had.
 */
function assertLinkList(result: TopologyResult, text: string, path: string): void {
  const missing = result.diagnostics.filter((d) => d.code === 'missing_column')
  if (!['a', 'b'].every((k) => missing.some((d) => d.code === 'missing_column' && d.column === k))) return
  // The file's own first line: the CSV reader may have taken a later line for its header, past lines
  // it skipped as a preamble, but it is the start of the file that names no format.
  const lines = text.split('\n', 1000)
  const index = Math.max(0, lines.findIndex((l) => l.trim() !== ''))
  const line = index + 1
  const first = lines[index]?.trim().replace(/^\ufeff/, '') ?? ''
  const shown = first.length > 60 ? `${first.slice(0, 57)}...` : first
  throw new TrustpathError('input_invalid', `the topology is in no format that is read: its first line, "${shown}", starts none of them, and as the header of a CSV link list it names neither end of a link`, {
    at: { file: path, line },
    hint: `Give a topology as ${TOPOLOGY_FORMATS} (docs/topology.md#which-file-do-i-give); a CSV link list names the ends of its links a,b (or source,target) in its first line.`,
  })
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

