/**
 * GEXF, Gephi's format (1.2, namespace `http://www.gexf.net/1.2draft`, and 1.3,
 * `http://gexf.net/1.3`; NetworkX's `write_gexf` writes 1.2 too):
 *
 *     <gexf xmlns="http://gexf.net/1.3" version="1.3">
 *       <graph defaultedgetype="undirected">
 *         <attributes class="node"><attribute id="0" title="Latitude" type="double"/></attributes>
 *         <nodes><node id="fra" label="Frankfurt"><attvalues><attvalue for="0" value="50.11"/></attvalues></node></nodes>
 *         <edges><edge id="0" source="fra" target="ber" weight="3"/></edges>
 *       </graph>
 *     </gexf>
 *
 * The XML is read with saxes as GraphML is (DOCTYPE refused, no entity expansion, size caps) into
 * the GraphML vocabulary: each declared attribute becomes a key named by its `title`, the node and
 * edge `label` and the edge `weight` keys of their own, so the GraphML attribute rules
 * (`toTopology`) apply unchanged. `viz:position` is where Gephi drew the node, not where it is,
 * and is not read.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { parseGraphDocument, type GraphmlDocument, type GraphmlEdge, type GraphmlElement, type GraphmlKey } from './graphml.js'
import type { ParseTopologyOptions, TopologyLimits, TopologyResult, TopologySource } from './source.js'
import { TopologyXmlReader, localName, unexpectedRoot } from './xml-root.js'

/** What a malformed-XML diagnostic says is expected. */
const GEXF_EXPECTED = 'GEXF as Gephi writes it'

/**
 * Keys for the values GEXF gives as XML attributes of `<node>` and `<edge>`. Their ids cannot
 * collide with declared attributes, whose keys are `node:<id>` and `edge:<id>`.
 */
const LABEL_KEY = '@label'
const WEIGHT_KEY = '@weight'

/**
 * Reads GEXF text into the GraphML document vocabulary. Attribute ids are scoped by class
 * (`<attributes class="node">` and `class="edge"` may both declare id 0), a declared `<default>`
 * is the key's default, and an `<attvalue>` names its attribute by `for` (GEXF 1.1 and later) or
 * `id` (1.0). The XML `label` wins over an attribute titled "label". Edges are directed by their
 * own `type` when given, else by the graph's `defaultedgetype` (`mutual` is both ways, not
 * directed). Nodes nested in a node (a hierarchy) are nodes like the others. Returns undefined
 * after a fatal problem (malformed XML, a DOCTYPE, a root that is not `<gexf>`, too much input).
 */
export function readGexfDocument(text: string, file: string, limits: TopologyLimits, diagnostics: Diagnostic[]): GraphmlDocument | undefined {
  const reader = TopologyXmlReader.of(text, file, limits, diagnostics, GEXF_EXPECTED, 'gexf')
  if (reader === undefined) return undefined
  const doc: GraphmlDocument = { keys: new Map(), graph: { data: new Map(), at: { file, line: 1 } }, nodes: [], edges: [] }
  const { parser } = reader
  const fail = (d: Diagnostic): never => reader.fail(d)
  let depth = 0
  let capped = false
  /** The class of the `<attributes>` being read. */
  let attributeClass: 'node' | 'edge' | undefined
  /** The `<attribute>` being read, for its `<default>`. */
  let key: GraphmlKey | undefined
  let collectingDefault = false
  let collected = ''
  /** The nodes and edges open around the current tag (nodes nest in a hierarchy). */
  const open: { element: GraphmlElement | undefined; kind: 'node' | 'edge'; label?: string | undefined; weight?: string | undefined }[] = []
  const setKey = (id: string, name: string, kind: 'node' | 'edge' | 'all') => {
    if (!doc.keys.has(id)) doc.keys.set(id, { id, name, for: kind })
  }

  parser.on('opentag', (tag) => {
    depth++
    const name = localName(tag.name)
    const attr = (n: string): string | undefined => tag.attributes[n]
    if (depth === 1) {
      if (name !== 'gexf') fail(unexpectedRoot(tag.name, 'gexf', reader.tagAt))
      return
    }
    if (capped) return
    switch (name) {
      case 'graph':
        doc.graph.at = reader.tagAt
        // GEXF's default is undirected; `mutual` edges go both ways.
        doc.edgeDefault = attr('defaultedgetype') === 'directed' ? 'directed' : 'undirected'
        return
      case 'attributes': {
        const c = attr('class')
        attributeClass = c === 'node' || c === 'edge' ? c : undefined
        return
      }
      case 'attribute': {
        const id = attr('id')
        if (attributeClass === undefined || id === undefined) return
        key = { id: `${attributeClass}:${id}`, name: attr('title') ?? id, for: attributeClass }
        const type = attr('type')
        if (type !== undefined) key.type = type
        doc.keys.set(key.id, key)
        return
      }
      case 'default':
        if (key !== undefined) {
          collectingDefault = true
          collected = ''
        }
        return
      case 'node': {
        if (!reader.roomFor('nodes', doc.nodes.length, limits.maxNodes)) {
          capped = true
          return
        }
        const id = reader.nodeId(attr)
        if (id === undefined) {
          open.push({ element: undefined, kind: 'node' })
          return
        }
        const node = { id, data: new Map<string, string>(), at: reader.tagAt }
        doc.nodes.push(node)
        open.push({ element: node, kind: 'node', label: attr('label') })
        return
      }
      case 'edge': {
        if (!reader.roomFor('links', doc.edges.length, limits.maxLinks)) {
          capped = true
          return
        }
        const ends = reader.edgeEnds(attr)
        if (ends === undefined) {
          open.push({ element: undefined, kind: 'edge' })
          return
        }
        const edge: GraphmlEdge = { ...ends, data: new Map(), at: reader.tagAt }
        const type = attr('type')
        if (type === 'directed' || type === 'undirected' || type === 'mutual') edge.directed = type === 'directed'
        doc.edges.push(edge)
        open.push({ element: edge, kind: 'edge', label: attr('label'), weight: attr('weight') })
        return
      }
      case 'attvalue': {
        const current = open.at(-1)
        const id = attr('for') ?? attr('id')
        const value = attr('value')
        if (current?.element === undefined || id === undefined || value === undefined) return
        // GEXF declares attributes before the nodes; a value for an undeclared one has no title to be read by.
        if (!doc.keys.has(`${current.kind}:${id}`)) return
        // A dynamic graph gives a value per period; the last one given is kept.
        current.element.data.set(`${current.kind}:${id}`, value)
      }
    }
  })
  parser.on('text', (t) => {
    if (collectingDefault) collected += t
  })
  parser.on('cdata', (t) => {
    if (collectingDefault) collected += t
  })
  parser.on('closetag', (tag) => {
    depth--
    switch (localName(tag.name)) {
      case 'default':
        if (collectingDefault && key !== undefined) key.default = collected.trim()
        collectingDefault = false
        return
      case 'attribute':
        key = undefined
        return
      case 'attributes':
        attributeClass = undefined
        return
      case 'node':
      case 'edge': {
        const closed = open.pop()
        if (closed?.element === undefined) return
        // Set last, so that the XML label and weight win over attributes of the same title.
        if (closed.label !== undefined && closed.label !== '') {
          setKey(LABEL_KEY, 'label', 'all')
          closed.element.data.set(LABEL_KEY, closed.label)
        }
        if (closed.weight !== undefined) {
          setKey(WEIGHT_KEY, 'weight', 'edge')
          closed.element.data.set(WEIGHT_KEY, closed.weight)
        }
      }
    }
  })

  return reader.read(text) ? doc : undefined
}

/**
 * Parses a GEXF file (Gephi 1.2 or 1.3, NetworkX) into a topology of one network; node ids become
 * `<network>:<GEXF node id>`.
 *
 * @example
 * const { topology, diagnostics } = parseGexf(text, { file: 'backbone.gexf' })
 */
export function parseGexf(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  return parseGraphDocument('topology/parseGexf', readGexfDocument, text, source, options)
}
