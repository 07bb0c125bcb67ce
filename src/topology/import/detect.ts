/** Which importer a topology file needs. */
import { localName, xmlRootKind } from './xml-root.js'
import { isNeighborTopologyStart } from './neighbors.js'
import { xmlRootName } from '../../util/xml.js'
import { looksLikeNetboxCablesCsv, looksLikeNetboxCablesJson } from './netbox-cables.js'
import { DOT_HEAD, GML_GRAPH, isSndlibNativeStart } from './text-starts.js'
import { isBriteStart, isInetStart, isKatharaStart, isLglStart, looksLikeCml, isPajekStart, isRepetitaStart, looksLikeContainerlab, looksLikeGns3 } from './text-starts.js'
import { isEdgeListStart } from './edge-list.js'
import { isNetworkxAdjlistStart } from './adjlist.js'
import { isTgfStart } from './tgf.js'
import { isIsisDatabaseStart } from './isis-database.js'
import { isOspfDatabaseStart } from './ospf-database.js'
import { LINK_COLUMNS } from './link-csv.js'
import { csvColumn } from './csv-table.js'
import { withoutGzipSuffix } from '../../util/file-stem.js'

/** True when cells name link-list columns (`a b`, `source target`, `Von Nach`): a header, not a link. */
function isLinkHeader(cells: readonly string[]): boolean {
  return cells.every((c) => csvColumn(c, LINK_COLUMNS) !== undefined)
}

/**
 * Topology file formats: GraphML and GML (Topology Zoo), topology JSON, CSV link list, SNDlib
 * native and XML, Graphviz DOT, Gephi's GEXF and Cytoscape's XGMML; `neighbors`: LLDP and CDP
 * neighbour tables (the text of switches' neighbour commands, lldpd's JSON or XML); lab topologies
 * of containerlab (YAML) and GNS3 (`.gns3`); REPETITA's `.graph` files; plain edge lists (SNAP,
 * KONECT, NetworkX, Rocketfuel's weights); Cytoscape JSON (`.cyjs`; in a `.json` file, the JSON
 * reader tells it by its content); Pajek networks (`*Vertices`, `*Edges`, `*Arcs`; by content
 * alone, so that an edge list saved as `.net` stays an edge list); `isis`: a router's IS-IS
 * link-state database (`show isis database detail` of FRR, Cisco IOS and IOS-XR, Junos's, Huawei's
 * `display isis lsdb verbose`, Nokia's `show router isis database detail`); `ospf`: a router's
 * OSPF database (`show ip ospf database router` of Cisco and FRR, Junos's `show ospf database router
 * extensive`, Huawei's `display ospf lsdb router`, Nokia's `show router ospf database detail`, the OSPFv3 ones of Cisco `show ospfv3 database
 * router`, FRR `show ipv6 ospf6 database router detail` and Junos `show ospf3 database router
 * extensive`, with `network` beside it); the topology generators' files of BRITE (`.brite`) and Inet
 * (ns-3's Inet reader's input), and LGL files (`.lgl`, igraph's `write_lgl`).
 */
export type TopologyFormat = 'graphml' | 'gml' | 'json' | 'csv' | 'sndlib' | 'sndlib-xml' | 'dot' | 'gexf' | 'neighbors' | 'netbox-cables' | 'containerlab' | 'gns3' | 'repetita' | 'edge-list' | 'cytoscape' | 'pajek' | 'xgmml' | 'adjlist' | 'tgf' | 'isis' | 'ospf' | 'brite' | 'inet' | 'lgl' | 'eve-ng' | 'kathara' | 'cml'

const EXTENSIONS: Readonly<Record<string, TopologyFormat>> = {
  graphml: 'graphml', xml: 'graphml', gml: 'gml', json: 'json', csv: 'csv', sndlib: 'sndlib', dot: 'dot', gv: 'dot', gexf: 'gexf', xgmml: 'xgmml',
  gns3: 'gns3', cyjs: 'cytoscape', graph: 'repetita', edgelist: 'edge-list', edges: 'edge-list', adjlist: 'adjlist', tgf: 'tgf', brite: 'brite', lgl: 'lgl', unl: 'eve-ng',
}

/**
 * The format of a topology file: the content decides when it is unmistakable (an XML root of
 * `<graphml>`, `<gexf>`, XGMML's `<graph>` or SNDlib's `<network>`, NetBox's cables (JSON with `a_terminations` or
 * `termination_a_type`, a CSV header with `side_a_device` or `Termination A`), `?SNDlib` or a `NODES (` section → SNDlib, a
 * `graph [` line → GML, `graph {` or `digraph {` → DOT, a neighbour table's first lines, lldpd's
 * `{"lldp":` or `<lldp>` → neighbours, a top-level `topology:` map → containerlab, JSON starting
 * with GNS3's `project_id` and `revision` → GNS3, `NODES <n>` then `label x y` → REPETITA, `*Vertices`, `*Edges` or `*Arcs` → Pajek), then
 * the extension (`.graphml`, `.xml`, `.gml`, `.json`, `.csv`, `.sndlib`, `.dot`, `.gv`, `.gexf`, `.xgmml`,
 * `.gns3`, `.cyjs`, `.graph`, `.edgelist`, `.edges`), then lines of two names and an optional metric
 * without a header → an edge list, then the first character (`{` → JSON), else CSV. Any other XML goes to the GraphML reader, which says what its root shows
 * the file to be.
 *
 * @example
 * detectTopologyFormat('abilene.txt', '?SNDlib native format; type: network\n') // 'sndlib'
 */
export function detectTopologyFormat(file: string, text: string): TopologyFormat {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '')
  const first = /\S/.exec(head)?.[0]
  // Before XML: Huawei's saved sessions start with a `<HUAWEI>` prompt.
  if (isNeighborTopologyStart(head)) return 'neighbors'
  // Before the edge list: an LSP's detail lines (`Hostname: r1`) would pass for links.
  if (isIsisDatabaseStart(head)) return 'isis'
  // Its `Link State ID: 1.1.1.1` and `TOS 0 Metrics: 10` lines would pass for an edge list's.
  if (isOspfDatabaseStart(head)) return 'ospf'
  if (first === '<') {
    const root = xmlRootName(head)
    if (root !== undefined && localName(root).toLowerCase() === 'lldp') return 'neighbors'
    // A root beyond the first 4 KB (a long comment first): SNDlib XML has a <network> root in its own namespace.
    if (root === undefined || root === '') return /<(\w+:)?network[\s>]/.test(head) && !/<(\w+:)?graphml[\s>]/.test(head) ? 'sndlib-xml' : 'graphml'
    const kind = xmlRootKind(root)
    return kind === 'gexf' ? 'gexf' : kind === 'sndlib' ? 'sndlib-xml' : kind === 'xgmml' ? 'xgmml' : kind === 'eve-ng' ? 'eve-ng' : 'graphml'
  }
  // NetBox's cables: the API answer (whatever its extension), or the CSV export's header line.
  if (first === '{' || first === '[' ? looksLikeNetboxCablesJson(head) : looksLikeNetboxCablesCsv(head.split(/\r\n?|\n/, 1)[0]!)) return 'netbox-cables'
  if (first === '{' && looksLikeGns3(head)) return 'gns3'
  if (isSndlibNativeStart(head)) return 'sndlib'
  if (isRepetitaStart(head)) return 'repetita'
  // Before the edge list: a Pajek network's vertex lines (`1 "a"`) would pass for links.
  if (isPajekStart(head)) return 'pajek'
  // Before the edge list: the generators' node lines (`0 5625 2473`) and LGL's neighbour lines pass for links.
  if (isBriteStart(head)) return 'brite'
  if (isInetStart(head)) return 'inet'
  if (isLglStart(head)) return 'lgl'
  if (isKatharaStart(head)) return 'kathara'
  if (first !== '{' && first !== '[' && looksLikeContainerlab(head)) return 'containerlab'
  if (first !== '{' && first !== '[' && looksLikeCml(head)) return 'cml'
  // DOT first: its body may hold a `graph [...]` attribute line, which would pass for GML.
  if (DOT_HEAD.test(head)) return 'dot'
  if (GML_GRAPH.test(head)) return 'gml'
  // NetworkX's adjacency lists (its `# GMT` header line): their lines pass for an edge list's.
  if (isNetworkxAdjlistStart(head)) return 'adjlist'
  // yEd's TGF: its node lines (`1 Frankfurt`) pass for an edge list's links.
  if (isTgfStart(head)) return 'tgf'
  const ext = /\.([a-z0-9]+)$/i.exec(withoutGzipSuffix(file))?.[1]?.toLowerCase()
  const byName = ext === undefined ? undefined : EXTENSIONS[ext]
  if (byName !== undefined) return byName
  // A file without a format's name (`.txt`, Rocketfuel's `weights.intra`, none) that holds pairs
  // of names on each line and no header is an edge list.
  if (first !== '{' && first !== '[' && isEdgeListStart(head, isLinkHeader)) return 'edge-list'
  return first === '{' ? 'json' : 'csv'
}
