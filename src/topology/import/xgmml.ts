/**
 * XGMML, the XML network format of Cytoscape 2.x and 3.x, which other tools write for Cytoscape
 * too:
 *
 *     <graph label="backbone" directed="1" xmlns="http://www.cs.rpi.edu/XGMML" xmlns:cy="http://www.cytoscape.org">
 *       <att name="networkMetadata"><rdf:RDF>...</rdf:RDF></att>
 *       <node id="-1" label="Frankfurt">
 *         <att type="real" name="Latitude" value="50.11" cy:type="Double"/>
 *         <att type="list" name="aliases"><att type="string" value="FRA"/></att>
 *         <graphics type="ELLIPSE" x="-91.0" y="-64.0"><att name="NODE_LABEL" value="Frankfurt"/></graphics>
 *       </node>
 *       <edge label="Frankfurt (pp) Berlin" source="-1" target="-2" cy:directed="1">
 *         <att type="real" name="weight" value="12"/>
 *       </edge>
 *     </graph>
 *
 * What was read to write this: Cytoscape's own test networks (cytoscape/cytoscape-impl,
 * io-impl/impl/src/test/resources/testData/xgmml: simple.xgmml and simple_3.3.xgmml, a root
 * `<graph label directed="1">` with `<att type name value>` children, `type="list"` atts holding
 * nameless `<att>` elements, `<node label id>`, `<edge label source target>` with a label such as
 * "node1 (DirectedEdge) node1"; group_2x_expanded.xgmml, Cytoscape 2.x's groups: a node holding
 * `<att><graph>` whose `<node xlink:href="#-2"/>` refer to nodes of the root graph and whose edges
 * repeat the root graph's, and `<graphics x y>` places in the drawing); and XGMML written by other
 * tools for Cytoscape 3 (`cy:documentVersion="3.0"` on the root, `cy:directed` on each edge, `<att
 * name="shared name">` and `<att name="name">` on nodes).
 *
 * The XML is read with saxes as GraphML is (a DOCTYPE refused, no entity expansion, size caps)
 * into the GraphML vocabulary, each named `<att>` of a node or edge an attribute, so that the
 * GraphML attribute rules (`toTopology`) apply: the XML `label` (else an att `label` or `name`),
 * `Latitude`, `Country`, an edge's `weight`, `metric` or `cost`, `latency`. Only the nodes and
 * edges of the root graph are read: an expanded group's nested graph refers to them and repeats
 * their edges. A collapsed group (group_2x_collapsed.xgmml) defines its members in its nested graph
 * alone, with `__isMetaEdge` edges from the group's node in the root graph: those members are not
 * read, with one `group_members_skipped` warning that asks for the groups expanded.
 * List atts, the atts inside `<graphics>` (visual properties) and `<graphics>` itself (a place in
 * the drawing) are not read.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { declareKey, parseGraphDocument, type GraphmlDocument, type GraphmlEdge, type GraphmlElement } from './graphml.js'
import type { ParseTopologyOptions, TopologyLimits, TopologyResult, TopologySource } from './source.js'
import { TopologyXmlReader, localName, unexpectedRoot } from './xml-root.js'

/** What a malformed-XML diagnostic says is expected. */
const XGMML_EXPECTED = 'XGMML as Cytoscape writes it'

/** The key of the XML `label` of nodes and edges, apart from the atts' keys (their names), as in GEXF. */
const LABEL_KEY = '@label'

/** True for `1` or `true`, XGMML's and Cytoscape's ways of writing a true boolean attribute. */
const isTrue = (v: string | undefined): boolean => v === '1' || v?.toLowerCase() === 'true'

/**
 * Reads XGMML text into the GraphML document vocabulary. Edges are directed by their own
 * `cy:directed` when it is there, else by the root graph's `directed` (undirected when absent).
 * Returns undefined after a fatal problem (malformed XML, a DOCTYPE, a root that is not `<graph>`,
 * too much input).
 */
export function readXgmmlDocument(text: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]): GraphmlDocument | undefined {
  const reader = TopologyXmlReader.of(text, file, limits, diagnostics, XGMML_EXPECTED, 'graph')
  if (reader === undefined) return undefined
  const doc: GraphmlDocument = { keys: new Map(), graph: { data: new Map(), at: { file, line: 1 } }, nodes: [], edges: [] }
  const { parser } = reader
  let depth = 0
  let capped = false
  /** The node or edge of the root graph being read (depth 2), undefined inside anything else. */
  let open: { element: GraphmlElement | undefined; kind: 'node' | 'edge'; label: string | undefined } | undefined
  /** Nodes defined (with an `id`, not an `xlink:href` to a root node) inside a group's nested graph. */
  const nested: { id: string; label: string | undefined; at: GraphmlElement['at'] }[] = []
  let sessionRoot = false
  const keyOf = (name: string, kind: 'node' | 'edge'): string => {
    declareKey(doc, name, kind)
    return name
  }

  parser.on('opentag', (tag) => {
    depth++
    const name = localName(tag.name)
    const attr = (n: string): string | undefined => tag.attributes[n]
    if (depth === 1) {
      if (name !== 'graph') reader.fail(unexpectedRoot(tag.name, 'graph', reader.tagAt))
      doc.graph.at = reader.tagAt
      // Cytoscape 3 writes its root network so in a session, its sub-networks inside the root's atts.
      sessionRoot = Object.entries(tag.attributes).some(([k, v]) => k !== 'registered' && localName(k) === 'registered' && v === '0')
      doc.edgeDefault = isTrue(attr('directed')) ? 'directed' : 'undirected'
      return
    }
    if (depth === 3 && name === 'att' && open?.element !== undefined) {
      const key = attr('name')
      const value = attr('value')
      // A list's values are nameless atts inside it; a list itself has no value of its own.
      if (key === undefined || key === '' || value === undefined || attr('type') === 'list') return
      open.element.data.set(keyOf(key, open.kind), value)
      return
    }
    if (depth > 2 && name === 'node' && attr('id') !== undefined) nested.push({ id: attr('id')!, label: attr('label'), at: reader.tagAt })
    if (depth !== 2 || capped || (name !== 'node' && name !== 'edge')) return
    if (name === 'node') {
      if (!reader.roomFor('nodes', doc.nodes.length, limits.maxNodes)) {
        capped = true
        return
      }
      const id = reader.nodeId(attr)
      if (id === undefined) {
        open = { element: undefined, kind: 'node', label: undefined }
        return
      }
      const node = { id, data: new Map<string, string>(), at: reader.tagAt }
      doc.nodes.push(node)
      open = { element: node, kind: 'node', label: attr('label') }
      return
    }
    if (!reader.roomFor('links', doc.edges.length, limits.maxLinks)) {
      capped = true
      return
    }
    const ends = reader.edgeEnds(attr)
    if (ends === undefined) {
      open = { element: undefined, kind: 'edge', label: undefined }
      return
    }
    const edge: GraphmlEdge = { ...ends, data: new Map(), at: reader.tagAt }
    const directed = Object.entries(tag.attributes).find(([k]) => k !== 'directed' && localName(k) === 'directed')?.[1]
    if (directed !== undefined) edge.directed = isTrue(directed)
    doc.edges.push(edge)
    open = { element: edge, kind: 'edge', label: attr('label') }
  })
  parser.on('closetag', (tag) => {
    if (depth === 2 && open !== undefined && (localName(tag.name) === 'node' || localName(tag.name) === 'edge')) {
      // Set last, so that the XML label wins over an att of the same name.
      if (open.element !== undefined && open.label !== undefined && open.label.trim() !== '') {
        if (!doc.keys.has(LABEL_KEY)) doc.keys.set(LABEL_KEY, { id: LABEL_KEY, name: 'label', for: 'all' })
        open.element.data.set(LABEL_KEY, open.label)
      }
      open = undefined
    }
    depth--
  })

  if (!reader.read(text)) return undefined
  // A collapsed group's members are defined in its nested graph alone: say so rather than lose them unseen.
  const rootIds = new Set(doc.nodes.map((n) => n.id))
  const skipped = [...new Map(nested.filter((n) => !rootIds.has(n.id)).map((n) => [n.id, n])).values()]
  if (sessionRoot && doc.nodes.length === 0 && skipped.length > 0) {
    diagnostics.push({ code: 'cytoscape_session_network', severity: 'error', at: doc.graph.at, nodes: skipped.length })
  } else if (skipped.length > 0) {
    const examples = skipped.slice(0, 5).map((n) => (n.label !== undefined && n.label.trim() !== '' ? n.label : n.id))
    diagnostics.push({ code: 'group_members_skipped', severity: 'warning', at: skipped[0]!.at, nodes: skipped.length, examples })
  }
  return doc
}

/**
 * Parses an XGMML file (Cytoscape's XML) into a topology of one network; node ids become
 * `<network>:<XGMML node id>`.
 *
 * @example
 * const { topology } = parseXgmml('<graph><node id="1" label="a"/><node id="2" label="b"/><edge source="1" target="2"/></graph>', { file: 'net.xgmml' })
 * topology.links // [{ a: 'net:1', b: 'net:2' }]
 */
export function parseXgmml(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  return parseGraphDocument('topology/parseXgmml', readXgmmlDocument, text, source, options)
}
