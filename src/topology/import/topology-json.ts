/**
 * Topology JSON: `{ "network"?: "...", "nodes": [{ id, label, lat, lon, site, country, devices }],
 * "links": [{ a, b, metric, capacity, latencyMs, label }] }`. Without `nodes`, the link ends
 * imply the nodes, as in a CSV link list. Node-link JSON (NetworkX, d3), Cytoscape JSON, Batfish's
 * layer-1 topology, GNS3 projects and containerlab's topology-data.json are told apart by their
 * content and read by node-link.ts, cytoscape-json.ts, batfish-layer1.ts, gns3.ts and clab-topology-data.ts.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, defined, emptyTopology, readNumber } from './builder.js'
import { arrayElementLines, isObject, jsonId, parseJsonText } from './json-text.js'
import { linkFields } from './link-csv.js'
import { toTopology } from './graphml.js'
import { isNodeLinkJson, readNodeLinkDocument } from './node-link.js'
import { isGns3Project, readGns3Project } from './gns3.js'
import { isCytoscapeJson, readCytoscapeJson } from './cytoscape-json.js'
import { isBatfishLayer1, readBatfishLayer1 } from './batfish-layer1.js'
import { clabLabName, isClabTopologyData, readClabTopologyData } from './clab-topology-data.js'
import { NETWORK_SEPARATOR, networkFromFile, networkOf, resolveLimits, type ParseTopologyOptions, type TopologyResult, type TopologySource, sortDiagnostics, tooLarge } from './source.js'
import { showValue } from '../../diagnostics/show-value.js'

/** The network name: given by the caller, else the document's `network`, else the file name. */
function chooseNetwork(source: TopologySource, doc: Record<string, unknown>, diagnostics: Diagnostic[]): string {
  if (source.network !== undefined) return networkOf('topology/parseTopologyJson', source)
  const named = doc['network']
  if (named === undefined) return networkFromFile(source.file)
  if (typeof named === 'string' && named.trim() === named && named !== '' && !named.includes(NETWORK_SEPARATOR)) return named
  diagnostics.push({ code: 'invalid_field', severity: 'error', at: { file: source.file, path: ['network'] }, field: 'network', value: showValue(named, { quoteStrings: true }), expected: 'a non-empty name without ":" (the file name is used instead)' })
  return networkFromFile(source.file)
}

/**
 * Parses topology JSON into a topology of one network; node ids become `<network>:<id>`. Node-link
 * JSON (NetworkX `node_link_data`, d3) is read too, with the GraphML attribute rules.
 *
 * @example
 * const { topology } = parseTopologyJson('{"nodes":[{"id":"fra"},{"id":"ber"}],"links":[{"a":"fra","b":"ber","metric":10}]}', { file: 'de.json' })
 * topology.links // [{ a: 'de:fra', b: 'de:ber', metric: 10 }]
 */
export function parseTopologyJson(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const fallback = (): TopologyResult => ({ topology: emptyTopology(source.network === undefined ? networkFromFile(file) : networkOf('topology/parseTopologyJson', source)), diagnostics })
  if (tooLarge(text, file, limits, diagnostics)) {
    return fallback()
  }
  const parsed = parseJsonText(text, file, diagnostics)
  if (parsed === undefined) return fallback()
  const doc = parsed.value
  if (isGns3Project(doc)) return readGns3Project(doc, text, source, options, diagnostics)
  // Before node-link JSON: NetworkX's Cytoscape data has the same `directed` and `multigraph` flags.
  if (isCytoscapeJson(doc)) return readCytoscapeJson(doc, text, chooseNetwork(source, doc, diagnostics), file, options, diagnostics)
  // Before node-link JSON too: NetworkX 3.6 names its links `edges` as Batfish names its cables.
  if (isBatfishLayer1(doc)) return readBatfishLayer1(doc, text, chooseNetwork(source, doc, diagnostics), file, options, diagnostics)
  // containerlab's topology-data.json: its `nodes` are a map of names, the network the lab's name.
  if (isClabTopologyData(doc)) {
    const lab = source.network === undefined ? clabLabName(doc) : undefined
    return readClabTopologyData(doc, text, lab ?? chooseNetwork(source, doc, diagnostics), file, options, diagnostics)
  }
  if (!isObject(doc) || !Array.isArray(doc['links'] ?? []) || !Array.isArray(doc['nodes'] ?? [])) {
    diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file, line: 1 }, problem: 'expected a topology: an object with "nodes" and "links" arrays (trustpath\'s own, or NetworkX and d3 node-link data), ' +
      'Cytoscape JSON ("elements"), Batfish\'s layer-1 topology, a GNS3 project ("type": "topology"), containerlab\'s topology-data.json, NetBox\'s cable list or lldpd\'s JSON', wellFormed: true })
    return fallback()
  }
  // An object with no node or link list of any shape (NetJSON's NetworkCollection, a router's JSON
  // output) read as a topology without nodes, which only said "holds no nodes".
  if (doc['nodes'] === undefined && doc['links'] === undefined && !isNodeLinkJson(doc)) {
    const keys = Object.keys(doc)
    const shown = keys.length === 0 ? 'an empty object' : `an object of ${keys.slice(0, 4).map((k) => `"${k}"`).join(', ')}${keys.length > 4 ? ', ...' : ''}`
    const problem = doc['type'] === 'NetworkCollection'
      ? 'this is a NetJSON NetworkCollection, a list of graphs, which is not read: save one of its NetworkGraph objects (its "nodes" and "links") as a file of its own and give that'
      : `expected a topology, with "nodes" or "links" (trustpath's own, NetJSON's NetworkGraph, NetworkX and d3 node-link data) or the shape of another JSON topology, but this is ${shown}`
    diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file, line: 1 }, problem, wellFormed: true })
    return fallback()
  }
  const network = chooseNetwork(source, doc, diagnostics)
  if (isNodeLinkJson(doc)) {
    const topology = toTopology(readNodeLinkDocument(doc, text, file, diagnostics), network, file, limits, diagnostics)
    return { topology, diagnostics: sortDiagnostics(diagnostics) }
  }
  const lines = arrayElementLines(text)
  const where = (key: string, i: number): SourceLocation => {
    const line = lines.get(key)?.[i]
    return line === undefined ? { file, path: [key, i] } : { file, line, path: [key, i] }
  }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  const nodes = (doc['nodes'] ?? []) as unknown[]
  nodes.forEach((node, i) => {
    if (builder.full) return
    const at = where('nodes', i)
    const id = isObject(node) ? jsonId(node['id']) : undefined
    if (!isObject(node) || id === undefined) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'id', value: showValue(isObject(node) ? node['id'] : node, { quoteStrings: true }), expected: 'a node object with a non-empty "id"' })
      return
    }
    const devices = Array.isArray(node['devices']) ? node['devices'].filter((d): d is string => typeof d === 'string' && d !== '') : []
    builder.addNode(id, defined({
      label: typeof node['label'] === 'string' && node['label'] !== '' ? node['label'] : undefined,
      lat: readNumber(node['lat'], 'lat', 'latitude', at, diagnostics),
      lon: readNumber(node['lon'], 'lon', 'longitude', at, diagnostics),
      site: jsonId(node['site']),
      country: typeof node['country'] === 'string' && node['country'] !== '' ? node['country'] : undefined,
      devices: devices.length > 0 ? devices : undefined,
    }), at)
  })
  const implied = doc['nodes'] === undefined
  const links = (doc['links'] ?? []) as unknown[]
  links.forEach((link, i) => {
    if (builder.full) return
    const at = where('links', i)
    const a = isObject(link) ? jsonId(link['a']) : undefined
    const b = isObject(link) ? jsonId(link['b']) : undefined
    if (isObject(link) && (link['a'] === undefined || link['b'] === undefined)) {
      diagnostics.push({ code: 'missing_link_ends', severity: 'error', at, expected: ['a', 'b'], found: Object.keys(link) })
      return
    }
    if (!isObject(link) || a === undefined || b === undefined) {
      const field = isObject(link) && a !== undefined ? 'b' : 'a'
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field, value: showValue(isObject(link) ? link[field] : link, { quoteStrings: true }), expected: 'a link object with node ids in "a" and "b"' })
      return
    }
    builder.addLink(a, b, linkFields(link, at, diagnostics, { latencyMs: 'latencyMs' }), at, ['a', 'b'], implied)
  })
  const topology = builder.build()
  return { topology, diagnostics: sortDiagnostics(diagnostics) }
}
