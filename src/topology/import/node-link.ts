/**
 * Node-link JSON, what NetworkX's `json_graph.node_link_data` writes and d3's force layout reads:
 *
 *     {"directed": false, "multigraph": false, "graph": {},
 *      "nodes": [{"id": 0, "label": "Frankfurt", "Latitude": 50.1}, {"id": 1}],
 *      "links": [{"source": 0, "target": 1, "LinkSpeed": "10"}]}
 *
 * NetworkX up to 3.5 names the link list `links`, 3.6 `edges`; attributes sit flat on each node
 * and link beside the reserved `id`, `source`, `target` and (multigraphs) `key`. Link ends are node
 * ids from NetworkX 2.0 on, but positions in the node list in NetworkX 1.x and in d3 data (d3's
 * default id accessor is the node's index); a d3 simulation also replaces each end by the node
 * object itself. The document is read into the GraphML vocabulary, attribute names as keys, so the
 * GraphML attribute rules (`toTopology`) apply to it unchanged.
 *
 * NetworkX's `json_graph.adjacency_data` writes the same nodes and, instead of a link list, an
 * `adjacency` list: for each node, in the node list's order, its neighbours (`{"id": <neighbour>,
 * ...the edge's attributes, "key": k in a multigraph}`). An undirected graph lists each edge under
 * both its ends; it is read once.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { showValue } from '../../diagnostics/show-value.js'
import { declareKey, type GraphmlDocument, type GraphmlElement } from './graphml.js'
import { arrayElementLines, isObject, jsonId } from './json-text.js'

/** Keys that hold node-link structure rather than attributes. */
const NODE_RESERVED = ['id'] as const
const LINK_RESERVED = ['source', 'target', 'key'] as const

/** The link list of a node-link document: `links`, or `edges` (NetworkX 3.6). */
function linkKey(doc: Record<string, unknown>): 'links' | 'edges' {
  return Array.isArray(doc['links']) || !Array.isArray(doc['edges']) ? 'links' : 'edges'
}

/**
 * True for node-link JSON rather than trustpath's own topology JSON: NetworkX's `directed` or
 * `multigraph` flag, an `edges` list without `links`, or links that name their ends `source` and
 * `target` rather than `a` and `b`.
 */
export function isNodeLinkJson(doc: Record<string, unknown>): boolean {
  if (typeof doc['directed'] === 'boolean' || typeof doc['multigraph'] === 'boolean') return true
  if (Array.isArray(doc['edges']) && doc['links'] === undefined) return true
  const links = doc['links']
  if (!Array.isArray(links)) return false
  const first = links.find(isObject)
  return first !== undefined && ('source' in first || 'target' in first) && !('a' in first) && !('b' in first)
}

/** A link end as written: a node id, a position in the node list, or neither. */
type End = { id: string } | { position: number } | { bad: unknown }

/** A d3 node object (after a simulation) gives its `id`, else its `index`; anything else is an id. */
function endOf(v: unknown): End {
  if (isObject(v)) {
    const id = jsonId(v['id'])
    if (id !== undefined) return { id }
    return Number.isInteger(v['index']) ? { position: v['index'] as number } : { bad: v }
  }
  const id = jsonId(v)
  return id === undefined ? { bad: v } : { id }
}

/** An element's flat attributes as GraphML `<data>` values: strings, numbers and booleans as text. */
function elementOf(obj: Record<string, unknown>, reserved: readonly string[], at: SourceLocation): GraphmlElement {
  const data = new Map<string, string>()
  for (const [k, v] of Object.entries(obj)) {
    if (reserved.includes(k)) continue
    // Nested values (NetworkX `pos` tuples, d3 bookkeeping) have no GraphML counterpart.
    if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) data.set(k, String(v))
  }
  return { data, at }
}

/**
 * Reads a parsed node-link document into the GraphML document vocabulary. A node without an `id`
 * takes its position in the node list (what both NetworkX and d3 do when no node has one). Numeric
 * link ends are ids, unless some name no node while every one is a position in the node list: then
 * all are positions, with a `link_ends_by_position` warning when the nodes have ids of their own.
 * A link without both ends is reported and skipped.
 */
export function readNodeLinkDocument(doc: Record<string, unknown>, text: string, file: string, diagnostics: Diagnostic[]): GraphmlDocument {
  const lines = arrayElementLines(text)
  const where = (key: string, i: number): SourceLocation => {
    const line = lines.get(key)?.[i]
    return line === undefined ? { file, path: [key, i] } : { file, line, path: [key, i] }
  }
  const graph = isObject(doc['graph']) ? elementOf(doc['graph'], [], { file, line: 1 }) : { data: new Map<string, string>(), at: { file, line: 1 } }
  const out: GraphmlDocument = { keys: new Map(), graph, nodes: [], edges: [] }
  if (doc['directed'] === true) out.edgeDefault = 'directed'

  const nodes = Array.isArray(doc['nodes']) ? doc['nodes'] : []
  const positions: string[] = []
  let ownIds = false
  nodes.forEach((node, i) => {
    const at = where('nodes', i)
    if (!isObject(node)) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'nodes', value: showValue(node, { quoteStrings: true }), expected: 'a node object, e.g. {"id": "fra", "label": "Frankfurt"}' })
      positions.push('')
      return
    }
    let id = String(i)
    if (node['id'] !== undefined) {
      const own = jsonId(node['id'])
      if (own === undefined) {
        diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'id', value: showValue(node['id'], { quoteStrings: true }), expected: 'a node id: a non-empty string or a number' })
        positions.push('')
        return
      }
      id = own
      if (id !== String(i)) ownIds = true
    }
    positions.push(id)
    const element = elementOf(node, NODE_RESERVED, at)
    for (const k of element.data.keys()) declareKey(out, k, 'node')
    out.nodes.push({ ...element, id })
  })

  const key = linkKey(doc)
  const links: { link: unknown; at: SourceLocation }[] = Array.isArray(doc[key])
    ? (doc[key] as unknown[]).map((link, i) => ({ link, at: where(key, i) }))
    : Array.isArray(doc['adjacency']) ? adjacencyLinks(doc['adjacency'], positions, doc['directed'] === true, (i) => where('adjacency', i)) : []
  const read: { source: Exclude<End, { bad: unknown }>; target: Exclude<End, { bad: unknown }>; link: Record<string, unknown>; at: SourceLocation }[] = []
  links.forEach(({ link, at }) => {
    if (!isObject(link)) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: key, value: showValue(link, { quoteStrings: true }), expected: 'a link object, e.g. {"source": "fra", "target": "ber"}' })
      return
    }
    if (link['source'] === undefined || link['target'] === undefined) {
      diagnostics.push({ code: 'missing_link_ends', severity: 'error', at, expected: ['source', 'target'], found: Object.keys(link) })
      return
    }
    const source = endOf(link['source'])
    const target = endOf(link['target'])
    for (const [field, end] of [['source', source], ['target', target]] as const) {
      if ('bad' in end) diagnostics.push({ code: 'invalid_field', severity: 'error', at, field, value: showValue(end.bad, { quoteStrings: true }), expected: 'a node id (a non-empty string or a number), or the node object' })
    }
    if ('bad' in source || 'bad' in target) return
    read.push({ source, target, link, at })
  })

  // Numbers written as ends are ids in NetworkX 2.0 and later and positions in NetworkX 1.x and d3.
  // Only a file where some number names no node, while every number is a position, is read by position.
  const ids = new Set(positions.filter((id) => id !== ''))
  let unknown = 0
  let positional = true
  for (const { link } of read) {
    for (const v of [link['source'], link['target']]) {
      if (typeof v !== 'number') continue
      if (!ids.has(String(v))) unknown++
      if (!Number.isInteger(v) || v < 0 || v >= positions.length) positional = false
    }
  }
  const byPosition = unknown > 0 && positional
  if (byPosition && ownIds) diagnostics.push({ code: 'link_ends_by_position', severity: 'warning', at: read[0]!.at, ends: unknown, nodes: positions.length })
  const resolve = (end: { id: string } | { position: number }, written: unknown): string => {
    if ('position' in end) return positions[end.position] ?? String(end.position)
    return byPosition && typeof written === 'number' ? positions[written]! : end.id
  }
  for (const { source, target, link, at } of read) {
    const element = elementOf(link, LINK_RESERVED, at)
    for (const k of element.data.keys()) declareKey(out, k, 'edge')
    out.edges.push({ ...element, source: resolve(source, link['source']), target: resolve(target, link['target']) })
  }
  return out
}

/**
 * The links of NetworkX's `adjacency` list (see the module comment): the i-th list's entries link
 * the i-th node to the entry's `id`. In an undirected graph the second listing of an edge (the
 * same two ends and `key`) is skipped.
 */
function adjacencyLinks(adjacency: readonly unknown[], positions: readonly string[], directed: boolean, where: (i: number) => SourceLocation): { link: unknown; at: SourceLocation }[] {
  const out: { link: unknown; at: SourceLocation }[] = []
  const listed = new Map<string, number>()
  adjacency.forEach((neighbours, i) => {
    const at = where(i)
    const source = positions[i]
    if (!Array.isArray(neighbours) || source === undefined || source === '') {
      if (!Array.isArray(neighbours)) out.push({ link: neighbours, at })
      return
    }
    for (const entry of neighbours) {
      if (!isObject(entry)) {
        out.push({ link: entry, at })
        continue
      }
      const { id, ...rest } = entry
      const target = jsonId(id)
      if (!directed && target !== undefined) {
        // Each undirected edge is listed under both its ends: count the listings of a pair and key.
        const pair = [source, target].sort().join('\u0000') + `\u0000${JSON.stringify(rest['key'] ?? null)}`
        const n = listed.get(pair) ?? 0
        listed.set(pair, n + 1)
        if (n % 2 === 1 && source !== target) continue
      }
      out.push({ link: { ...rest, source, target: id }, at })
    }
  })
  return out
}
