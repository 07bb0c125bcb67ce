/**
 * GraphML as the Internet Topology Zoo writes it. The XML is untrusted: it is read with saxes,
 * which never expands entities, and a DOCTYPE is rejected outright (no internal subset, no
 * external entities, no "billion laughs"). Input is capped in characters, nodes and links.
 *
 * The document is first read into GraphML's own vocabulary (`GraphmlDocument`: keys, and
 * elements whose `<data>` values are still keyed by key id), then `toTopology` maps it onto the
 * domain. Keys are looked up by `attr.name`, never by id: the Zoo's ids (`d0`, `d1`, …) differ
 * from file to file.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, defined, emptyTopology, readLinkAside, readNumber } from './builder.js'
import { networkOf, resolveLimits, type ParseTopologyOptions, type TopologyLimits, type TopologyResult, type TopologySource, sortDiagnostics } from './source.js'
import { TopologyXmlReader, localName, unexpectedRoot } from './xml-root.js'

/** A `<key>` declaration. `for` is `node`, `edge`, `graph` or `all` (the default). */
export type GraphmlKey = { id: string; name: string; for: string; type?: string; default?: string }

/**
 * A `<node>` or `<edge>` with its `<data>` values by key id, and where it starts. `drawnLabel` is
 * the text of the first `<y:NodeLabel>` or `<y:EdgeLabel>` of a yEd drawing, which keeps labels
 * there rather than in a key of their own.
 */
export type GraphmlElement = { data: Map<string, string>; at: SourceLocation; drawnLabel?: string }
/** `group`: the node holds a nested `<graph>` of its own (a yEd group or folder, a hierarchical graph's parent). */
export type GraphmlNode = GraphmlElement & { id: string; group?: boolean }
/** `directed` is the edge's own `directed` attribute, when it has one. */
export type GraphmlEdge = GraphmlElement & { source: string; target: string; directed?: boolean }

/** A GraphML file in its own terms. */
export type GraphmlDocument = {
  keys: Map<string, GraphmlKey>
  /** `<data>` of the (outermost) `<graph>`. */
  graph: GraphmlElement
  nodes: GraphmlNode[]
  edges: GraphmlEdge[]
  /** The `edgedefault` of the (outermost) graph; GraphML's own default is `directed`, but files without it are read as undirected. */
  edgeDefault?: 'directed' | 'undirected'
  /** GraphML's `<hyperedge>`s: the nodes of their `<endpoint>`s, and where each starts. */
  hyperedges?: { nodes: string[]; at: SourceLocation }[]
}

/** What a malformed-XML diagnostic says is expected. */
const GRAPHML_EXPECTED = 'GraphML as the Internet Topology Zoo writes it'

/**
 * Reads GraphML text into its own vocabulary. Returns undefined after a fatal problem (malformed
 * XML, a DOCTYPE, a root that is not `<graphml>`, too much input), which is then in `diagnostics`.
 */
export function readGraphmlDocument(text: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]): GraphmlDocument | undefined {
  const reader = TopologyXmlReader.of(text, file, limits, diagnostics, GRAPHML_EXPECTED, 'graphml')
  if (reader === undefined) return undefined
  const doc: GraphmlDocument = { keys: new Map(), graph: { data: new Map(), at: { file, line: 1 } }, nodes: [], edges: [] }
  const { parser } = reader
  const fail = (d: Diagnostic): never => reader.fail(d)
  let depth = 0
  let graphDepth = 0
  let key: GraphmlKey | undefined
  let element: GraphmlElement | undefined
  /** The `<data key>` (or `<default>`) whose text is being collected. */
  let collecting: { kind: 'data'; key: string } | { kind: 'default' } | undefined
  let collected = ''
  let capped = false
  /** The text of a yEd `<y:NodeLabel>`/`<y:EdgeLabel>` being read (its own text, not that of its children). */
  let drawn: { depth: number; text: string } | undefined
  /** The `<edge>` being read. */
  let edge: GraphmlEdge | undefined
  /** The `<hyperedge>` being read. */
  let hyperedge: { nodes: string[]; at: SourceLocation } | undefined
  /** The `<node>`s open around the element being read, innermost last: a nested `<graph>` is the last one's. */
  const openNodes: (GraphmlNode | undefined)[] = []

  parser.on('opentag', (tag) => {
    depth++
    const name = localName(tag.name)
    const attr = (n: string): string | undefined => tag.attributes[n]
    if (depth === 1) {
      if (name !== 'graphml') fail(unexpectedRoot(tag.name, 'graphml', reader.tagAt))
      return
    }
    if (capped) return
    switch (name) {
      case 'key': {
        const id = attr('id')
        if (id === undefined) return
        key = { id, name: attr('attr.name') ?? id, for: attr('for') ?? 'all' }
        const type = attr('attr.type')
        if (type !== undefined) key.type = type
        doc.keys.set(id, key)
        return
      }
      case 'default':
        if (key !== undefined) {
          collecting = { kind: 'default' }
          collected = ''
        }
        return
      case 'graph':
        graphDepth++
        if (graphDepth > 1) {
          const parent = openNodes.at(-1)
          if (parent !== undefined) parent.group = true
        }
        if (graphDepth === 1) {
          element = doc.graph = { data: new Map(), at: reader.tagAt }
          const edgeDefault = attr('edgedefault')
          if (edgeDefault === 'directed' || edgeDefault === 'undirected') doc.edgeDefault = edgeDefault
        }
        return
      case 'node': {
        if (!reader.roomFor('nodes', doc.nodes.length, limits.maxNodes)) {
          capped = true
          return
        }
        const id = reader.nodeId(attr)
        if (id === undefined) {
          element = undefined
          openNodes.push(undefined)
          return
        }
        const node: GraphmlNode = { id, data: new Map(), at: reader.tagAt }
        doc.nodes.push(node)
        openNodes.push(node)
        element = node
        return
      }
      case 'edge': {
        if (!reader.roomFor('links', doc.edges.length, limits.maxLinks)) {
          capped = true
          return
        }
        const ends = reader.edgeEnds(attr)
        if (ends === undefined) {
          element = undefined
          return
        }
        edge = { ...ends, data: new Map(), at: reader.tagAt }
        const directed = attr('directed')
        if (directed === 'true' || directed === 'false') edge.directed = directed === 'true'
        doc.edges.push(edge)
        element = edge
        return
      }
      case 'hyperedge':
        hyperedge = { nodes: [], at: reader.tagAt }
        ;(doc.hyperedges ??= []).push(hyperedge)
        element = undefined
        return
      case 'endpoint': {
        const node = attr('node')
        if (hyperedge !== undefined && node !== undefined) hyperedge.nodes.push(node)
        return
      }
      case 'NodeLabel':
      case 'EdgeLabel':
        if (element !== undefined && element !== doc.graph && element.drawnLabel === undefined && drawn === undefined) drawn = { depth, text: '' }
        return
      case 'Arrows':
        // yEd writes edgedefault="directed" for every drawing; its edges are directed when drawn with an arrowhead.
        if (edge !== undefined && edge.directed === undefined) edge.directed = (attr('source') ?? 'none') !== 'none' || (attr('target') ?? 'none') !== 'none'
        return
      case 'data': {
        const k = attr('key')
        if (k !== undefined && element !== undefined) {
          collecting = { kind: 'data', key: k }
          collected = ''
        }
        return
      }
    }
  })
  parser.on('text', (t) => {
    if (collecting !== undefined) collected += t
    if (drawn !== undefined && drawn.depth === depth) drawn.text += t
  })
  parser.on('cdata', (t) => {
    if (collecting !== undefined) collected += t
    if (drawn !== undefined && drawn.depth === depth) drawn.text += t
  })
  parser.on('closetag', (tag) => {
    if (drawn !== undefined && drawn.depth === depth) {
      const label = drawn.text.trim()
      if (label !== '' && element !== undefined) element.drawnLabel = label
      drawn = undefined
    }
    depth--
    switch (localName(tag.name)) {
      case 'data':
        if (collecting?.kind === 'data' && element !== undefined) element.data.set(collecting.key, collected.trim())
        collecting = undefined
        return
      case 'default':
        if (collecting?.kind === 'default' && key !== undefined) key.default = collected.trim()
        collecting = undefined
        return
      case 'key':
        key = undefined
        return
      case 'node':
        openNodes.pop()
        element = graphDepth >= 1 ? doc.graph : undefined
        return
      case 'edge':
      case 'hyperedge':
        element = graphDepth >= 1 ? doc.graph : undefined
        edge = undefined
        hyperedge = undefined
        return
      case 'graph':
        graphDepth--
        element = undefined
    }
  })

  return reader.read(text) ? doc : undefined
}

/**
 * Declares an attribute name as a key of the same id, for readers of formats that name attributes
 * inline (GML, node-link JSON): a name used by nodes and edges alike becomes a key `for="all"`.
 */
export function declareKey(doc: GraphmlDocument, name: string, kind: 'node' | 'edge'): void {
  const known = doc.keys.get(name)
  if (known === undefined) doc.keys.set(name, { id: name, name, for: kind })
  else if (known.for !== kind) known.for = 'all'
}

/** The Topology Zoo attribute names this importer reads (matched without regard to case). */
const NODE_ATTRIBUTES = { lat: 'latitude', lon: 'longitude', country: 'country', internal: 'internal' } as const
const EDGE_ATTRIBUTES = { speed: 'linkspeed', units: 'linkspeedunits', raw: 'linkspeedraw' } as const
/**
 * Labels, first one present wins: the Zoo's `label` and `LinkLabel`, igraph's vertex `name`, Gephi's
 * `Edge Label`, and a plain `label` on an edge (NetworkX, GML).
 */
const NODE_LABEL_ATTRIBUTES = ['label', 'name'] as const
const EDGE_LABEL_ATTRIBUTES = ['linklabel', 'label', 'edge label'] as const
/**
 * Edge attributes other tools write for the IGP metric and the latency (the Zoo has neither),
 * first one present wins. A plain `weight` (Gephi, NetworkX) is taken as the metric, and last a
 * link's `length`, `distance` or `dist` (transport and research networks such as Sioux Falls give one):
 * shortest by length is what the great-circle distance stands in for when none is given.
 */
const METRIC_ATTRIBUTES = ['metric', 'igp_metric', 'igpmetric', 'linkmetric', 'ospf_cost', 'cost', 'weight', 'length', 'distance', 'dist'] as const
/**
 * The attributes among them that are a length, not an IGP metric (TopoHub's re-drawn Topology Zoo
 * writes `dist`, in km): like the great-circle distance they stand for, they count at least 1, so
 * that two nodes a file puts at the same place (`dist 0.0`) are no free hop.
 */
const LENGTH_ATTRIBUTES: ReadonlySet<string> = new Set(['length', 'distance', 'dist'])
const LATENCY_ATTRIBUTES = ['latencyms', 'latency_ms', 'latency', 'delay'] as const
/** Coordinates under other names than the Zoo's Latitude / Longitude. */
const LAT_ATTRIBUTES = ['latitude', 'lat'] as const
const LON_ATTRIBUTES = ['longitude', 'lon', 'long', 'lng'] as const

const firstOf = (v: Map<string, string>, names: readonly string[]): [string, string] | undefined => {
  for (const n of names) {
    const value = v.get(n)
    if (value !== undefined && value !== '') return [n, value]
  }
  return undefined
}

/** The Topology Zoo's mark of a node that stands for a link joining several nodes (`hyperedge` 1, or True in its source files). */
const HYPEREDGE_ATTRIBUTE = 'hyperedge'
const isTrue = (value: string | undefined): boolean => value === '1' || value?.toLowerCase() === 'true'

/** Multipliers from `LinkSpeedUnits` to Mbit/s. */
const SPEED_UNITS: Readonly<Record<string, number>> = { T: 1e6, G: 1e3, M: 1, K: 1e-3 }

/** An element's values by lower-cased `attr.name`, with key defaults filled in. */
function valuesOf(el: GraphmlElement, kind: 'node' | 'edge', doc: GraphmlDocument, reported: Set<string>, diagnostics: Diagnostic[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const k of doc.keys.values()) {
    if (k.default !== undefined && (k.for === kind || k.for === 'all')) out.set(k.name.toLowerCase(), k.default)
  }
  for (const [id, value] of el.data) {
    const k = doc.keys.get(id)
    if (k === undefined) {
      if (!reported.has(id)) diagnostics.push({ code: 'unknown_key', severity: 'warning', at: el.at, key: id, on: kind })
      reported.add(id)
      continue
    }
    out.set(k.name.toLowerCase(), value)
  }
  return out
}

/**
 * Maps a GraphML document onto a topology of one network: node `label` (else `name`, else a yEd
 * label), `Latitude`, `Longitude`, `Country`, `Internal` (0 = external); edge `LinkLabel` (else
 * `label`, `Edge Label` or a yEd label), the capacity in Mbit/s
 * from `LinkSpeedRaw` (bit/s), else from `LinkSpeed` × `LinkSpeedUnits`, and, from other tools,
 * a metric (`metric`, `igp_metric`, `cost`, `weight`...) and a latency (`latency`, `delay`). Nodes
 * without coordinates are fine; parallel edges stay separate links. Directed edges (`edgedefault`
 * = `directed`, or `directed="true"`) become links like the others, with one `directed_edges`
 * warning: the routing graph is undirected (see `buildGraph`).
 */
/**
 * A label drawn on several lines (a yEd node's name over its address, a DOT label with `\n`, the
 * rows of an HTML-like label) as one line, its lines joined by spaces, and its first line, which
 * network drawings give the device's name (`core-1` over `10.0.0.1`, `Spine 1` over `(BGP RR)`):
 * the node's site, so that the devices of that site and the flows that name it find the node.
 * `first` is undefined for a label of one line.
 */
function labelLines(label: string | undefined): { text: string | undefined; first: string | undefined } {
  if (label === undefined) return { text: undefined, first: undefined }
  const lines = label.split(/\r\n|\r|\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '')
  if (lines.length === 0) return { text: undefined, first: undefined }
  return { text: lines.join(' '), first: lines.length > 1 ? lines[0] : undefined }
}

export function toTopology(doc: GraphmlDocument, network: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]): TopologyResult['topology'] {
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  const reported = new Set<string>()
  // A group of a yEd drawing (a node holding a nested graph: a site, a region) draws a box around
  // its members, which are read; no link of its own joins it, so as a node it only made flows to
  // and from it unroutable (all-pairs gave 2(n-1) such flows per group). One with links stays.
  const linked = new Set([...doc.edges.flatMap((e) => [e.source, e.target]), ...(doc.hyperedges ?? []).flatMap((h) => h.nodes)])
  const groups = doc.nodes.filter((n) => n.group === true && !linked.has(n.id))
  if (groups.length > 0) {
    diagnostics.push({
      code: 'group_nodes_skipped', severity: 'info', at: groups[0]!.at, nodes: groups.length,
      examples: groups.slice(0, 3).map((g) => {
        const label = firstOf(valuesOf(g, 'node', doc, new Set(), []), NODE_LABEL_ATTRIBUTES)?.[1] ?? g.drawnLabel
        return label === undefined || label === g.id ? g.id : `${label} (${g.id})`
      }),
    })
  }
  const skipped = new Set(groups)
  const labels = new Map(doc.nodes.map((n) => [n, labelLines(firstOf(valuesOf(n, 'node', doc, new Set(), []), NODE_LABEL_ATTRIBUTES)?.[1] ?? n.drawnLabel)]))
  // A first line that is the whole label of another node (`core-1` beside `core-1` over `standby`)
  // names that node: it is no site of this one, which would be found first.
  const whole = new Set([...labels.values()].filter((l) => l.first === undefined && l.text !== undefined).map((l) => l.text!.toLowerCase()))
  for (const node of doc.nodes) {
    if (skipped.has(node)) continue
    const v = valuesOf(node, 'node', doc, reported, diagnostics)
    const internal = v.get(NODE_ATTRIBUTES.internal)
    const label = labels.get(node)!
    builder.addNode(node.id, defined({
      label: label.text,
      site: label.first !== undefined && !whole.has(label.first.toLowerCase()) ? label.first : undefined,
      lat: readNumber(firstOf(v, LAT_ATTRIBUTES)?.[1], 'Latitude', 'latitude', node.at, diagnostics),
      lon: readNumber(firstOf(v, LON_ATTRIBUTES)?.[1], 'Longitude', 'longitude', node.at, diagnostics),
      country: nonEmpty(v.get(NODE_ATTRIBUTES.country)),
      // 0 in the published Zoo files, False in its source files (the key is declared attr.type="boolean").
      external: internal === '0' || internal?.toLowerCase() === 'false' ? true : undefined,
      // The Zoo draws a link joining three or more PoPs (a cable that branches) through a node of its own, marked so.
      junction: isTrue(v.get(HYPEREDGE_ATTRIBUTE)) ? true : undefined,
    }), node.at)
    if (builder.full) break
  }
  const directed = doc.edges.filter((e) => e.directed ?? doc.edgeDefault === 'directed').length
  if (directed > 0) diagnostics.push({ code: 'directed_edges', severity: 'warning', at: doc.graph.at, edges: directed, total: doc.edges.length })
  for (const edge of doc.edges) {
    const v = valuesOf(edge, 'edge', doc, reported, diagnostics)
    const given = firstOf(v, METRIC_ATTRIBUTES)
    const metric = given === undefined ? undefined : metricOf(given, edge.at, diagnostics)
    const latency = firstOf(v, LATENCY_ATTRIBUTES)
    if (edge.directed ?? doc.edgeDefault === 'directed') builder.noteArc(edge.source, edge.target, metric, edge.at)
    builder.addLink(edge.source, edge.target, defined({
      label: labelLines(firstOf(v, EDGE_LABEL_ATTRIBUTES)?.[1] ?? edge.drawnLabel).text,
      capacity: capacityOf(v, edge.at, diagnostics),
      metric,
      latencyMs: latency === undefined ? undefined : readLinkAside(latency[1], latency[0], 'nonnegative', edge.at, diagnostics),
    }), edge.at, ['source', 'target'])
    if (builder.full) break
  }
  meshHyperedges(doc, builder, diagnostics)
  return builder.build()
}

/**
 * GraphML's hyperedges join several nodes at once, as a shared segment does: each becomes a link
 * between every two of its endpoints (one `hyperedges_meshed` warning counts them), so that traffic
 * between two of them crosses no third. NetworkX refuses such files and yEd does not write them, but
 * the format has them and a file that uses them should not lose those links without a word.
 */
function meshHyperedges(doc: GraphmlDocument, builder: TopologyBuilder, diagnostics: Diagnostic[]): void {
  const hyperedges = doc.hyperedges ?? []
  let links = 0
  for (const h of hyperedges) {
    const ends = [...new Set(h.nodes)].filter((id) => {
      if (builder.hasNode(id)) return true
      diagnostics.push({ code: 'unknown_node', severity: 'error', at: h.at, node: id, end: 'endpoint', nodes: builder.nodeCount })
      return false
    })
    for (let i = 0; i < ends.length && !builder.full; i++) {
      for (let j = i + 1; j < ends.length && !builder.full; j++) {
        builder.addLink(ends[i]!, ends[j]!, {}, h.at, ['endpoint', 'endpoint'])
        links++
      }
    }
  }
  if (hyperedges.length > 0) diagnostics.push({ code: 'hyperedges_meshed', severity: 'warning', at: hyperedges[0]!.at, hyperedges: hyperedges.length, links })
}

/** An edge's metric from the attribute that gives it; a length counts at least 1. */
function metricOf([name, value]: [string, string], at: SourceLocation, diagnostics: Diagnostic[]): number | undefined {
  const n = readNumber(value, name, 'nonnegative', at, diagnostics)
  return n !== undefined && LENGTH_ATTRIBUTES.has(name) ? Math.max(n, 1) : n
}

function nonEmpty(s: string | undefined): string | undefined {
  return s === undefined || s === '' ? undefined : s
}

function capacityOf(v: Map<string, string>, at: SourceLocation, diagnostics: Diagnostic[]): number | undefined {
  const raw = readLinkAside(v.get(EDGE_ATTRIBUTES.raw), 'LinkSpeedRaw', 'nonnegative', at, diagnostics)
  if (raw !== undefined) return raw / 1e6
  const speed = v.get(EDGE_ATTRIBUTES.speed)
  const unit = SPEED_UNITS[(v.get(EDGE_ATTRIBUTES.units) ?? '').toUpperCase()]
  if (speed === undefined || unit === undefined) return undefined
  const n = readLinkAside(speed, 'LinkSpeed', 'nonnegative', at, diagnostics)
  return n === undefined ? undefined : n * unit
}

/**
 * Parses GraphML (Internet Topology Zoo style) into a topology of one network; node ids become
 * `<network>:<GraphML node id>`.
 *
 * @example
 * const { topology, diagnostics } = parseGraphml(text, { file: 'Abilene.graphml' })
 * topology.nodes[0] // { id: 'Abilene:0', network: 'Abilene', label: 'New York', lat: 40.71427, lon: -74.00597, country: 'United States' }
 */
export function parseGraphml(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  return parseGraphDocument('topology/parseGraphml', readGraphmlDocument, text, source, options)
}

/** A reader of some file format into the GraphML document vocabulary (GraphML itself, GML, DOT, GEXF). */
export type GraphDocumentReader = (text: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]) => GraphmlDocument | undefined

/** Reads a document with `read` and maps it onto a topology by the GraphML rules (`toTopology`). */
export function parseGraphDocument(
  caller: string, read: GraphDocumentReader, text: string, source: TopologySource, options: ParseTopologyOptions,
): TopologyResult {
  const network = networkOf(caller, source)
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const doc = read(text, source.file, limits, diagnostics)
  if (doc === undefined) return { topology: emptyTopology(network), diagnostics }
  const topology = toTopology(doc, network, source.file, limits, diagnostics)
  return { topology, diagnostics: sortDiagnostics(diagnostics) }
}
