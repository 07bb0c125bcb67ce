/**
 * GNS3 project files (`.gns3`, JSON with `"type": "topology"`). GNS3 2.x: `topology.nodes[]` with
 * `node_id`, `name`, `node_type` and `properties`, and `topology.links[]` whose `nodes` name the two
 * ends by `node_id`. GNS3 1.x (revision 3 and 4, which GNS3 2.x converts when it opens them): nodes
 * known by a number `id`, named by their label's `text` (else `properties.name`), typed by `type`
 * (`C7200`, `VPCSDevice`, `IOUDevice`...), and links joining `source_node_id` and
 * `destination_node_id`. Drawings, computes and the nodes' `x`/`y` (a place on the canvas) are not
 * read.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, defined, emptyTopology } from './builder.js'
import { arrayElementLinesAt, isObject, jsonId, parseJsonText } from './json-text.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'
import { showValue } from '../../diagnostics/show-value.js'

/** True for a parsed GNS3 project: `"type": "topology"` beside a `topology` object. */
export function isGns3Project(doc: unknown): doc is Record<string, unknown> & { topology: Record<string, unknown> } {
  return isObject(doc) && doc['type'] === 'topology' && isObject(doc['topology'])
}


/**
 * The image a node runs, which names its OS better than its type does: a Docker image, a QEMU
 * disk, a Dynamips IOS image, an IOU binary; else the node type (`ethernet_switch`, `cloud`...;
 * in GNS3 1.x `VPCSDevice`, `EthernetSwitch`...).
 */
function platformOf(node: Record<string, unknown>): string | undefined {
  const p = isObject(node['properties']) ? node['properties'] : {}
  for (const key of ['image', 'hda_disk_image', 'path']) {
    const v = p[key]
    if (typeof v === 'string' && v.trim() !== '') return v.split(/[\\/]/).pop()
  }
  for (const key of ['node_type', 'type']) {
    const v = node[key]
    if (typeof v === 'string' && v.trim() !== '') return v
  }
  return undefined
}

/**
 * A node's GNS3 id and name. A 1.x node has no `node_id` but a number `id`, which its links
 * give as `source_node_id` and `destination_node_id`; its name is its label's text, as GNS3
 * takes it when it converts the project, else `properties.name`.
 */
function identityOf(node: Record<string, unknown>): { nodeId: string | undefined; name: string | undefined } {
  const nodeId = jsonId(node['node_id'])
  if (nodeId !== undefined || node['id'] === undefined) return { nodeId, name: jsonId(node['name']) }
  const label = isObject(node['label']) ? jsonId(node['label']['text']) : undefined
  const properties = isObject(node['properties']) ? node['properties'] : {}
  return { nodeId: jsonId(node['id']), name: jsonId(node['name']) ?? label ?? jsonId(properties['name']) }
}

/** A link's two node ids: a 2.x link's `nodes[].node_id`, a 1.x link's `source_node_id` and `destination_node_id`. */
function endsOf(link: unknown): { ends: (string | undefined)[]; fields: [string, string] } {
  if (isObject(link) && !Array.isArray(link['nodes']) && ('source_node_id' in link || 'destination_node_id' in link)) {
    return { ends: [jsonId(link['source_node_id']), jsonId(link['destination_node_id'])], fields: ['source_node_id', 'destination_node_id'] }
  }
  const ends = isObject(link) && Array.isArray(link['nodes']) ? link['nodes'].map((e) => (isObject(e) ? jsonId(e['node_id']) : undefined)) : []
  return { ends, fields: ['nodes[0].node_id', 'nodes[1].node_id'] }
}

/**
 * Reads a parsed GNS3 project into a topology: each node is a topology node named by its GNS3
 * name, listing the inventory device of that name, with its image (else its type) as platform.
 * Names GNS3 lets two nodes share become `<name>#<node_id>` and place no device by name.
 */
export function readGns3Project(doc: Record<string, unknown> & { topology: Record<string, unknown> }, text: string, source: TopologySource, options: ParseTopologyOptions, diagnostics: Diagnostic[]): TopologyResult {
  const limits = resolveLimits(options)
  const file = source.file
  const network = networkOf('topology/parseGns3', source)
  const nodes = doc.topology['nodes'] ?? []
  const links = doc.topology['links'] ?? []
  if (!Array.isArray(nodes) || !Array.isArray(links)) {
    // Valid JSON of the wrong shape: the field is wrong, not the syntax.
    const [field, value] = Array.isArray(nodes) ? ['topology.links', links] : ['topology.nodes', nodes]
    diagnostics.push({ code: 'invalid_field', severity: 'error', at: { file, line: 1 }, field, value: showValue(value, { quoteStrings: true }), expected: 'an array (a GNS3 project lists its nodes and links)' })
    return { topology: emptyTopology(network), diagnostics }
  }
  const nodeLines = arrayElementLinesAt(text, ['topology', 'nodes'])
  const linkLines = arrayElementLinesAt(text, ['topology', 'links'])
  const where = (key: 'nodes' | 'links', lines: number[], i: number): SourceLocation => {
    const line = lines[i]
    return line === undefined ? { file, path: ['topology', key, i] } : { file, line, path: ['topology', key, i] }
  }
  const names = new Map<string, number>()
  for (const node of nodes) {
    const name = isObject(node) ? identityOf(node).name : undefined
    if (name !== undefined) names.set(name, (names.get(name) ?? 0) + 1)
  }
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  /** GNS3 node id → local id. */
  const ids = new Map<string, string>()
  nodes.forEach((node, i) => {
    if (builder.full) return
    const at = where('nodes', nodeLines, i)
    const { nodeId, name } = isObject(node) ? identityOf(node) : { nodeId: undefined, name: undefined }
    if (!isObject(node) || nodeId === undefined) {
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field: 'node_id', value: showValue(isObject(node) ? node['node_id'] : node, { quoteStrings: true }), expected: 'a node object with its "node_id" (GNS3 1.x: its "id")' })
      return
    }
    const shared = name === undefined || (names.get(name) ?? 0) > 1
    const id = name === undefined ? nodeId : shared ? `${name}#${nodeId}` : name
    ids.set(nodeId, id)
    builder.addNode(id, defined({ devices: shared ? undefined : [name], platform: platformOf(node) }), at)
  })
  links.forEach((link, i) => {
    if (builder.full) return
    const at = where('links', linkLines, i)
    const { ends, fields } = endsOf(link)
    if (ends.length !== 2 || ends[0] === undefined || ends[1] === undefined) {
      const field = fields[0] === 'source_node_id' ? (ends[0] === undefined ? fields[0] : fields[1]) : 'nodes'
      const value = isObject(link) ? (fields[0] === 'source_node_id' ? link[field] : link['nodes']) : link
      diagnostics.push({ code: 'invalid_field', severity: 'error', at, field, value: showValue(value, { quoteStrings: true }), expected: 'two ends, each {"node_id": ...} (GNS3 1.x: "source_node_id" and "destination_node_id")' })
      return
    }
    const [a, b] = [ends[0], ends[1]].map((e) => ids.get(e) ?? e) as [string, string]
    builder.addLink(a, b, {}, at, fields)
  })
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}

/**
 * Parses a GNS3 project file (`.gns3`) into a topology of one network; node ids are the GNS3 node
 * names.
 *
 * @example
 * const { topology } = parseGns3(projectText, { file: 'lab.gns3' })
 * topology.nodes.map((n) => n.id) // ['lab:R1', 'lab:SW1']
 */
export function parseGns3(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const network = networkOf('topology/parseGns3', source)
  if (tooLarge(text, source.file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const parsed = parseJsonText(text, source.file, diagnostics)
  if (parsed === undefined) return { topology: emptyTopology(network), diagnostics }
  if (!isGns3Project(parsed.value)) {
    diagnostics.push({ code: 'malformed_json', severity: 'error', at: { file: source.file, line: 1 }, problem: 'expected a GNS3 project: an object with "type": "topology" and a "topology" with "nodes" and "links"', wellFormed: true })
    return { topology: emptyTopology(network), diagnostics }
  }
  return readGns3Project(parsed.value, text, source, options, diagnostics)
}
