/**
 * containerlab topology files (`*.clab.yml`): `topology.nodes` maps node names to their settings
 * (`kind`, `image`, `mgmt-ipv4`, `labels`...), and `topology.links` lists the wires, either in the
 * brief form `endpoints: ["r1:eth1", "r2:eth1"]` or in the extended form `type: veth` with
 * `endpoints: [{node, interface}, {node, interface}]`.
 */
import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js'
import { TopologyBuilder, defined, emptyTopology } from './builder.js'
import { networkOf, resolveLimits, sortDiagnostics, tooLarge, type ParseTopologyOptions, type TopologyResult, type TopologySource } from './source.js'
import { isYamlMap, isYamlSeq, parseYamlText, yamlEntries, yamlGet, yamlItems, yamlString } from './yaml-text.js'
import { showValue } from '../../diagnostics/show-value.js'

/**
 * Endpoint names that are not lab nodes: `host` is the host's own namespace, `mgmt-net` the
 * management bridge, `macvlan` a host interface (containerlab's topology definition, "links").
 */
const OUTSIDE_ENDPOINTS: ReadonlySet<string> = new Set(['host', 'mgmt-net', 'macvlan'])

/** Extended link types with a single `endpoint` in the lab and the other end outside it. */
const OUTSIDE_LINK_TYPES: ReadonlySet<string> = new Set(['host', 'mgmt-net', 'macvlan', 'vxlan', 'vxlan-stitch', 'dummy'])

/** Names of ends outside the lab that a `links_outside_lab` diagnostic lists. */
const OUTSIDE_EXAMPLES = 3


/** The network of a containerlab file: given, else the file's base name without `.clab.yml`. */
function networkOfLab(source: TopologySource): string {
  const network = networkOf('topology/parseContainerlab', source)
  return source.network === undefined ? network.replace(/\.clab$/i, '') || network : network
}

/**
 * Parses a containerlab topology: each node is a topology node named as in the file, listing the
 * inventory device of the same name, with its `kind` (else `topology.defaults.kind`) as its
 * platform; each link between two lab nodes is a link. Links to the host or the management network
 * are left out, with one `links_outside_lab` note.
 *
 * @example
 * const { topology } = parseContainerlab('topology:\n  nodes:\n    r1: {kind: huawei_vrp}\n    r2: {kind: ceos}\n  links:\n    - endpoints: ["r1:eth1", "r2:eth1"]\n', { file: 'lab.clab.yml' })
 * topology.nodes[0] // { id: 'lab:r1', network: 'lab', devices: ['r1'], platform: 'huawei_vrp' }
 */
export function parseContainerlab(text: string, source: TopologySource, options: ParseTopologyOptions = {}): TopologyResult {
  const limits = resolveLimits(options)
  const diagnostics: Diagnostic[] = []
  const file = source.file
  const network = networkOfLab(source)
  if (tooLarge(text, file, limits, diagnostics)) return { topology: emptyTopology(network), diagnostics }
  const yaml = parseYamlText(text, file, diagnostics)
  if (yaml === undefined) return { topology: emptyTopology(network), diagnostics }
  const { doc, at } = yaml
  const topo = yamlGet(doc, doc.contents, 'topology')
  const nodes = yamlGet(doc, topo, 'nodes')
  if (!isYamlMap(nodes)) {
    diagnostics.push({
      code: 'invalid_field', severity: 'error', at: at(nodes ?? topo ?? doc.contents), field: 'topology.nodes',
      value: nodes === undefined ? '(none)' : showValue(nodes.toJSON(), { quoteStrings: true }), expected: 'a map of node names to their settings (kind, image...)',
    })
    return { topology: emptyTopology(network), diagnostics }
  }
  const defaultKind = yamlString(yamlGet(doc, yamlGet(doc, topo, 'defaults'), 'kind'))
  const builder = new TopologyBuilder(network, file, limits, diagnostics)
  for (const { key, value } of yamlEntries(doc, nodes)) {
    if (builder.full) break
    const name = yamlString(key)
    if (name === undefined) continue
    builder.addNode(name, defined({ devices: [name], platform: yamlString(yamlGet(doc, value, 'kind')) ?? defaultKind }), at(key))
  }
  const outside = { links: 0, ends: [] as string[], at: undefined as SourceLocation | undefined }
  const skipOutside = (end: string, where: SourceLocation): void => {
    outside.links++
    outside.at ??= where
    if (outside.ends.length < OUTSIDE_EXAMPLES && !outside.ends.includes(end)) outside.ends.push(end)
  }
  const links = yamlGet(doc, topo, 'links')
  for (const link of yamlItems(doc, links)) {
    if (builder.full) break
    const where = at(link)
    const type = yamlString(yamlGet(doc, link, 'type'))
    if (type !== undefined && OUTSIDE_LINK_TYPES.has(type)) {
      skipOutside(type, where)
      continue
    }
    const endpoints = yamlItems(doc, yamlGet(doc, link, 'endpoints'))
    const ends = endpoints.map((e) => endNode(doc, e))
    if (ends.length !== 2 || ends.some((e) => e === undefined)) {
      const raw = yamlGet(doc, link, 'endpoints')
      diagnostics.push({
        code: 'invalid_field', severity: 'error', at: where, field: 'endpoints',
        value: raw === undefined ? '(none)' : showValue(raw.toJSON(), { quoteStrings: true }),
        expected: 'two ends, "node:interface" or {node, interface}',
      })
      continue
    }
    const [a, b] = ends as [string, string]
    const out = [a, b].find((e) => OUTSIDE_ENDPOINTS.has(e) && !builder.hasNode(e))
    if (out !== undefined) {
      skipOutside(out, where)
      continue
    }
    builder.addLink(a, b, {}, where, ['endpoints', 'endpoints'])
  }
  if (outside.at !== undefined) diagnostics.push({ code: 'links_outside_lab', severity: 'info', at: outside.at, links: outside.links, ends: outside.ends })
  if (links !== undefined && !isYamlSeq(links)) {
    diagnostics.push({ code: 'invalid_field', severity: 'error', at: at(links), field: 'topology.links', value: showValue(links.toJSON(), { quoteStrings: true }), expected: 'a list of links' })
  }
  return { topology: builder.build(), diagnostics: sortDiagnostics(diagnostics) }
}

/** The node an endpoint names: `"r1:eth1"` (the name before the first colon) or `{node: r1, interface: eth1}`. */
function endNode(doc: Parameters<typeof yamlGet>[0], endpoint: unknown): string | undefined {
  const brief = yamlString(endpoint)
  if (brief !== undefined) {
    const colon = brief.indexOf(':')
    return colon > 0 ? brief.slice(0, colon) : undefined
  }
  return yamlString(yamlGet(doc, endpoint, 'node'))
}
