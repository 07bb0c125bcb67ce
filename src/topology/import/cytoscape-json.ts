/**
 * Cytoscape JSON: what Cytoscape desktop exports as `.cyjs`, what Cytoscape.js's `cy.json()`
 * returns, and what NetworkX's `json_graph.cytoscape_data` writes. Every element carries its
 * attributes in `data`:
 *
 *     {"format_version": "1.0", "generated_by": "cytoscape-3.8.2", "data": {"name": "..."},
 *      "elements": {"nodes": [{"data": {"id": "78", "name": "Lomse", "SUID": 78}, "position": {"x": 48.0, "y": -6.8}}],
 *                   "edges": [{"data": {"id": "79", "source": "78", "target": "72", "Weight": 1}}]}}
 *
 * What was read to write this: Cytoscape.js's documentation of the elements JSON
 * (documentation/md/notation.md: `elements` keyed by group, or one array whose elements say their
 * `group` ("nodes" or "edges"), an element inferred to be an edge when its data has `source` and
 * `target`; `position` the node's place in the drawing) and of `cy.json()` (core/json.md: the
 * object used for initialisation), with the code of its getter (each element put under the group
 * `ele.group()` names, a group without elements left out; one flat array for `cy.json(true)`);
 * NetworkX's networkx/readwrite/json_graph/cytoscape.py (`"directed"` and `"multigraph"` beside `elements`,
 * each node's `data` holding `id` (its `id` attribute, else the node as text), `value` (the node
 * itself) and `name`, and each edge's `source` and `target` holding the nodes themselves, that is
 * the nodes' `value`s: `{"data": {"source": 0, "target": 1}}` for the nodes of ids "0" and "1");
 * and a network exported by Cytoscape 3.8.2 (the Königsberg bridges in the repository
 * twesleyb/presentations, swip/lib/graphs/konigsberg/data.js: `format_version`, `generated_by`,
 * nodes with `id` (the SUID as text), `name`, `shared_name`, `SUID`, edges with `interaction`,
 * `name` "Lomse (interacts with) Kniephof" and a `Weight` column).
 *
 * The document is read into the GraphML vocabulary, each `data` key an attribute, so the GraphML
 * attribute rules (`toTopology`) apply: a node's `label`, else its `name`; `Latitude`, `Country`;
 * an edge's `weight`, `metric` or `cost`, `label`, `latency`. `position` is where the node was
 * drawn, not where it is, and is not read.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { declareKey, toTopology, type GraphmlDocument, type GraphmlElement } from './graphml.js'
import { arrayElementLinesAt, isObject, jsonId, shownValue, parseJsonText } from './json-text.js'
import { emptyTopology } from './builder.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'

/** Keys of an element's `data` that are structure rather than attributes. */
const NODE_RESERVED = ['id', 'value'] as const
const EDGE_RESERVED = ['id', 'source', 'target', 'key'] as const

/**
 * True for a parsed Cytoscape JSON document: an `elements` array of objects (or none), or an `elements`
 * object holding a `nodes` or `edges` array, with no `nodes` or `links` list of its own at the top
 * (which would make it node-link JSON or trustpath's own).
 */
export function isCytoscapeJson(doc: unknown): doc is Record<string, unknown> & { elements: unknown } {
  if (!isObject(doc) || Array.isArray(doc['nodes']) || Array.isArray(doc['links'])) return false
  const elements = doc['elements']
  // An empty list is Cytoscape.js's empty graph (`elements: []`): read as a network without nodes.
  if (Array.isArray(elements)) return elements.every((e) => isObject(e) && isObject(e['data']))
  return isObject(elements) && (Array.isArray(elements['nodes']) || Array.isArray(elements['edges']))
}

/** An element as found: its `data`, the group it is in or says it is in, and where it starts. */
type Element = { element: unknown; group: 'nodes' | 'edges' | undefined; at: SourceLocation }

/** The elements of a document, in file order within each list, with the line each starts on. */
function elementsOf(doc: Record<string, unknown> & { elements: unknown }, text: string, file: string): Element[] {
  const { elements } = doc
  const located = (path: (string | number)[], line: number | undefined): SourceLocation => (line === undefined ? { file, path } : { file, line, path })
  if (Array.isArray(elements)) {
    const lines = arrayElementLinesAt(text, ['elements'])
    return elements.map((element, i) => {
      const group = isObject(element) ? element['group'] : undefined
      return { element, group: group === 'nodes' || group === 'edges' ? group : undefined, at: located(['elements', i], lines[i]) }
    })
  }
  const out: Element[] = []
  for (const group of ['nodes', 'edges'] as const) {
    const list = isObject(elements) ? elements[group] : undefined
    if (!Array.isArray(list)) continue
    const lines = arrayElementLinesAt(text, ['elements', group])
    list.forEach((element, i) => out.push({ element, group, at: located(['elements', group, i], lines[i]) }))
  }
  return out
}

/** An element's `data` values as GraphML `<data>` values: strings, numbers and booleans as text. */
function attributesOf(data: Record<string, unknown>, reserved: readonly string[], at: SourceLocation): GraphmlElement {
  const values = new Map<string, string>()
  for (const [k, v] of Object.entries(data)) {
    if (reserved.includes(k)) continue
    // Lists (Cytoscape's list columns) and objects have no GraphML counterpart.
    if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) values.set(k, String(v))
  }
  return { data: values, at }
}

/**
 * Reads a parsed Cytoscape JSON document into the GraphML document vocabulary. Nodes are known by
 * `data.id`; a NetworkX document's edges name their ends by the nodes' `value`, which is read first
 * there, and an end that is no node's id in a Cytoscape file is looked up among the `value`s too.
 * A node's `name` that only repeats its id (NetworkX writes the node as text when it has no name)
 * is no label. An element of unknown group is a node unless its data has `source` and `target`, as
 * Cytoscape.js infers. Compound parents (`parent`) are nodes like the others.
 */
export function readCytoscapeDocument(doc: Record<string, unknown> & { elements: unknown }, text: string, file: string, diagnostics: Diagnostic[]): GraphmlDocument {
  const out: GraphmlDocument = { keys: new Map(), graph: { data: new Map(), at: { file, line: 1 } }, nodes: [], edges: [] }
  if (doc['directed'] === true) out.edgeDefault = 'directed'
  const networkx = typeof doc['directed'] === 'boolean' || typeof doc['multigraph'] === 'boolean'
  /** A node's `value` (as text) → its id. */
  const byValue = new Map<string, string>()
  const ids = new Set<string>()
  const edges: { data: Record<string, unknown>; at: SourceLocation }[] = []
  for (const { element, group, at } of elementsOf(doc, text, file)) {
    const data = isObject(element) ? element['data'] : undefined
    if (!isObject(data)) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'data', value: shownValue(isObject(element) ? data : element, { quoteStrings: true }), expected: 'an element with its "data", e.g. {"data": {"id": "fra", "name": "Frankfurt"}}' })
      continue
    }
    const isEdge = group === 'edges' || (group === undefined && data['source'] !== undefined && data['target'] !== undefined)
    if (isEdge) {
      edges.push({ data, at })
      continue
    }
    const id = jsonId(data['id'])
    if (id === undefined) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'data.id', value: shownValue(data['id'], { quoteStrings: true }), expected: 'a node id: a non-empty string or a number' })
      continue
    }
    const node = attributesOf(data, NODE_RESERVED, at)
    if (node.data.get('name') === id && !node.data.has('label')) node.data.delete('name')
    for (const k of node.data.keys()) declareKey(out, k, 'node')
    out.nodes.push({ ...node, id })
    ids.add(id)
    const value = jsonId(data['value'])
    if (value !== undefined && !byValue.has(value)) byValue.set(value, id)
  }
  const resolve = (end: string): string => {
    if (networkx) return byValue.get(end) ?? end
    return ids.has(end) ? end : byValue.get(end) ?? end
  }
  for (const { data, at } of edges) {
    if (data['source'] === undefined || data['target'] === undefined) {
      diagnostics.push({ code: 'missing_link_ends', severity: 'error', at, expected: ['data.source', 'data.target'], found: Object.keys(data).map((k) => `data.${k}`) })
      continue
    }
    const source = jsonId(data['source'])
    const target = jsonId(data['target'])
    if (source === undefined || target === undefined) {
      const field = source === undefined ? 'source' : 'target'
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: `data.${field}`, value: shownValue(data[field], { quoteStrings: true }), expected: 'a node id: a non-empty string or a number' })
      continue
    }
    const element = attributesOf(data, EDGE_RESERVED, at)
    for (const k of element.data.keys()) declareKey(out, k, 'edge')
    out.edges.push({ ...element, source: resolve(source), target: resolve(target) })
  }
  return out
}

/**
 * Reads a parsed Cytoscape JSON document into a topology of one network, by the GraphML attribute
 * rules; `"directed": true` (NetworkX) is warned about as GraphML's directed edges are.
 */
export function readCytoscapeJson(doc: Record<string, unknown> & { elements: unknown }, text: string, network: string, file: string, options: ParseTopologyOptions, diagnostics: Diagnostic[]): TopologyResult {
  const topology = toTopology(readCytoscapeDocument(doc, text, file, diagnostics), network, file, resolveLimits(options), diagnostics)
  return { topology, diagnostics: sortDiagnostics(diagnostics) }
}

/**
 * Parses Cytoscape JSON (Cytoscape desktop's `.cyjs`, Cytoscape.js's `cy.json()`, NetworkX's
 * `cytoscape_data`) into a topology of one network; node ids become `<network>:<data.id>`.
 *
 * @example
 * const { topology } = parseCytoscapeJson('{"elements": {"nodes": [{"data": {"id": "a"}}, {"data": {"id": "b"}}], "edges": [{"data": {"source": "a", "target": "b"}}]}}', { file: 'lab.cyjs' })
 * topology.links // [{ a: 'lab:a', b: 'lab:b' }]
 */
export function parseCytoscapeJson(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const network = networkOf('topology/parseCytoscapeJson', source)
  if (tooLarge(text, source.file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const parsed = parseJsonText(text, source.file, diagnostics)
  if (parsed === undefined) return { topology: emptyTopology(network), diagnostics }
  if (!isCytoscapeJson(parsed.value)) {
    diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file: source.file, line: 1 }, problem: 'expected Cytoscape JSON: an object whose "elements" holds "nodes" and "edges" lists, or is one list of elements, each with its "data"', wellFormed: true })
    return { topology: emptyTopology(network), diagnostics }
  }
  return readCytoscapeJson(parsed.value, text, network, source.file, options, diagnostics)
}
